package org.tracebackgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
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
		return new String(bytes(relativePath), java.nio.charset.StandardCharsets.UTF_8);
	}

}
