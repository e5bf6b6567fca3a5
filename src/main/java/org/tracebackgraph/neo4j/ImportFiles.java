package org.tracebackgraph.neo4j;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The node and relationship files of {@code neo4j-admin database import}, in one
 * directory, written in the layout {@link EmbeddedStoreImport} reads them with: a header
 * naming each column and its type ({@code :ID}, {@code day:date}, ...), then one row per
 * node or relationship. {@code :ID} is the node's store id, taken as it is: the writer
 * hands out each number once, across all labels, and names a relationship's nodes by it.
 * A {@code null} leaves the property out, as a {@code SET x = null} does.
 */
public final class ImportFiles implements AutoCloseable {

	/**
	 * Separates a list's elements in one column: a control character, so no text of the
	 * graph is split by it (a value holding it is refused rather than split).
	 */
	static final char ARRAY_DELIMITER = '\u001F';

	private final Path directory;

	private final List<File> nodes = new ArrayList<>();

	private final List<File> relationships = new ArrayList<>();

	private ImportFiles(Path directory) {
		this.directory = directory;
	}

	/**
	 * @param directory an empty directory for the files
	 */
	public static ImportFiles in(Path directory) {
		return new ImportFiles(directory);
	}

	/**
	 * @param label the nodes' label
	 * @param header the columns, e.g. {@code :ID}, {@code tracebackId},
	 * {@code hopCount:long}
	 */
	public File nodes(String label, String... header) {
		File file = new File(label, this.directory.resolve("nodes-" + label + ".csv"), header);
		this.nodes.add(file);
		return file;
	}

	/**
	 * @param type the relationships' type
	 * @param header the columns, starting with {@code :START_ID} and {@code :END_ID}
	 */
	public File relationships(String type, String... header) {
		File file = new File(type, this.directory.resolve("relationships-" + type + ".csv"), header);
		this.relationships.add(file);
		return file;
	}

	Path directory() {
		return this.directory;
	}

	List<File> nodeFiles() {
		return List.copyOf(this.nodes);
	}

	List<File> relationshipFiles() {
		return List.copyOf(this.relationships);
	}

	@Override
	public void close() {
		for (File file : this.nodes) {
			file.close();
		}
		for (File file : this.relationships) {
			file.close();
		}
	}

	/** One label's nodes or one type's relationships. */
	public static final class File {

		private final String name;

		private final Path path;

		private final int columns;

		private final Writer writer;

		private long rows;

		private boolean closed;

		private File(String name, Path path, String... header) {
			this.name = name;
			this.path = path;
			this.columns = header.length;
			try {
				this.writer = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
				this.writer.write(String.join(",", header));
				this.writer.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + path, ex);
			}
		}

		/**
		 * @param values one per column: text, numbers, booleans, {@link LocalDate},
		 * {@link OffsetDateTime}, lists of text, or {@code null}
		 */
		public void row(Object... values) {
			if (values.length != this.columns) {
				throw new IllegalArgumentException(
						this.name + ": " + values.length + " values for " + this.columns + " columns");
			}
			StringBuilder line = new StringBuilder(128);
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					line.append(',');
				}
				append(line, values[i]);
			}
			line.append('\n');
			try {
				this.writer.write(line.toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + this.path, ex);
			}
			this.rows++;
		}

		String name() {
			return this.name;
		}

		Path path() {
			return this.path;
		}

		long rows() {
			return this.rows;
		}

		private static void append(StringBuilder line, Object value) {
			switch (value) {
				case null -> {
				}
				case String text -> quoted(line, text);
				case Collection<?> list -> {
					StringBuilder joined = new StringBuilder();
					for (Object element : list) {
						String text = element.toString();
						if (text.indexOf(ARRAY_DELIMITER) >= 0) {
							throw new IllegalArgumentException("A list element holds the array delimiter");
						}
						if (!joined.isEmpty()) {
							joined.append(ARRAY_DELIMITER);
						}
						joined.append(text);
					}
					quoted(line, joined.toString());
				}
				case Number number -> line.append(number);
				case Boolean bool -> line.append(bool);
				case LocalDate date -> line.append(date);
				case OffsetDateTime dateTime -> line.append(dateTime);
				default -> throw new IllegalArgumentException("Cannot import a " + value.getClass().getSimpleName());
			}
		}

		private static void quoted(StringBuilder line, String text) {
			line.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					line.append('"');
				}
				line.append(c);
			}
			line.append('"');
		}

		private void close() {
			if (!this.closed) {
				this.closed = true;
				try {
					this.writer.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot write " + this.path, ex);
				}
			}
		}

	}

}
