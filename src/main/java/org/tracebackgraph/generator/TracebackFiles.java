package org.tracebackgraph.generator;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.tracebackgraph.generator.SyntheticTracebacks.Hop;
import org.tracebackgraph.generator.SyntheticTracebacks.Traceback;
import org.tracebackgraph.web.CsvOutput;

/**
 * Writes synthetic tracebacks in the two formats the app imports: the traceback CSV (one
 * row per hop, README "CSV") and JSON lines (one traceback per line, in the shape of
 * {@code POST /api/tracebacks}).
 */
final class TracebackFiles {

	static final List<String> CSV_COLUMNS = List.of("traceback_id", "source", "traceback_notified_at", "note",
			"call_id", "call_started_at", "caller_id", "called_number", "campaign", "call_attestation", "recording_url",
			"violations", "hop_position", "provider_id", "provider_name", "provider_country", "hop_role",
			"hop_notified_at", "hop_responded_at", "hop_response", "hop_attestation");

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private TracebackFiles() {
	}

	/** Starts the CSV with its header; generated values are written as they are. */
	static CsvOutput.Printer csvHeader(Writer out) {
		return CsvOutput.printer(out, CSV_COLUMNS, CsvOutput.Cells.AS_IS);
	}

	static void csv(Traceback t, CsvOutput.Printer out) {
		for (Hop hop : t.hops()) {
			List<String> cells = List.of(t.tracebackId(), "GENERATED", INSTANT.format(t.notifiedAt()), "", t.callId(),
					INSTANT.format(t.startedAt()), t.callerId(), t.calledNumber(), t.campaign(), t.attestation(),
					(t.recordingUrl() != null) ? t.recordingUrl() : "", SyntheticTracebacks.VIOLATION,
					Integer.toString(hop.position()), hop.provider().id(), hop.provider().name(),
					hop.provider().country(), hop.role(), INSTANT.format(hop.notifiedAt()),
					(hop.respondedAt() != null) ? INSTANT.format(hop.respondedAt()) : "", hop.response(),
					hop.attestation());
			out.row(cells);
		}
	}

	static void jsonLine(Traceback t, Writer out) throws IOException {
		StringBuilder line = new StringBuilder(600);
		line.append("{\"tracebackId\":")
			.append(json(t.tracebackId()))
			.append(",\"source\":\"GENERATED\",\"notifiedAt\":")
			.append(json(INSTANT.format(t.notifiedAt())))
			.append(",\"call\":{\"callId\":")
			.append(json(t.callId()))
			.append(",\"startedAt\":")
			.append(json(INSTANT.format(t.startedAt())))
			.append(",\"callerId\":")
			.append(json(t.callerId()))
			.append(",\"calledNumber\":")
			.append(json(t.calledNumber()))
			.append(",\"campaign\":")
			.append(json(t.campaign()))
			.append(",\"attestation\":")
			.append(json(t.attestation()))
			.append(",\"recordingUrl\":")
			.append(json(t.recordingUrl()))
			.append(",\"violations\":[")
			.append(json(SyntheticTracebacks.VIOLATION))
			.append("]},\"hops\":[");
		for (int i = 0; i < t.hops().size(); i++) {
			Hop hop = t.hops().get(i);
			line.append((i > 0) ? "," : "")
				.append("{\"position\":")
				.append(hop.position())
				.append(",\"provider\":{\"id\":")
				.append(json(hop.provider().id()))
				.append(",\"name\":")
				.append(json(hop.provider().name()))
				.append(",\"country\":")
				.append(json(hop.provider().country()))
				.append("},\"role\":")
				.append(json(hop.role()))
				.append(",\"notifiedAt\":")
				.append(json(INSTANT.format(hop.notifiedAt())))
				.append(",\"respondedAt\":")
				.append(json((hop.respondedAt() != null) ? INSTANT.format(hop.respondedAt()) : null))
				.append(",\"response\":")
				.append(json(hop.response()))
				.append(",\"attestation\":")
				.append(json(hop.attestation()))
				.append('}');
		}
		line.append("]}\n");
		out.write(line.toString());
	}

	/**
	 * Generated values hold no control characters; quotes and backslashes are escaped.
	 */
	private static String json(String value) {
		return (value != null) ? "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : "null";
	}

}
