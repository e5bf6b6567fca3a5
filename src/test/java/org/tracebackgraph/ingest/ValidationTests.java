package org.tracebackgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a request can be wrong gets a problem detail naming the field and the reason,
 * and writes nothing.
 */
class ValidationTests extends GraphTest {

	@ParameterizedTest(name = "{0} = {1} is rejected: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			call.callerId         | "not a number"          | call.callerId         | is not a phone number
			call.callerId         | "+1 555"                | call.callerId         | is not a phone number
			call.calledNumber     | "12345678901234567890"  | call.calledNumber     | is not a phone number
			call.startedAt        | "2023-02-30"            | call.startedAt        | no such day
			call.startedAt        | "2023-09-07T15:04:05"   | call.startedAt        | is a date-time without an offset
			call.startedAt        | "13/45/2023"            | call.startedAt        | no such day
			call.startedAt        | "1970-01-01"            | call.startedAt        | is before 1990-01-01
			call.startedAt        | "2999-01-01"            | call.startedAt        | is in the future
			call.attestation      | "D"                     | call.attestation      | must be one of A, B, C, UNSIGNED
			call.recordingUrl     | "ftp://example.org/x"   | call.recordingUrl     | must be an http or https URL
			hops[0].role          | "BOSS"                  | hops[0].role          | must be one of TERMINATING
			hops[0].response      | "MAYBE"                 | hops[0].response      | must be one of NAMED_UPSTREAM
			hops[0].attestation   | "Z"                     | hops[0].attestation   | must be one of A, B, C, UNSIGNED
			hops[0].position      | -1                      | hops[0].position      | must be between 0 and 99
			hops[0].provider.country | "XX"                 | hops[0].provider.country | must be an ISO 3166
			""")
	void aBadFieldIsNamedWithItsReasonAndNothingIsWritten(String field, String value, String reportedField,
			String reason) {
		String json = withField(field, value);

		MvcTestResult result = postJson("/api/tracebacks", json);

		assertThat(result).hasStatus(422).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(reportedField);
		assertThat(result).bodyJson().extractingPath("$.errors[0].index").isEqualTo(0);
		assertThat(result).bodyJson().extractingPath("$.errors[0].reason").asString().startsWith(reason);
		assertThat(counts()).isEqualTo(new GraphCounts(0, 0, 0, 0));
	}

	@Test
	void everyErrorOfABatchIsListedAndNoneOfItIsWritten() {
		String batch = "[" + withField("call.callerId", "\"+12125550100\"") + "," + """
				{"tracebackId": "BAD", "call": {"callId": "BAD-C", "startedAt": "2023-09-08", "callerId": "x"},
				 "notifiedAt": "2023-09-01",
				 "hops": [{"position": 0, "provider": {"id": "a"}, "role": "TERMINATING"},
				          {"position": 0, "provider": {"id": "b"}, "role": "INTERMEDIATE"},
				          {"position": 1, "provider": {}, "role": "INTERMEDIATE",
				           "notifiedAt": "2023-09-09T10:00:00Z", "respondedAt": "2023-09-09T09:00:00Z"}]}
				""" + "]";

		MvcTestResult result = postJson("/api/tracebacks", batch);

		assertThat(result).hasStatus(422);
		assertThat(result).bodyJson()
			.isLenientlyEqualTo(
					"""
							{"status": 422, "totalErrors": 5, "errors": [
							  {"index": 1, "field": "call.startedAt", "reason": "the call is dated after the traceback's notification"},
							  {"index": 1, "field": "call.callerId", "reason": "is not a phone number"},
							  {"index": 1, "field": "hops[1].position", "reason": "duplicate position 0"},
							  {"index": 1, "field": "hops[2].provider.id", "reason": "is required"},
							  {"index": 1, "field": "hops[2].respondedAt", "reason": "is before the hop's notification"}]}
							""");
		assertThat(counts()).isEqualTo(new GraphCounts(0, 0, 0, 0));
	}

	@Test
	void theSameTracebackTwiceInOneRequestIsRejected() {
		String one = withField("call.callerId", "\"+12125550100\"");

		MvcTestResult result = postJson("/api/tracebacks", "[" + one + "," + one + "]");

		assertThat(result).hasStatus(422).bodyJson().isLenientlyEqualTo("""
				{"errors": [{"index": 1, "field": "tracebackId", "reason": "appears more than once in this request"}]}
				""");
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void missingRequiredFieldsAreNamed() {
		MvcTestResult result = postJson("/api/tracebacks", "{\"hops\": []}");

		assertThat(result).hasStatus(422).bodyJson().isLenientlyEqualTo("""
				{"errors": [{"field": "tracebackId", "reason": "is required"},
				            {"field": "call", "reason": "is required"},
				            {"field": "hops", "reason": "at least one hop is required"}]}
				""");
	}

	@Test
	void malformedJsonIsA400WithItsPlace() {
		MvcTestResult result = postJson("/api/tracebacks", "{\"tracebackId\": \"T\", ");

		assertThat(result).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].reason")
			.asString()
			.startsWith("malformed JSON");
	}

	@Test
	void aWrongTypeOrAnUnknownFieldIsNamed() {
		assertThat(
				postJson("/api/tracebacks", "[{\"tracebackId\": \"T\", \"call\": {\"callId\": \"C\"}, \"hops\": {}}]"))
			.hasStatus(422)
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"errors\": [{\"index\": 0, \"field\": \"hops\", \"reason\": \"wrong type: expected an array\"}]}");
		assertThat(postJson("/api/tracebacks",
				"{\"tracebackId\": \"T\", \"call\": {\"callId\": \"C\", \"callerID\": \"x\"}}"))
			.hasStatus(422)
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"errors\": [{\"index\": 0, \"field\": \"call.callerID\", \"reason\": \"unknown field\"}]}");
		assertThat(postJson("/api/tracebacks", "\"just a string\"")).hasStatus(400);
	}

	@Test
	void reasonsNeverEchoThePhoneNumberTheyReject() throws Exception {
		MvcTestResult result = postJson("/api/tracebacks", withField("call.callerId", "\"+1 212 555 01\""));

		assertThat(result).hasStatus(422);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("555");
	}

	/** A valid traceback with one field set to a JSON value. */
	static String withField(String field, String value) {
		Map<String, String> call = new LinkedHashMap<>(Map.of("callId", "\"C-1\""));
		Map<String, String> provider = new LinkedHashMap<>(Map.of("id", "\"acme-voice\""));
		Map<String, String> hop = new LinkedHashMap<>(Map.of("position", "0", "role", "\"TERMINATING\""));
		Map<String, String> top = new LinkedHashMap<>(Map.of("tracebackId", "\"T-1\""));
		if (field.startsWith("call.")) {
			call.put(field.substring("call.".length()), value);
		}
		else if (field.startsWith("hops[0].provider.")) {
			provider.put(field.substring("hops[0].provider.".length()), value);
		}
		else if (field.startsWith("hops[0].")) {
			hop.put(field.substring("hops[0].".length()), value);
		}
		else {
			top.put(field, value);
		}
		hop.put("provider", object(provider));
		top.put("call", object(call));
		top.put("hops", "[" + object(hop) + "]");
		return object(top);
	}

	private static String object(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> "\"" + e.getKey() + "\": " + e.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
