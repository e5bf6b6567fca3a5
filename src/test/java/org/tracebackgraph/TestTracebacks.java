package org.tracebackgraph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Small traceback graphs built for one test: each test names only what it is about (the
 * day, the campaign, the caller ID, who was at which hop, who did not answer) and leaves
 * the rest to sensible defaults. The result is the JSON of {@code POST /api/tracebacks},
 * so tests build their graphs through the app's own ingest.
 *
 * <pre>
 * load(traceback("T1").on("2024-01-05").campaign("K").callerId("+12125550101")
 *     .hops(hop(0, "acme-voice", TERMINATING), hop(1, "robo-origin", ORIGINATING).noAnswer()));
 * </pre>
 */
public final class TestTracebacks {

	public static final String TERMINATING = "TERMINATING";

	public static final String INTERMEDIATE = "INTERMEDIATE";

	public static final String GATEWAY = "GATEWAY";

	public static final String ORIGINATING = "ORIGINATING";

	public static final String UNKNOWN = "UNKNOWN";

	private TestTracebacks() {
	}

	public static Traceback traceback(String id) {
		return new Traceback(id, "C-" + id, LocalDate.of(2024, 1, 5), null, null, null, null, List.of(), List.of());
	}

	/**
	 * A hop answered an hour after it was asked; the originator answers that it is the
	 * origin, the others name their upstream.
	 */
	public static Hop hop(Integer position, String providerId, String role) {
		return new Hop(position, providerId, "US", role, 1);
	}

	/** The JSON array of these tracebacks. */
	public static String json(Traceback... tracebacks) {
		return Arrays.stream(tracebacks).map(Traceback::json).collect(Collectors.joining(",", "[", "]"));
	}

	/**
	 * One traceback: its call at 12:00 UTC on its day, every hop asked the next day at
	 * 12:00.
	 */
	public record Traceback(String id, String callId, LocalDate day, String campaign, String callerId,
			String attestation, String recordingUrl, List<String> violations, List<Hop> hops) {

		public Traceback call(String callId) {
			return new Traceback(this.id, callId, this.day, this.campaign, this.callerId, this.attestation,
					this.recordingUrl, this.violations, this.hops);
		}

		public Traceback on(String day) {
			return new Traceback(this.id, this.callId, LocalDate.parse(day), this.campaign, this.callerId,
					this.attestation, this.recordingUrl, this.violations, this.hops);
		}

		public Traceback campaign(String campaign) {
			return new Traceback(this.id, this.callId, this.day, campaign, this.callerId, this.attestation,
					this.recordingUrl, this.violations, this.hops);
		}

		public Traceback callerId(String callerId) {
			return new Traceback(this.id, this.callId, this.day, this.campaign, callerId, this.attestation,
					this.recordingUrl, this.violations, this.hops);
		}

		public Traceback attestation(String attestation) {
			return new Traceback(this.id, this.callId, this.day, this.campaign, this.callerId, attestation,
					this.recordingUrl, this.violations, this.hops);
		}

		public Traceback recording(String url) {
			return new Traceback(this.id, this.callId, this.day, this.campaign, this.callerId, this.attestation, url,
					this.violations, this.hops);
		}

		public Traceback violations(String... violations) {
			return new Traceback(this.id, this.callId, this.day, this.campaign, this.callerId, this.attestation,
					this.recordingUrl, List.of(violations), this.hops);
		}

		public Traceback hops(Hop... hops) {
			List<Hop> all = new ArrayList<>(this.hops);
			all.addAll(List.of(hops));
			return new Traceback(this.id, this.callId, this.day, this.campaign, this.callerId, this.attestation,
					this.recordingUrl, this.violations, List.copyOf(all));
		}

		/** A route in call order, origin first: positions are counted from the end. */
		public Traceback route(String... providerIds) {
			Hop[] hops = new Hop[providerIds.length];
			for (int i = 0; i < providerIds.length; i++) {
				int position = providerIds.length - 1 - i;
				String role = (position == 0) ? TERMINATING : (i == 0) ? ORIGINATING : INTERMEDIATE;
				hops[i] = hop(position, providerIds[i], role);
			}
			return hops(hops);
		}

		public String json() {
			OffsetDateTime call = this.day.atTime(12, 0).atOffset(ZoneOffset.UTC);
			OffsetDateTime asked = call.plusDays(1);
			StringBuilder out = new StringBuilder("{\"tracebackId\": \"").append(this.id)
				.append("\", \"notifiedAt\": \"")
				.append(asked)
				.append("\", \"call\": {\"callId\": \"")
				.append(this.callId)
				.append("\", \"startedAt\": \"")
				.append(call)
				.append('"');
			text(out, "campaign", this.campaign);
			text(out, "callerId", this.callerId);
			text(out, "attestation", this.attestation);
			text(out, "recordingUrl", this.recordingUrl);
			if (!this.violations.isEmpty()) {
				out.append(", \"violations\": [")
					.append(this.violations.stream().map(v -> '"' + escape(v) + '"').collect(Collectors.joining(",")))
					.append(']');
			}
			out.append("}, \"hops\": [")
				.append(this.hops.stream().map(hop -> hop.json(asked)).collect(Collectors.joining(",")))
				.append("]}");
			return out.toString();
		}

	}

	/**
	 * One provider's hop.
	 *
	 * @param position 0 = terminating, {@code null} = unknown
	 * @param providerId the provider (its name is its id)
	 * @param country its country
	 * @param role its role
	 * @param hoursToAnswer hours from being asked to answering; negative: no answer
	 */
	public record Hop(Integer position, String providerId, String country, String role, int hoursToAnswer) {

		public Hop noAnswer() {
			return new Hop(this.position, this.providerId, this.country, this.role, -1);
		}

		public Hop answeredAfterHours(int hours) {
			return new Hop(this.position, this.providerId, this.country, this.role, hours);
		}

		public Hop in(String country) {
			return new Hop(this.position, this.providerId, country, this.role, this.hoursToAnswer);
		}

		String json(OffsetDateTime asked) {
			StringBuilder out = new StringBuilder("{");
			if (this.position != null) {
				out.append("\"position\": ").append(this.position).append(", ");
			}
			out.append("\"provider\": {\"id\": \"")
				.append(this.providerId)
				.append("\", \"name\": \"")
				.append(this.providerId)
				.append("\", \"country\": \"")
				.append(this.country)
				.append("\"}, \"role\": \"")
				.append(this.role)
				.append("\", \"notifiedAt\": \"")
				.append(asked)
				.append('"');
			if (this.hoursToAnswer < 0) {
				out.append(", \"response\": \"NO_RESPONSE\"");
			}
			else {
				out.append(", \"respondedAt\": \"")
					.append(asked.plusHours(this.hoursToAnswer))
					.append("\", \"response\": \"")
					.append(ORIGINATING.equals(this.role) ? "IS_ORIGIN" : "NAMED_UPSTREAM")
					.append('"');
			}
			return out.append('}').toString();
		}

	}

	private static void text(StringBuilder out, String name, String value) {
		if (value != null) {
			out.append(", \"").append(name).append("\": \"").append(escape(value)).append('"');
		}
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
