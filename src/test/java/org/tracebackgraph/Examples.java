package org.tracebackgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example files under {@code data/}, which double as documentation.
 */
public final class Examples {

	private Examples() {
	}

	public static byte[] bytes(String relativePath) {
		try {
			return Files.readAllBytes(Path.of("data", relativePath));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text(String relativePath) {
		return new String(bytes(relativePath), StandardCharsets.UTF_8);
	}

	/** A test fixture from {@code src/test/resources/fixtures/}. */
	public static String fixture(String name) {
		try (var in = Examples.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
