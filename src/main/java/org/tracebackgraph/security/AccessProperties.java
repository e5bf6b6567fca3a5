package org.tracebackgraph.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts that may use the API. Nothing here has a default: secrets come from the
 * environment (for example {@code TRACEBACK_SECURITY_USERS_0_PASSWORD}).
 *
 * @param users people, who log in with HTTP Basic
 * @param apiKeys machines, which send their key in the {@code X-API-Key} header
 * @param devUser in the embedded dev run only, and only when no account is configured:
 * create a user {@code dev} (all roles) with a random password printed once at start
 * @param neo4jBrowserOrigins the web origins of the Neo4j Browser that may fetch the
 * app's guide and style ({@code /guides/**}, by CORS)
 */
@ConfigurationProperties("traceback.security")
record AccessProperties(@DefaultValue List<User> users, @DefaultValue List<ApiKey> apiKeys,
		@DefaultValue("true") boolean devUser, @DefaultValue( {
				"http://localhost:7474", "http://127.0.0.1:7474" }) List<String> neo4jBrowserOrigins){

	boolean hasAccounts() {
		return !this.users.isEmpty() || !this.apiKeys.isEmpty();
	}

	/**
	 * A person.
	 *
	 * @param username the login
	 * @param password the password's hash with its algorithm, e.g.
	 * {@code {bcrypt}$2a$10$...} (make one with
	 * {@code htpasswd -bnBC 10 "" PASSWORD | tr -d ':\n'} and prefix {@code {bcrypt}});
	 * plain text is refused
	 * @param roles what the person may do
	 */
	record User(String username, String password, Set<Role> roles) {

	}

	/**
	 * A machine.
	 *
	 * @param name who holds the key (shown in the audit trail)
	 * @param hash lowercase hex SHA-256 of the key: {@code printf %s KEY | sha256sum}
	 * @param roles what the machine may do
	 */
	record ApiKey(String name, String hash, Set<Role> roles) {

	}

}
