package org.tracebackgraph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tracebackgraph.ingest.TracebackRequest.CallRequest;
import org.tracebackgraph.ingest.TracebackRequest.HopRequest;
import org.tracebackgraph.ingest.TracebackRequest.ProviderRequest;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.CsvFiles;

/**
 * Streams the traceback CSV format (one row per hop; the rows of one traceback next to
 * each other) as one traceback at a time, so memory does not grow with the file.
 */
final class CsvTracebackReader implements Closeable {

	static final List<String> COLUMNS = List.of("traceback_id", "source", "traceback_notified_at", "note", "call_id",
			"call_started_at", "caller_id", "called_number", "campaign", "call_attestation", "recording_url",
			"violations", "hop_position", "provider_id", "provider_name", "provider_country", "hop_role",
			"hop_notified_at", "hop_responded_at", "hop_response", "hop_attestation");

	/** Columns that describe the traceback and its call: the same on each of its rows. */
	private static final List<String> TRACEBACK_COLUMNS = COLUMNS.subList(0, 12);

	private static final Set<String> REQUIRED = Set.of("traceback_id", "call_id", "provider_id");

	static final String VIOLATION_SEPARATOR = "|";

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private CSVRecord pending;

	private long pendingRow;

	/**
	 * One traceback read from the file.
	 *
	 * @param request the traceback
	 * @param locator where each of its fields sits in the file
	 * @param readErrors errors found while reading (bad numbers, rows that disagree)
	 */
	record Item(TracebackRequest request, Locator locator, List<InputError> readErrors) {

	}

	CsvTracebackReader(InputStream in) throws IOException {
		this.parser = CsvFiles.open(in, new LinkedHashSet<>(COLUMNS), REQUIRED, "The CSV file");
		this.records = this.parser.iterator();
	}

	/**
	 * @return the next traceback, or {@code null} at the end of the file
	 */
	Item next() {
		if (this.pending == null && !advance()) {
			return null;
		}
		CSVRecord first = this.pending;
		long firstRow = this.pendingRow;
		String tracebackId = CsvFiles.value(first, "traceback_id");
		List<CSVRecord> rows = new ArrayList<>();
		List<Long> rowNumbers = new ArrayList<>();
		rows.add(first);
		rowNumbers.add(firstRow);
		this.pending = null;
		while (advance()) {
			if (!Objects.equals(tracebackId, CsvFiles.value(this.pending, "traceback_id"))) {
				break;
			}
			rows.add(this.pending);
			rowNumbers.add(this.pendingRow);
			this.pending = null;
		}
		return toItem(rows, rowNumbers, firstRow);
	}

	private boolean advance() {
		if (this.pending != null) {
			return true;
		}
		try {
			if (!this.records.hasNext()) {
				return false;
			}
			this.pending = this.records.next();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw CsvFiles.unreadable("The CSV file", this.parser.getCurrentLineNumber(), ex);
		}
		// Lines, not records: the header is line 1, the first data row line 2.
		this.pendingRow = this.pending.getRecordNumber() + 1;
		return true;
	}

	private Item toItem(List<CSVRecord> rows, List<Long> rowNumbers, long firstRow) {
		CSVRecord first = rows.getFirst();
		Locator locator = (field, hop, reason) -> InputError.atRow(
				(hop != null && hop < rowNumbers.size()) ? rowNumbers.get(hop) : firstRow, field.csvColumn(), reason);
		List<InputError> errors = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			for (String column : TRACEBACK_COLUMNS) {
				String later = CsvFiles.value(rows.get(i), column);
				if (later != null && !later.equals(CsvFiles.value(first, column))) {
					errors.add(InputError.atRow(rowNumbers.get(i), column,
							"differs from the traceback's first row (line " + firstRow + ")"));
				}
			}
		}
		List<HopRequest> hops = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = rows.get(i);
			CsvFiles.checkFieldCount(row, rowNumbers.get(i), errors::add);
			hops.add(new HopRequest(position(row, rowNumbers.get(i), errors),
					new ProviderRequest(CsvFiles.value(row, "provider_id"), CsvFiles.value(row, "provider_name"),
							CsvFiles.value(row, "provider_country")),
					CsvFiles.value(row, "hop_role"), CsvFiles.value(row, "hop_notified_at"),
					CsvFiles.value(row, "hop_responded_at"), CsvFiles.value(row, "hop_response"),
					CsvFiles.value(row, "hop_attestation")));
		}
		String violations = CsvFiles.value(first, "violations");
		CallRequest call = new CallRequest(CsvFiles.value(first, "call_id"), CsvFiles.value(first, "call_started_at"),
				CsvFiles.value(first, "caller_id"), CsvFiles.value(first, "called_number"),
				CsvFiles.value(first, "campaign"), CsvFiles.value(first, "call_attestation"),
				CsvFiles.value(first, "recording_url"),
				(violations != null) ? Arrays.stream(violations.split("\\" + VIOLATION_SEPARATOR))
					.map(String::strip)
					.filter(v -> !v.isEmpty())
					.toList() : null);
		TracebackRequest request = new TracebackRequest(CsvFiles.value(first, "traceback_id"),
				CsvFiles.value(first, "source"), CsvFiles.value(first, "traceback_notified_at"), call, hops,
				CsvFiles.value(first, "note"));
		return new Item(request, locator, errors);
	}

	private static Integer position(CSVRecord row, long rowNumber, List<InputError> errors) {
		String text = CsvFiles.value(row, "hop_position");
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			errors.add(InputError.atRow(rowNumber, "hop_position", "must be a whole number"));
			return null;
		}
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
