package org.tracebackgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cypher runs with parameters only: injection strings sent through every parameter of
 * every read endpoint (found from the app's own request mappings, so a new endpoint is
 * covered without touching this test) change nothing and find nothing; through the write
 * endpoints they are stored as the plain text they are.
 */
class InjectionTests extends GraphTest {

	static final List<String> PAYLOADS = List.of("' OR 1=1 --", "\" OR \"\"=\"", "}) DETACH DELETE n //",
			"x'}) MATCH (n) DETACH DELETE n //", "1; MATCH (n) DETACH DELETE n", "` MATCH (n) DETACH DELETE n //",
			"*/ MATCH (n) DETACH DELETE n /*", "$tracebackId", "{tracebackId}", "CALL dbms.components()",
			"\u02bc OR 1=1 --", "\uff07 OR 1=1 --", "\u202e DETACH DELETE n", "a\u0000b", "%27%20OR%201%3D1",
			"../../../etc/passwd", "<script>alert(1)</script>", "\ud83d\udd25' OR 1=1 //", "\\' OR 1=1 //",
			"robo-origin' OR '1'='1");

	/** Valid values for the parameters a request needs besides the one under test. */
	private static final Map<String, String> VALID = Map.of("providerId", "robo-origin", "tracebackId", "FX-T-01",
			"callId", "FX-C-01", "e164", "+12125550101", "name", "Amazon-Impers-P2");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private List<Endpoint> readEndpoints() {
		return Endpoint.reads(this.mappings);
	}

	@Test
	void everyReadEndpointIsCovered() {
		assertThat(readEndpoints()).extracting(Endpoint::pattern)
			.contains("/api/tracebacks/{tracebackId}", "/api/calls/{callId}/route", "/api/providers/ranking",
					"/api/providers/{providerId}/upstream", "/api/paths", "/api/campaigns/{*name}",
					"/api/numbers/{e164}", "/api/providers/{providerId}/evidence", "/api/audit");
		assertThat(
				readEndpoints().stream().mapToInt((t) -> t.pathVariables().size() + t.queryParameters().size()).sum())
			.isGreaterThan(40);
	}

	@TestFactory
	Stream<DynamicTest> injectionThroughEveryReadParameterChangesAndFindsNothing() {
		loadInvestigationGraph();
		GraphCounts before = counts();
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint target : readEndpoints()) {
			List<String> parameters = new ArrayList<>(
					target.pathVariables().stream().map(Endpoint.Param::name).toList());
			parameters.addAll(target.queryParameters().stream().map(Endpoint.Param::name).toList());
			for (String parameter : parameters) {
				for (String payload : PAYLOADS) {
					tests.add(DynamicTest.dynamicTest(target.pattern() + " " + parameter + " = " + payload,
							() -> assertInjectionHarmless(target, parameter, payload, before)));
				}
			}
		}
		System.out.println("Injection suite: " + tests.size() + " requests");
		return tests.stream();
	}

	private void assertInjectionHarmless(Endpoint target, String parameter, String payload, GraphCounts before) {
		Map<String, String> pathValues = new LinkedHashMap<>();
		for (Endpoint.Param variable : target.pathVariables()) {
			pathValues.put(variable.name(),
					variable.name().equals(parameter) ? payload : VALID.getOrDefault(variable.name(), "x"));
		}
		String pattern = target.pattern().replace("{*", "{");
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(pattern);
		for (Endpoint.Param param : target.queryParameters()) {
			String name = param.name();
			if (name.equals(parameter)) {
				uri.queryParam(name, "{" + name + "}");
				pathValues.put(name, payload);
			}
			else if (param.required()) {
				uri.queryParam(name, "{" + name + "}");
				pathValues.put(name, name.equals("from") ? "robo-origin" : "acme-voice");
			}
		}
		MvcTestResult result = this.mvc.get().uri(uri.build().toUriString(), pathValues.values().toArray()).exchange();
		int status = result.getResponse().getStatus();
		assertThat(status).as("status").isBetween(200, 499).isNotIn(401, 403);
		if (status >= 400) {
			assertThat(result.getResponse().getContentType()).as("content type").startsWith("application/problem+json");
		}
		if (status == 200 && result.getResponse().getContentType() != null
				&& result.getResponse().getContentType().contains("json")) {
			assertThat(result).bodyJson()
				.satisfies((json) -> assertThat(emptyAnswer(json.getJson())).as(json.getJson()).isTrue());
		}
		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * A 200 to an injection may only be an empty list (a filter that matched nothing).
	 */
	private static boolean emptyAnswer(String json) {
		return json.contains("\"items\":[]") || json.contains("\"nodes\":[]") || json.contains("\"paths\":[]")
				|| json.contains("\"rows\":[]");
	}

	@Test
	void injectionStringsInATracebackAreStoredAsPlainText() {
		loadInvestigationGraph();
		GraphCounts before = counts();
		// No slash: an encoded slash in a path is refused by the firewall before any
		// query.
		String payload = "x'}) MATCH (n) DETACH DELETE n RETURN '";
		String json = """
				{"tracebackId": "%1$s", "source": "%1$s", "note": "%1$s",
				 "call": {"callId": "%1$s-call", "callerId": "+12025550123", "calledNumber": "+13125550111",
				          "campaign": "%1$s", "startedAt": "2024-01-02T10:00:00Z", "attestation": "C"},
				 "hops": [{"position": 0, "provider": {"id": "acme-voice", "name": "Acme Voice LLC", "country": "US"},
				           "role": "TERMINATING", "response": "NAMED_UPSTREAM"},
				          {"position": 1, "provider": {"id": "%1$s-p", "name": "%1$s", "country": "US"},
				           "role": "ORIGINATING", "response": "IS_ORIGIN"}]}
				""".formatted(payload.replace("\"", "\\\""));
		MvcTestResult posted = postJson("/api/tracebacks", json);
		assertThat(posted.getResponse().getStatus()).as(() -> text(posted)).isEqualTo(200);
		assertThat(this.mvc.get().uri("/api/tracebacks/{id}", payload)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.call.campaign")
			.isEqualTo(payload);
		GraphCounts after = counts();
		// A traceback, call, campaign, provider, two hops and two numbers; nothing else.
		assertThat(after.nodes()).isEqualTo(before.nodes() + 8);
		assertThat(rows("MATCH (t:Traceback) WHERE t.tracebackId STARTS WITH 'FX-T-' RETURN count(t) AS n", Map.of()))
			.containsExactly(Map.of("n", 20L));
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
