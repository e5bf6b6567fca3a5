package org.tracebackgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
final class CsvFiles {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CsvFiles() {
	}

	static CSVParser open(InputStream in, Set<String> known, Set<String> required, String what) throws IOException {
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
		catch (java.nio.charset.CharacterCodingException ex) {
			throw unreadable(what, 1, ex);
		}
		CSVParser parser;
		try {
			parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw unreadable(what, 1, ex);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.malformed(what + " has an unreadable header row",
					InputError.atRow(1, "header", "unreadable header: duplicate or empty column names"));
		}
		List<InputError> errors = new ArrayList<>();
		for (String column : parser.getHeaderNames()) {
			if (!known.contains(column)) {
				errors.add(InputError.atRow(1, column, "unknown column; expected some of " + known));
			}
		}
		for (String column : required) {
			if (!parser.getHeaderNames().contains(column)) {
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
	static void checkFieldCount(CSVRecord row, long rowNumber, java.util.function.Consumer<InputError> errors) {
		if (!row.isConsistent()) {
			errors.accept(InputError.atRow(rowNumber, "row",
					"has " + row.size() + " fields; the header has " + row.getParser().getHeaderNames().size()));
		}
	}

	/**
	 * The error to report when the file itself cannot be read any further.
	 */
	static InvalidInputException unreadable(String what, long row, Exception ex) {
		String reason = (ex instanceof java.nio.charset.CharacterCodingException
				|| ex.getCause() instanceof java.nio.charset.CharacterCodingException) ? "is not valid UTF-8"
						: "is not valid CSV (check quotes)";
		return InvalidInputException.malformed(what + " cannot be read", InputError.atRow(row, "file", reason));
	}

	/**
	 * @return the cell, stripped, or {@code null} when the column is absent or the cell
	 * blank: a missing cell stays missing
	 */
	static String value(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String value = row.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
