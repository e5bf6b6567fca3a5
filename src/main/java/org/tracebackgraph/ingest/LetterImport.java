package org.tracebackgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.tracebackgraph.ingest.TracebackRequest.ProviderRequest;
import org.tracebackgraph.model.Dates;
import org.tracebackgraph.model.TracebacksWritten;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;
import org.tracebackgraph.web.JsonErrors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports a letter: its metadata (a JSON file, form fields or query parameters; only the
 * recipient's name is required) and its Attachment A chart as printed
 * ({@link LetterChart}): the letter, its recipient, and per chart row a traceback of one
 * call whose only known hop is the recipient, at an unknown position. Every error of the
 * metadata and of the chart is reported in one answer; nothing is written unless all is
 * well, and importing the same letter again changes nothing.
 */
@Service
class LetterImport {

	private final TracebackValidator validator;

	private final ObjectProvider<TracebackWriter> writer;

	private final ObjectProvider<GraphWriter> graph;

	private final JsonMapper mapper;

	private final IngestProperties properties;

	private final CypherQuery mergeLetter = CypherQuery.load("ingest/merge-letter");

	private final ApplicationEventPublisher events;

	/**
	 * @param writer and {@code graph} are looked up when the letter is written, so that a
	 * letter can be checked before the database starts (the command line does)
	 */
	LetterImport(TracebackValidator validator, ObjectProvider<TracebackWriter> writer,
			ObjectProvider<GraphWriter> graph, JsonMapper mapper, IngestProperties properties,
			ApplicationEventPublisher events) {
		this.events = events;
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

	/**
	 * A letter whose metadata is a JSON file (the demo letters, {@code data/letters/}).
	 */
	LetterSummary importLetter(InputStream letterJson, InputStream chartCsv) {
		return importLetter(letterJson, chartCsv, LetterMetadata.Fields.NONE);
	}

	/**
	 * @param letterJson the metadata as JSON, or {@code null}
	 * @param chartCsv the chart
	 * @param fields metadata given beside the chart; a field given both here and in the
	 * JSON must agree
	 */
	LetterSummary importLetter(InputStream letterJson, InputStream chartCsv, LetterMetadata.Fields fields) {
		return importLetter(letterJson, chartCsv, fields, written -> {
		});
	}

	LetterSummary importLetter(InputStream letterJson, InputStream chartCsv, LetterMetadata.Fields fields,
			LongConsumer progress) {
		long started = System.nanoTime();
		LetterMetadata json = (letterJson != null) ? readJson(letterJson) : LetterMetadata.NONE;
		byte[] chart = readAll(chartCsv);
		ErrorCollector errors = new ErrorCollector(this.properties.maxErrors());
		LetterFacts letter = LetterFacts.of(json, fields, chart, errors);
		List<Traceback> tracebacks = new ArrayList<>();
		if (letter != null) {
			ProviderRequest recipient = new ProviderRequest(letter.recipientId(), letter.recipientName(),
					letter.recipientCountry());
			for (LetterChart.Item item : LetterChart.read(new ByteArrayInputStream(chart), letter.letterId(), recipient,
					errors)) {
				this.validator.validate(item.request(), item.at(), errors).ifPresent(tracebacks::add);
			}
		}
		else {
			// The chart's own errors belong in the same answer as the metadata's.
			LetterChart.read(new ByteArrayInputStream(chart), "LETTER", new ProviderRequest("x", "x", null), errors)
				.forEach(item -> this.validator.validate(item.request(), item.at(), errors));
		}
		errors.throwIfAny("Letter");
		WriteCounts counts;
		long batches = 0;
		try (BatchPipeline writes = new BatchPipeline(this.writer.getObject(), null, progress)) {
			for (int from = 0; from < tracebacks.size(); from += this.properties.batchSize()) {
				writes
					.submit(tracebacks.subList(from, Math.min(tracebacks.size(), from + this.properties.batchSize())));
				batches++;
			}
			counts = writes.finish();
		}
		this.graph.getObject()
			.run(this.mergeLetter, Parameters.of("letter",
					letterRow(letter, tracebacks.stream().map(Traceback::tracebackId).toList())));
		this.events.publishEvent(new TracebacksWritten(tracebacks.size()));
		long hops = tracebacks.stream().mapToLong(t -> t.hops().size()).sum();
		return new LetterSummary(letter.letterId(), letter.recipientId(),
				new ImportSummary(tracebacks.size(), hops, counts.created(), counts.replaced(), counts.unchanged(),
						batches, (System.nanoTime() - started) / 1_000_000));
	}

	private LetterMetadata readJson(InputStream json) {
		try {
			return this.mapper.readValue(json, LetterMetadata.class);
		}
		catch (JacksonException ex) {
			InputError error = JsonErrors.describe(ex);
			throw InvalidInputException.malformed("The letter's JSON cannot be read", error);
		}
	}

	private static byte[] readAll(InputStream in) {
		try {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> letterRow(LetterFacts letter, List<String> tracebackIds) {
		LetterMetadata json = letter.json();
		Map<String, Object> row = new HashMap<>();
		row.put("letterId", letter.letterId());
		row.put("issuer", letter.issuer());
		row.put("issuedOn", letter.issuedOn());
		row.put("kind", letter.kind());
		row.put("basis", json.basis());
		row.put("callsTracedClaimed", json.callsTracedClaimed());
		row.put("callWindowFirst", letter.callWindowFirst());
		row.put("callWindowLast", letter.callWindowLast());
		row.put("responseDueBusinessDays", json.responseDueBusinessDays());
		row.put("maxCivilPenaltyPerCallUsd", json.maxCivilPenaltyPerCallUsd());
		row.put("violationsCited",
				(json.potentialViolations() != null) ? json.potentialViolations()
					.entrySet()
					.stream()
					.map(e -> e.getKey() + ": " + e.getValue())
					.sorted()
					.toList() : List.of());
		row.put("campaignsNamed", (json.campaignsNamed() != null) ? json.campaignsNamed() : List.of());
		row.put("recipientId", letter.recipientId());
		row.put("recipientName", letter.recipientName());
		row.put("recipientAddress", (json.recipient() != null) ? json.recipient().address() : null);
		row.put("tracebackIds", tracebackIds);
		return row;
	}

	static Optional<LocalDate> date(String value, String field, ErrorCollector errors) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Dates.parse(value));
		}
		catch (Dates.InvalidDateException ex) {
			errors.add(InputError.of(field, ex.reason()));
			return Optional.empty();
		}
	}

}
