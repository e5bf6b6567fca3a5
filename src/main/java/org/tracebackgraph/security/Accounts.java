package org.tracebackgraph.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

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

	/** A stored password names its hash algorithm; {noop} (plain text) is refused. */
	private static final Pattern HASHED = Pattern.compile("\\{(?!noop})[A-Za-z0-9@_.-]+}.+");

	private Accounts() {
	}

	static InMemoryUserDetailsManager users(AccessProperties properties, Environment environment) {
		if (!properties.hasAccounts() && properties.devUser() && embedded(environment)) {
			return new InMemoryUserDetailsManager(devUser());
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

	private static UserDetails devUser() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		// On the console, not in the log: log files travel further than a developer's
		// terminal.
		System.out.printf("%n  Dev run: log in as user 'dev' with password '%s' (all roles; new at every start).%n"
				+ "  Configure traceback.security.users / api-keys to replace it.%n%n", password);
		return User.withUsername("dev")
			.password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
			.roles(List.of(Role.values()).stream().map(Role::name).toArray(String[]::new))
			.build();
	}

	private static boolean embedded(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
