package org.tracebackgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The accounts the tests use: one API key per role, and one person with a bcrypt
 * password. Requests of {@link GraphTest#mvc} carry the admin key unless they set their
 * own {@code X-API-Key} (an empty one means none).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

	public static final String ADMIN_KEY = "test-admin-key-0123456789";

	public static final String INVESTIGATOR_KEY = "test-investigator-key-0123456789";

	public static final String ANALYST_KEY = "test-analyst-key-0123456789";

	public static final String INGEST_KEY = "test-ingest-key-0123456789";

	public static final String PERSON = "ada";

	public static final String PERSON_PASSWORD = "correct horse battery staple";

	/** bcrypt (cost 4, to keep tests fast) of {@link #PERSON_PASSWORD}. */
	private static final String PERSON_PASSWORD_HASH = "{bcrypt}"
			+ new BCryptPasswordEncoder(4).encode(PERSON_PASSWORD);

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("traceback.audit.directory", TestAccounts::auditDirectory);
		key(registry, 0, "test-admin", ADMIN_KEY, "ADMIN");
		key(registry, 1, "test-investigator", INVESTIGATOR_KEY, "INVESTIGATOR");
		key(registry, 2, "test-analyst", ANALYST_KEY, "ANALYST");
		key(registry, 3, "test-ingest", INGEST_KEY, "INGEST");
		registry.add("traceback.security.users[0].username", () -> PERSON);
		registry.add("traceback.security.users[0].password", () -> PERSON_PASSWORD_HASH);
		registry.add("traceback.security.users[0].roles", () -> "INVESTIGATOR");
	}

	private static Path auditDirectory;

	/** One audit folder per test JVM, under target/ so a failed run can be inspected. */
	public static synchronized Path auditDirectory() {
		if (auditDirectory == null) {
			try {
				Files.createDirectories(Path.of("target"));
				auditDirectory = Files.createTempDirectory(Path.of("target"), "audit-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return auditDirectory;
	}

	private static void key(DynamicPropertyRegistry registry, int index, String name, String key, String roles) {
		String prefix = "traceback.security.api-keys[" + index + "].";
		registry.add(prefix + "name", () -> name);
		registry.add(prefix + "hash", () -> sha256(key));
		registry.add(prefix + "roles", () -> roles);
	}

	public static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Bean
	MockMvcBuilderCustomizer adminKeyByDefault() {
		return (builder) -> builder.defaultRequest(MockMvcRequestBuilders.get("/").header("X-API-Key", ADMIN_KEY));
	}

}
