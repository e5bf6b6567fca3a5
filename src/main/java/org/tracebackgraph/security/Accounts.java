package org.tracebackgraph.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;

import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.util.StringUtils;

/**
 * The people who may log in: the configured users, or in the embedded dev run with no
 * account configured, one {@code dev} user with a fresh random password each start.
 */
final class Accounts {

	private static final Logger log = LoggerFactory.getLogger(Accounts.class);

	/** A stored password names its hash algorithm; {noop} (plain text) is refused. */
	private static final Pattern HASHED = Pattern.compile("\\{(?!noop})[A-Za-z0-9@_.-]+}.+");

	private Accounts() {
	}

	/**
	 * @param database the embedded database's direct access, when it runs: the dev run
	 * prints it beside the dev login, since both are made at this start
	 */
	static InMemoryUserDetailsManager users(AccessProperties properties, Environment environment,
			EmbeddedNeo4jAccess database) {
		if (!properties.hasAccounts() && properties.devUser() && embedded(environment)) {
			return new InMemoryUserDetailsManager(devUser(database));
		}
		if (database != null && database.generated()) {
			log.info("Embedded Neo4j: TRACEBACK_EMBEDDED_PASSWORD is not set, so only this app can log in to it;"
					+ " set it to use Neo4j Browser or Bolt directly");
		}
		return new InMemoryUserDetailsManager(properties.users().stream().map(Accounts::user).toList());
	}

	private static UserDetails user(AccessProperties.User user) {
		if (!StringUtils.hasText(user.username())) {
			throw new IllegalStateException("traceback.security.users: every user needs a username");
		}
		if (user.password() == null || !HASHED.matcher(user.password()).matches()) {
			throw new IllegalStateException("traceback.security.users: the password of '" + user.username()
					+ "' must be a hash such as {bcrypt}$2a$10$..., never plain text");
		}
		if (user.roles() == null || user.roles().isEmpty()) {
			throw new IllegalStateException("traceback.security.users: '" + user.username() + "' has no roles");
		}
		return User.withUsername(user.username())
			.password(user.password())
			.roles(user.roles().stream().map(Role::name).toArray(String[]::new))
			.build();
	}

	private static UserDetails devUser(EmbeddedNeo4jAccess database) {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		// On the console, not in the log: log files travel further than a developer's
		// terminal.
		StringBuilder console = new StringBuilder();
		console.append(String.format(Locale.ROOT,
				"%n  Dev run: log in as user 'dev' with password '%s' (all roles; new at every start).%n"
						+ "  Configure traceback.security.users / api-keys to replace it.%n",
				password));
		if (database != null) {
			console.append(String.format(Locale.ROOT,
					"%n  Direct database access (administrators only; the app's audit trail does not see it):%n"));
			if (database.browserUrl() != null) {
				// After login Browser applies the app's style and opens its investigation
				// guide (browser.post_connect_cmd); a ?cmd=guide in this link would open
				// the guide too, but then Browser skips the style.
				console.append(String.format(Locale.ROOT,
						"    Neo4j Browser  %s%n                   (after login: the app's investigation guide and style)%n",
						database.browserUrl()));
			}
			console.append(String.format(Locale.ROOT, "    Bolt           %s%n", database.boltUri()));
			console.append(String.format(Locale.ROOT, "    user '%s', password '%s'%s%n", database.username(),
					database.password(),
					database.generated() ? " (new at every start; set TRACEBACK_EMBEDDED_PASSWORD to keep one)" : ""));
		}
		System.out.print(console.append(System.lineSeparator()));
		return User.withUsername("dev")
			.password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
			.roles(List.of(Role.values()).stream().map(Role::name).toArray(String[]::new))
			.build();
	}

	private static boolean embedded(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
