package org.tracebackgraph.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Small hand-built traceback graphs for the risk tests, written as the JSON of
 * {@code POST /api/tracebacks}, and reading of report answers.
 */
final class RiskGraphs {

	private static final ObjectMapper JSON = new ObjectMapper();

	private RiskGraphs() {
	}

	/**
	 * One hop of a hand-built traceback.
	 *
	 * @param position 0 = terminating
	 * @param providerId the provider (its name is its id)
	 * @param country ISO country
	 * @param role hop role
	 * @param hoursToAnswer hours from notification to answer; negative: no answer
	 * @param attestation attestation seen
	 */
	record Hop(int position, String providerId, String country, String role, int hoursToAnswer, String attestation) {

	}

	static Hop hop(int position, String providerId, String role, int hoursToAnswer, String attestation) {
		return new Hop(position, providerId, "US", role, hoursToAnswer, attestation);
	}

	static Hop foreignHop(int position, String providerId, String role, int hoursToAnswer, String attestation) {
		return new Hop(position, providerId, "IN", role, hoursToAnswer, attestation);
	}

	/**
	 * One traceback: the call at 12:00 UTC on {@code day}, every hop notified the next
	 * day at 12:00.
	 */
	static String traceback(String id, String day, String campaign, String attestation, String callerId, Hop... hops) {
		OffsetDateTime call = LocalDate.parse(day).atTime(12, 0).atOffset(ZoneOffset.UTC);
		OffsetDateTime notified = call.plusDays(1);
		return """
				{"tracebackId": "%s", "notifiedAt": "%s",
				 "call": {"callId": "C-%s", "startedAt": "%s", "callerId": "%s", "campaign": "%s", "attestation": "%s"},
				 "hops": [%s]}""".formatted(id, notified, id, call, callerId, campaign, attestation,
				Arrays.stream(hops).map(hop -> hopJson(hop, notified)).collect(Collectors.joining(",")));
	}

	private static String hopJson(Hop hop, OffsetDateTime notified) {
		String answer = (hop.hoursToAnswer() < 0) ? "\"response\": \"NO_RESPONSE\""
				: "\"respondedAt\": \"%s\", \"response\": \"%s\"".formatted(notified.plusHours(hop.hoursToAnswer()),
						"ORIGINATING".equals(hop.role()) ? "IS_ORIGIN" : "NAMED_UPSTREAM");
		return """
				{"position": %d, "provider": {"id": "%s", "name": "%s", "country": "%s"}, "role": "%s",
				 "notifiedAt": "%s", %s, "attestation": "%s"}""".formatted(hop.position(), hop.providerId(),
				hop.providerId(), hop.country(), hop.role(), notified, answer, hop.attestation());
	}

	static String array(String... tracebacks) {
		return "[" + String.join(",", tracebacks) + "]";
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	static JsonNode score(JsonNode report, String providerId) {
		for (JsonNode score : report.get("scores")) {
			if (providerId.equals(score.get("providerId").asString())) {
				return score;
			}
		}
		throw new AssertionError("No score for " + providerId);
	}

	/** The factor of a provider in a report answer. */
	static JsonNode factor(JsonNode report, String providerId, String factor) {
		for (JsonNode node : score(report, providerId).get("factors")) {
			if (factor.equals(node.get("name").asString())) {
				return node;
			}
		}
		throw new AssertionError("No factor " + factor + " for " + providerId);
	}

}
