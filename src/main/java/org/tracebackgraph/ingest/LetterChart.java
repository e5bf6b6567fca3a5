package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tracebackgraph.ingest.TracebackRequest.CallRequest;
import org.tracebackgraph.ingest.TracebackRequest.HopRequest;
import org.tracebackgraph.ingest.TracebackRequest.ProviderRequest;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.CsvFiles;

/**
 * Reads a letter's Attachment A chart as the letters print it, as the app's own evidence
 * export writes it, or in the app's normalised columns: headers are matched without
 * regard to case, spacing and punctuation ({@code Date of ITG Notification},
 * {@code itg_notification_date}), the row number is optional (rows are numbered in file
 * order), and the cells are read as printed (dates such as {@code 9/8/2023} or
 * {@code Aug 04, 2021}, caller IDs of 10 or 11 digits, several violations separated by
 * {@code ;}). Each row becomes a traceback of one call whose only known hop is the
 * letter's recipient, at an unknown position: nothing the chart does not say is invented.
 */
final class LetterChart {

	/** The chart's columns, each with the headers it is known by. */
	enum Column {

		ROW("row", "row", "no", "number", "rowno", "rownumber"), PAGE("page", "page"),
		NOTIFIED("itg_notification_date", "itgnotificationdate", "dateofitgnotification", "notificationdate",
				"dateofnotification", "tracebackdate", "notified"),
		CALLED("call_date", "calldate", "dateofcall", "calledon"),
		CALLER_ID("caller_id", "callerid", "calleridnumber", "callingnumber"),
		CAMPAIGN("campaign", "campaign", "robocallcampaignidentifier", "campaignidentifier", "campaignname"),
		RECORDING("recording_url", "recordingurl", "linktorobocallrecording", "linktorecording", "recording"),
		VIOLATION("potential_violation", "potentialviolation", "potentialviolations", "violation", "violations"),
		NOTE("transcription_note", "transcriptionnote", "note", "notes");

		private final String name;

		private final Set<String> keys;

		Column(String name, String... keys) {
			this.name = name;
			this.keys = Set.of(keys);
		}

		/** The name errors use: the app's normalised column name. */
		String columnName() {
			return this.name;
		}

	}

	private static final Map<String, Column> BY_KEY = new LinkedHashMap<>();

	static {
		for (Column column : Column.values()) {
			column.keys.forEach(key -> BY_KEY.put(key, column));
		}
	}

	private static final Set<Column> REQUIRED = Set.of(Column.NOTIFIED, Column.CALLED);

	/** A printed link often lacks its scheme; the ITG's portal hosts are known. */
	private static final String TRACEBACKS_HOST = "tracebacks.org";

	private LetterChart() {
	}

	/**
	 * One chart row as a traceback request, with where its cells sit.
	 *
	 * @param request the traceback
	 * @param at where each field sits in the file, for errors
	 */
	record Item(TracebackRequest request, Locator at) {

	}

	static String key(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/**
	 * @param letterId the letter, whose id prefixes every traceback and call
	 * @param recipient the provider every call went through
	 * @param errors collects what is wrong, row by row
	 * @return the rows that could be read
	 */
	static List<Item> read(InputStream csv, String letterId, ProviderRequest recipient, ErrorCollector errors) {
		List<Item> items = new ArrayList<>();
		try (CSVParser parser = CsvFiles.openMatching(csv, LetterChart::canonical, requiredNames(),
				"The letter's chart")) {
			Map<Column, String> headers = headers(parser);
			Set<String> rowNumbers = new HashSet<>();
			long ordinal = 0;
			for (CSVRecord record : parser) {
				ordinal++;
				long line = record.getRecordNumber() + 1;
				Locator at = (field, hop, reason) -> InputError.atRow(line, columnOf(field), reason);
				CsvFiles.checkFieldCount(record, line, errors::add);
				String rowNumber = cell(record, headers, Column.ROW);
				if (rowNumber == null) {
					rowNumber = Long.toString(ordinal);
				}
				else if (!rowNumber.matches("\\d{1,6}")) {
					errors.add(InputError.atRow(line, Column.ROW.columnName(), "must be the chart's row number"));
					continue;
				}
				if (!rowNumbers.add(String.valueOf(Integer.parseInt(rowNumber)))) {
					errors.add(InputError.atRow(line, Column.ROW.columnName(), "row number appears twice"));
					continue;
				}
				String id = letterId + "-R" + String.format(Locale.ROOT, "%03d", Integer.parseInt(rowNumber));
				items.add(new Item(new TracebackRequest(id, "LETTER:" + letterId,
						cell(record, headers, Column.NOTIFIED),
						new CallRequest(id, cell(record, headers, Column.CALLED),
								cell(record, headers, Column.CALLER_ID), null, cell(record, headers, Column.CAMPAIGN),
								null, recordingUrl(cell(record, headers, Column.RECORDING)),
								violations(cell(record, headers, Column.VIOLATION))),
						List.of(new HopRequest(null, recipient, HopRole.UNKNOWN.name(), null, null, null, null)),
						cell(record, headers, Column.NOTE)), at));
			}
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw CsvFiles.unreadable("The letter's chart", 0, ex);
		}
		catch (IOException ex) {
			throw CsvFiles.unreadable("The letter's chart", 0, ex);
		}
		return items;
	}

	/**
	 * The canonical column name of a header, or {@code null} when it is not a chart
	 * column.
	 */
	private static String canonical(String header) {
		Column column = BY_KEY.get(key(header));
		return (column != null) ? column.columnName() : null;
	}

	private static Set<String> requiredNames() {
		Set<String> names = new HashSet<>();
		REQUIRED.forEach(column -> names.add(column.columnName()));
		return names;
	}

	private static Map<Column, String> headers(CSVParser parser) {
		Map<Column, String> headers = new LinkedHashMap<>();
		for (String header : parser.getHeaderNames()) {
			headers.put(BY_KEY.get(key(header)), header);
		}
		return headers;
	}

	private static String cell(CSVRecord record, Map<Column, String> headers, Column column) {
		String header = headers.get(column);
		return (header != null) ? CsvFiles.value(record, header) : null;
	}

	private static String columnOf(Field field) {
		return switch (field) {
			case TRACEBACK_ID -> Column.ROW.columnName();
			case NOTIFIED_AT -> Column.NOTIFIED.columnName();
			case CALL_STARTED_AT -> Column.CALLED.columnName();
			case CALLER_ID -> Column.CALLER_ID.columnName();
			case CAMPAIGN -> Column.CAMPAIGN.columnName();
			case RECORDING_URL -> Column.RECORDING.columnName();
			case VIOLATIONS -> Column.VIOLATION.columnName();
			case NOTE -> Column.NOTE.columnName();
			default -> field.csvColumn();
		};
	}

	/**
	 * A printed {@code portal.tracebacks.org/...} link without its scheme is an https
	 * link.
	 */
	static String recordingUrl(String value) {
		if (value == null || value.contains("://")) {
			return value;
		}
		String host = value.split("/", 2)[0].toLowerCase(Locale.ROOT);
		return (host.equals(TRACEBACKS_HOST) || host.endsWith("." + TRACEBACKS_HOST)) ? "https://" + value : value;
	}

	/**
	 * Several violations in one cell are separated by {@code ;}, as the evidence export
	 * writes them.
	 */
	static List<String> violations(String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(value.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

}
