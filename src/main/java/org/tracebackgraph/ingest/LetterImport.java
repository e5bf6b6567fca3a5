package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.tracebackgraph.ingest.TracebackRequest.CallRequest;
import org.tracebackgraph.ingest.TracebackRequest.HopRequest;
import org.tracebackgraph.ingest.TracebackRequest.ProviderRequest;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;
import org.tracebackgraph.web.JsonErrors;

import org.springframework.stereotype.Service;

/**
 * Imports a letter (metadata JSON) with its Attachment A chart (CSV): the letter, its
 * recipient, and per chart row a traceback of one call whose only known hop is the
 * recipient, at an unknown position. Nothing the chart does not say is invented.
 */
@Service
class LetterImport {

	private static final Set<String> CHART_COLUMNS = new LinkedHashSet<>(List.of("row", "page", "itg_notification_date",
			"call_date", "caller_id", "campaign", "recording_url", "potential_violation", "transcription_note"));

	private static final Set<String> REQUIRED_CHART_COLUMNS = Set.of("row", "itg_notification_date", "call_date");

	private static final Map<Field, String> CHART_FIELDS = Map.of(Field.TRACEBACK_ID, "row", Field.NOTIFIED_AT,
			"itg_notification_date", Field.CALL_STARTED_AT, "call_date", Field.CALLER_ID, "caller_id", Field.CAMPAIGN,
			"campaign", Field.RECORDING_URL, "recording_url", Field.VIOLATIONS, "potential_violation", Field.NOTE,
			"transcription_note");

	private final TracebackValidator validator;

	private final TracebackWriter writer;

	private final GraphWriter graph;

	private final JsonMapper mapper;

	private final IngestProperties properties;

	private final CypherQuery mergeLetter = CypherQuery.load("ingest/merge-letter");

	LetterImport(TracebackValidator validator, TracebackWriter writer, GraphWriter graph, JsonMapper mapper,
			IngestProperties properties) {
		this.validator = validator;
		this.writer = writer;
		this.graph = graph;
		this.mapper = mapper;
		this.properties = properties;
	}

	/**
	 * What a letter import did.
	 *
	 * @param letterId the letter
	 * @param recipientProviderId the provider it is addressed to
	 * @param tracebacks what happened to the chart's tracebacks
	 */
	record LetterSummary(String letterId, String recipientProviderId, ImportSummary tracebacks) {

	}

	LetterSummary importLetter(InputStream letterJson, InputStream chartCsv) {
		long started = System.nanoTime();
		LetterMetadata letter = readLetter(letterJson);
		ErrorCollector errors = new ErrorCollector(this.properties.maxErrors());
		String letterId = required(letter.letterId(), "letter_id", errors);
		LocalDate issuedOn = date(letter.issuedOn(), "issued_on", errors);
		String recipientName = (letter.recipient() != null) ? letter.recipient().name() : null;
		required(recipientName, "recipient.name", errors);
		LetterMetadata.CallWindow window = letter.callWindow();
		LocalDate windowFirst = (window != null && window.first() != null)
				? date(window.first(), "call_window.first", errors) : null;
		LocalDate windowLast = (window != null && window.last() != null)
				? date(window.last(), "call_window.last", errors) : null;
		errors.throwIfAny("Letter");
		String recipientId = Optional.ofNullable(letter.recipient().providerId())
			.filter(id -> !id.isBlank())
			.orElseGet(() -> slug(recipientName));
		ProviderRequest recipient = new ProviderRequest(recipientId, recipientName, letter.recipient().country());
		List<Traceback> tracebacks = readChart(chartCsv, letterId, recipient, errors);
		errors.throwIfAny("Letter chart");

		List<String> tracebackIds = tracebacks.stream().map(Traceback::tracebackId).toList();
		WriteCounts counts = WriteCounts.NONE;
		for (int from = 0; from < tracebacks.size(); from += this.properties.batchSize()) {
			counts = counts.plus(this.writer
				.write(tracebacks.subList(from, Math.min(tracebacks.size(), from + this.properties.batchSize()))));
		}
		Map<String, Object> row = letterRow(letter, letterId, issuedOn, recipientId, tracebackIds);
		row.put("callWindowFirst", windowFirst);
		row.put("callWindowLast", windowLast);
		this.graph.run(this.mergeLetter, Parameters.of("letter", row));
		long hops = tracebacks.stream().mapToLong(t -> t.hops().size()).sum();
		long batches = (tracebacks.size() + this.properties.batchSize() - 1) / this.properties.batchSize();
		return new LetterSummary(letterId, recipientId, new ImportSummary(tracebacks.size(), hops, counts.created(),
				counts.replaced(), counts.unchanged(), batches, (System.nanoTime() - started) / 1_000_000));
	}

	private LetterMetadata readLetter(InputStream json) {
		try {
			return this.mapper.readValue(json, LetterMetadata.class);
		}
		catch (JacksonException ex) {
			InputError error = JsonErrors.describe(ex);
			throw InvalidInputException.malformed("The letter's JSON cannot be read", error);
		}
	}

	private List<Traceback> readChart(InputStream csv, String letterId, ProviderRequest recipient,
			ErrorCollector errors) {
		List<Traceback> tracebacks = new ArrayList<>();
		Set<String> rowIds = new java.util.HashSet<>();
		try (CSVParser parser = CsvFiles.open(csv, CHART_COLUMNS, REQUIRED_CHART_COLUMNS, "The letter's chart")) {
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				Locator at = (field, hop, reason) -> InputError.atRow(line,
						CHART_FIELDS.getOrDefault(field, field.csvColumn()), reason);
				CsvFiles.checkFieldCount(record, line, errors::add);
				String rowNumber = CsvFiles.value(record, "row");
				if (rowNumber == null || !rowNumber.matches("\\d{1,6}")) {
					errors.add(at.error(Field.TRACEBACK_ID, null, "must be the chart's row number"));
					continue;
				}
				if (!rowIds.add(rowNumber)) {
					errors.add(at.error(Field.TRACEBACK_ID, null, "row number appears twice"));
					continue;
				}
				String id = letterId + "-R" + String.format(Locale.ROOT, "%03d", Integer.parseInt(rowNumber));
				String violation = CsvFiles.value(record, "potential_violation");
				TracebackRequest request = new TracebackRequest(id, "LETTER:" + letterId,
						CsvFiles.value(record, "itg_notification_date"),
						new CallRequest(id, CsvFiles.value(record, "call_date"), CsvFiles.value(record, "caller_id"),
								null, CsvFiles.value(record, "campaign"), null, CsvFiles.value(record, "recording_url"),
								(violation != null) ? List.of(violation) : null),
						List.of(new HopRequest(null, recipient, HopRole.UNKNOWN.name(), null, null, null, null)),
						CsvFiles.value(record, "transcription_note"));
				this.validator.validate(request, at, errors).ifPresent(tracebacks::add);
			}
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw CsvFiles.unreadable("The letter's chart", 0, ex);
		}
		catch (IOException ex) {
			throw CsvFiles.unreadable("The letter's chart", 0, ex);
		}
		return tracebacks;
	}

	private static Map<String, Object> letterRow(LetterMetadata letter, String letterId, LocalDate issuedOn,
			String recipientId, List<String> tracebackIds) {
		Map<String, Object> row = new HashMap<>();
		row.put("letterId", letterId);
		row.put("issuer", letter.issuer());
		row.put("issuedOn", issuedOn);
		row.put("kind", letter.kind());
		row.put("basis", letter.basis());
		row.put("callsTracedClaimed", letter.callsTracedClaimed());
		row.put("responseDueBusinessDays", letter.responseDueBusinessDays());
		row.put("maxCivilPenaltyPerCallUsd", letter.maxCivilPenaltyPerCallUsd());
		row.put("violationsCited",
				(letter.potentialViolations() != null) ? letter.potentialViolations()
					.entrySet()
					.stream()
					.map(e -> e.getKey() + ": " + e.getValue())
					.sorted()
					.toList() : List.of());
		row.put("campaignsNamed", (letter.campaignsNamed() != null) ? letter.campaignsNamed() : List.of());
		row.put("recipientId", recipientId);
		row.put("recipientName", letter.recipient().name());
		row.put("recipientAddress", letter.recipient().address());
		row.put("tracebackIds", tracebackIds);
		return row;
	}

	private static String required(String value, String field, ErrorCollector errors) {
		if (value == null || value.isBlank()) {
			errors.add(InputError.of(field, "is required"));
			return null;
		}
		return value.strip();
	}

	private static LocalDate date(String value, String field, ErrorCollector errors) {
		if (value == null || value.isBlank()) {
			errors.add(InputError.of(field, "is required"));
			return null;
		}
		Traceback.Moment moment = Traceback.Moment.parse(value.strip());
		if (moment == null) {
			errors.add(InputError.of(field, "is not a valid date (ISO or M/d/yyyy)"));
			return null;
		}
		return moment.on();
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
