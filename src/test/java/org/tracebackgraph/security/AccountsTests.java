package org.tracebackgraph.security;

import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
class AccountsTests {

	private static final MockEnvironment EMBEDDED = new MockEnvironment();

	private static final MockEnvironment EXTERNAL = new MockEnvironment().withProperty("spring.neo4j.uri",
			"bolt://db:7687");

	@Test
	void theEmbeddedDevRunWithoutAccountsGetsADevUserWithEveryRole() {
		var users = Accounts.users(new AccessProperties(List.of(), List.of(), true, List.of()), EMBEDDED, null);
		assertThat(users.userExists("dev")).isTrue();
		assertThat(users.loadUserByUsername("dev").getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_INVESTIGATOR", "ROLE_ANALYST", "ROLE_INGEST", "ROLE_ADMIN");
		assertThat(users.loadUserByUsername("dev").getPassword()).startsWith("{bcrypt}");
	}

	@Test
	void theDevRunPrintsTheDatabasesDirectAccessBesideTheDevLoginOnTheConsole(CapturedOutput output) {
		var database = new EmbeddedNeo4jAccess(URI.create("bolt://127.0.0.1:7687"),
				URI.create("http://localhost:7474/browser/?dbms=bolt://neo4j@localhost:7687"), "neo4j",
				"generated-secret-123", true);
		Accounts.users(new AccessProperties(List.of(), List.of(), true, List.of()), EMBEDDED, database);
		assertThat(output.getOut()).contains("log in as user 'dev'")
			.contains("http://localhost:7474/browser/?dbms=bolt://neo4j@localhost:7687")
			.contains("user 'neo4j', password 'generated-secret-123'")
			.contains("audit trail does not see it");
	}

	@Test
	void aConfiguredRunNeverShowsTheDatabasePassword(CapturedOutput output) {
		var key = new AccessProperties.ApiKey("robot", "a".repeat(64), Set.of(Role.INGEST));
		var database = new EmbeddedNeo4jAccess(URI.create("bolt://127.0.0.1:7687"), null, "neo4j",
				"generated-secret-123", true);
		Accounts.users(new AccessProperties(List.of(), List.of(key), true, List.of()), EMBEDDED, database);
		assertThat(output.getAll()).doesNotContain("generated-secret-123").contains("TRACEBACK_EMBEDDED_PASSWORD");
	}

	@Test
	void anExternalDatabaseGetsNoDefaultAccountAtAll() {
		assertThat(Accounts.users(new AccessProperties(List.of(), List.of(), true, List.of()), EXTERNAL, null)
			.userExists("dev")).isFalse();
	}

	@Test
	void configuredAccountsReplaceTheDevUser() {
		var key = new AccessProperties.ApiKey("robot", "a".repeat(64), Set.of(Role.INGEST));
		assertThat(Accounts.users(new AccessProperties(List.of(), List.of(key), true, List.of()), EMBEDDED, null)
			.userExists("dev")).isFalse();
	}

	@Test
	void aPlainTextPasswordStopsTheApp() {
		var user = new AccessProperties.User("eve", "secret", Set.of(Role.ADMIN));
		assertThatIllegalStateException().isThrownBy(
				() -> Accounts.users(new AccessProperties(List.of(user), List.of(), true, List.of()), EXTERNAL, null))
			.withMessageContaining("never plain text")
			.withMessageNotContaining("secret");
		var noop = new AccessProperties.User("eve", "{noop}secret", Set.of(Role.ADMIN));
		assertThatIllegalStateException().isThrownBy(
				() -> Accounts.users(new AccessProperties(List.of(noop), List.of(), true, List.of()), EXTERNAL, null));
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
		var key = new AccessProperties.ApiKey("robot", HexFormat.of().formatHex(ApiKeys.sha256("the-key")),
				Set.of(Role.INGEST));
		ApiKeys keys = new ApiKeys(List.of(key));
		assertThat(keys.find("the-key")).contains(key);
		assertThat(keys.find("the-key ")).isEmpty();
		assertThat(keys.find(key.hash())).isEmpty();
	}

}
