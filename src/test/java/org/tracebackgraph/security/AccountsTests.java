package org.tracebackgraph.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AccountsTests {

	private static final MockEnvironment EMBEDDED = new MockEnvironment();

	private static final MockEnvironment EXTERNAL = new MockEnvironment().withProperty("spring.neo4j.uri",
			"bolt://db:7687");

	@Test
	void theEmbeddedDevRunWithoutAccountsGetsADevUserWithEveryRole() {
		var users = Accounts.users(new AccessProperties(List.of(), List.of(), true), EMBEDDED);
		assertThat(users.userExists("dev")).isTrue();
		assertThat(users.loadUserByUsername("dev").getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_INVESTIGATOR", "ROLE_ANALYST", "ROLE_INGEST", "ROLE_ADMIN");
		assertThat(users.loadUserByUsername("dev").getPassword()).startsWith("{bcrypt}");
	}

	@Test
	void anExternalDatabaseGetsNoDefaultAccountAtAll() {
		assertThat(Accounts.users(new AccessProperties(List.of(), List.of(), true), EXTERNAL).userExists("dev"))
			.isFalse();
	}

	@Test
	void configuredAccountsReplaceTheDevUser() {
		var key = new AccessProperties.ApiKey("robot", "a".repeat(64), Set.of(Role.INGEST));
		assertThat(Accounts.users(new AccessProperties(List.of(), List.of(key), true), EMBEDDED).userExists("dev"))
			.isFalse();
	}

	@Test
	void aPlainTextPasswordStopsTheApp() {
		var user = new AccessProperties.User("eve", "secret", Set.of(Role.ADMIN));
		assertThatIllegalStateException()
			.isThrownBy(() -> Accounts.users(new AccessProperties(List.of(user), List.of(), true), EXTERNAL))
			.withMessageContaining("never plain text")
			.withMessageNotContaining("secret");
		var noop = new AccessProperties.User("eve", "{noop}secret", Set.of(Role.ADMIN));
		assertThatIllegalStateException()
			.isThrownBy(() -> Accounts.users(new AccessProperties(List.of(noop), List.of(), true), EXTERNAL));
	}

	@Test
	void anApiKeyMustBeConfiguredAsItsSha256() {
		var key = new AccessProperties.ApiKey("robot", "my-key-in-clear", Set.of(Role.INGEST));
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeys(List.of(key)))
			.withMessageContaining("SHA-256")
			.withMessageNotContaining("my-key-in-clear");
	}

	@Test
	void aKeyIsFoundByItsHashAndNothingElse() {
		var key = new AccessProperties.ApiKey("robot", java.util.HexFormat.of().formatHex(ApiKeys.sha256("the-key")),
				Set.of(Role.INGEST));
		ApiKeys keys = new ApiKeys(List.of(key));
		assertThat(keys.find("the-key")).contains(key);
		assertThat(keys.find("the-key ")).isEmpty();
		assertThat(keys.find(key.hash())).isEmpty();
	}

}
