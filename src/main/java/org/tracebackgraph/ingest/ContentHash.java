package org.tracebackgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint of a traceback as it is written: a SHA-256 of the exact row handed to
 * the write query, serialised in one fixed form (map keys sorted, every value tagged with
 * its type), so that the same content always gives the same hash whatever the order it
 * came in and whatever a Java class's {@code toString()} looks like. Re-importing the
 * same traceback compares equal and writes nothing.
 * <p>
 * Only the first 128 bits are kept: 32 hex digits fit in the traceback's own property
 * record, while the full 64 took a string-store record of 128 bytes per traceback, and
 * 128 bits leave no practical chance that a changed traceback looks unchanged. Stores
 * written before hold the full digest, of which {@code find-traceback-hashes} returns the
 * same first 32 digits.
 */
final class ContentHash {

	private ContentHash() {
	}

	static final int HEX_DIGITS = 32;

	static String of(Map<String, ?> row) {
		StringBuilder canonical = new StringBuilder(512);
		append(canonical, row);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static void append(StringBuilder out, Object value) {
		switch (value) {
			case null -> out.append('~');
			case Map<?, ?> map -> {
				out.append('{');
				new TreeMap<>(map).forEach((key, item) -> {
					text(out, (String) key);
					out.append(':');
					append(out, item);
					out.append(',');
				});
				out.append('}');
			}
			case List<?> list -> {
				out.append('[');
				list.forEach(item -> {
					append(out, item);
					out.append(',');
				});
				out.append(']');
			}
			case String text -> {
				out.append('s');
				text(out, text);
			}
			case Boolean flag -> out.append(flag ? 'T' : 'F');
			case Integer number -> out.append('n').append(number.longValue());
			case Long number -> out.append('n').append(number);
			case LocalDate date -> out.append('d').append(date);
			case OffsetDateTime at -> out.append('t').append(at.withOffsetSameInstant(ZoneOffset.UTC));
			default -> throw new IllegalArgumentException("No canonical form for a " + value.getClass().getName());
		}
	}

	/** Length-prefixed, so that no text can imitate the separators. */
	private static void text(StringBuilder out, String text) {
		out.append(text.length()).append('"').append(text);
	}

}
