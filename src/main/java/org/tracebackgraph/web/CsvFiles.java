package org.tracebackgraph.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

/**
 * Opens CSV input the same way everywhere: strict UTF-8 (a wrong encoding is an error,
 * not mojibake), an optional byte-order mark, CRLF or LF, a header row whose columns are
 * all known and include the required ones.
 */
public final class CsvFiles {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CsvFiles() {
	}

	public static CSVParser open(InputStream in, Set<String> known, Set<String> required, String what)
			throws IOException {
		return openMatching(in, header -> known.contains(header) ? header : null, required, what, known);
	}

	/**
	 * Opens a file whose headers may be written in several ways.
	 * @param canonical the column a header stands for, or {@code null} when it is none
	 * @param required the columns (canonical names) the file must have
	 */
	public static CSVParser openMatching(InputStream in, Function<String, String> canonical, Set<String> required,
			String what) throws IOException {
		return openMatching(in, canonical, required, what, null);
	}

	private static CSVParser openMatching(InputStream in, Function<String, String> canonical, Set<String> required,
			String what, Set<String> known) throws IOException {
		Reader reader = new BufferedReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)),
				1 << 16);
		try {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
		}
		catch (CharacterCodingException ex) {
			throw unreadable(what, 1, ex);
		}
		CSVParser parser;
		try {
			parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		}
		catch (IOException | UncheckedIOException ex) {
			throw unreadable(what, 1, ex);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.malformed(what + " has an unreadable header row",
					InputError.atRow(1, "header", "unreadable header: duplicate or empty column names"));
		}
		List<InputError> errors = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (String column : parser.getHeaderNames()) {
			String meaning = canonical.apply(column);
			if (meaning == null) {
				errors.add(InputError.atRow(1, column,
						(known != null) ? "unknown column; expected some of " + known : "unknown column"));
			}
			else if (seen.putIfAbsent(meaning, column) != null) {
				errors.add(InputError.atRow(1, column, "means the same as column '" + seen.get(meaning) + "'"));
			}
		}
		for (String column : required) {
			if (!seen.containsKey(column)) {
				errors.add(InputError.atRow(1, column, "required column is missing"));
			}
		}
		if (!errors.isEmpty()) {
			parser.close();
			throw new InvalidInputException(what + " has the wrong columns", errors, errors.size(), true);
		}
		return parser;
	}

	/**
	 * A row with more or fewer fields than the header has lost or shifted a value (a
	 * stray comma, a cut line): refused rather than guessed.
	 */
	public static void checkFieldCount(CSVRecord row, long rowNumber, Consumer<InputError> errors) {
		if (!row.isConsistent()) {
			errors.accept(InputError.atRow(rowNumber, "row",
					"has " + row.size() + " fields; the header has " + row.getParser().getHeaderNames().size()));
		}
	}

	/**
	 * The error to report when the file itself cannot be read any further.
	 */
	public static InvalidInputException unreadable(String what, long row, Exception ex) {
		String reason = (ex instanceof CharacterCodingException || ex.getCause() instanceof CharacterCodingException)
				? "is not valid UTF-8" : "is not valid CSV (check quotes)";
		return InvalidInputException.malformed(what + " cannot be read", InputError.atRow(row, "file", reason));
	}

	/**
	 * @return the cell, stripped, or {@code null} when the column is absent or the cell
	 * blank: a missing cell stays missing
	 */
	public static String value(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String value = row.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
