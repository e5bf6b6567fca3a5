package org.tracebackgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configured API keys, held only as SHA-256 hashes: a leaked configuration does not
 * leak a key. Keys are long random strings, so a fast hash is enough (unlike passwords).
 */
final class ApiKeys {

	private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

	private final List<Entry> entries;

	ApiKeys(List<AccessProperties.ApiKey> configured) {
		this.entries = configured.stream().map(ApiKeys::entry).toList();
	}

	private static Entry entry(AccessProperties.ApiKey key) {
		if (key.name() == null || key.name().isBlank()) {
			throw new IllegalStateException("traceback.security.api-keys: every key needs a name");
		}
		if (key.hash() == null || !SHA_256_HEX.matcher(key.hash()).matches()) {
			throw new IllegalStateException("traceback.security.api-keys: the hash of key '" + key.name()
					+ "' must be the lowercase hex SHA-256 of the key (64 characters)");
		}
		if (key.roles() == null || key.roles().isEmpty()) {
			throw new IllegalStateException("traceback.security.api-keys: key '" + key.name() + "' has no roles");
		}
		return new Entry(key, HexFormat.of().parseHex(key.hash()));
	}

	/**
	 * @param presented the key a client sent
	 * @return the key's configuration, if the key is known
	 */
	Optional<AccessProperties.ApiKey> find(String presented) {
		byte[] hash = sha256(presented);
		AccessProperties.ApiKey found = null;
		// Compare with every key in constant time, so timing tells nothing about near
		// misses.
		for (Entry entry : this.entries) {
			if (MessageDigest.isEqual(entry.hash(), hash)) {
				found = entry.key();
			}
		}
		return Optional.ofNullable(found);
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private record Entry(AccessProperties.ApiKey key, byte[] hash) {

	}

}
