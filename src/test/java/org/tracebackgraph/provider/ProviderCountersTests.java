package org.tracebackgraph.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestTracebacks;
import org.tracebackgraph.TestTracebacks.Traceback;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.INTERMEDIATE;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

/**
 * The per-provider counters that ingest keeps for the ranking stay equal to what the hops
 * say, through creates, replacements, re-posts and letters, each test on a small graph of
 * its own. Ranking rows read as in {@link ProviderRankingTests}.
 */
class ProviderCountersTests extends GraphTest {

	private ProviderRankings.Answer ranking(String query) {
		return ProviderRankings.read(this.mvc.get().uri("/api/providers/ranking" + query).exchange());
	}

	/**
	 * Two calls robo originated in campaign K, the first answered after 30 hours (late),
	 * the second not at all.
	 *
	 * <pre>
	 * T1 2024-01-05 K  robo (late) -> whole -> acme
	 * T2 2024-02-10 K  robo (no answer) -> gw -> whole -> acme
	 * </pre>
	 */
	private static Traceback[] twoCallsOfRobo() {
		return new Traceback[] {
				traceback("T1").on("2024-01-05")
					.campaign("K")
					.hops(hop(2, "robo", ORIGINATING).answeredAfterHours(30), hop(1, "whole", INTERMEDIATE),
							hop(0, "acme", TERMINATING)),
				traceback("T2").on("2024-02-10")
					.campaign("K")
					.hops(hop(3, "robo", ORIGINATING).noAnswer(), hop(2, "gw", GATEWAY), hop(1, "whole", INTERMEDIATE),
							hop(0, "acme", TERMINATING)) };
	}

	@Test
	void theCountersOfTracebacksAndALettersCallsMatchTheirHopsInEveryRole() {
		load(twoCallsOfRobo());
		assertThat(letter("L-ROBO", "robo", "2024-03-01", "2024-03-02")).hasStatusOk();

		assertThat(counterDrift()).isEmpty();
		assertThat(counters("robo")).isEqualTo(Map.ofEntries(Map.entry("tracedCalls", 4L), Map.entry("originating", 2L),
				Map.entry("gateway", 0L), Map.entry("intermediate", 0L), Map.entry("terminating", 0L),
				Map.entry("unknown", 2L), Map.entry("tracedHops", 4L), Map.entry("noResponses", 1L),
				Map.entry("lateResponses", 1L), Map.entry("firstSeen", LocalDate.parse("2024-01-05")),
				Map.entry("lastSeen", LocalDate.parse("2024-03-02"))));
	}

	@Test
	void aReplacedTracebackMovesItsCallsToItsNewProvidersAndKeepsTheWidestWindow() {
		load(traceback("R1").on("2024-01-15")
			.campaign("S")
			.hops(hop(2, "overseas", ORIGINATING).in("IN").noAnswer(), hop(1, "gw-a", GATEWAY),
					hop(0, "acme", TERMINATING)),
				traceback("R2").on("2024-03-01").campaign("S").hops(spam(), hop(1, "gw-a", GATEWAY), acme()),
				traceback("R3").on("2024-04-10").campaign("S").hops(spam(), hop(1, "gw-b", GATEWAY), acme()));
		assertThat(ranking("?role=GATEWAY").idsAndCalls()).containsExactly("gw-a 2", "gw-b 1");

		// R1 again, now through gw-b instead of gw-a, and answered
		assertThat(postJson("/api/tracebacks", TestTracebacks.json(traceback("R1").on("2024-01-15")
			.campaign("S")
			.hops(hop(2, "overseas", ORIGINATING).in("IN"), hop(1, "gw-b", GATEWAY), hop(0, "acme", TERMINATING)))))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"created\": 0, \"replaced\": 1, \"unchanged\": 0}");

		// gw-a lost R1's call (2024-01-15) but keeps the widest window seen; gw-b's
		// widens to it
		assertThat(ranking("?role=GATEWAY").rows()).containsExactly(
				"gw-b 2 0/2/0/0/0 1 2024-01-15..2024-04-10 2 0 0 0.0",
				"gw-a 1 0/1/0/0/0 1 2024-01-15..2024-03-01 1 0 0 0.0");
		// overseas answered this time
		assertThat(ranking("?role=ORIGINATING").rows())
			.contains("overseas 1 1/0/0/0/0 1 2024-01-15..2024-01-15 1 0 0 0.0");
		// acme, on the call before and after, counts it once
		assertThat(ranking("?role=TERMINATING").rows())
			.containsExactly("acme 3 0/0/0/3/0 1 2024-01-15..2024-04-10 3 0 0 0.0");
		// the campaign's and the window's counters keep exact dates
		var exact = ranking("?campaign=S&role=GATEWAY").rows();
		assertThat(exact).containsExactly("gw-b 2 0/2/0/0/0 1 2024-01-15..2024-04-10 2 0 0 0.0",
				"gw-a 1 0/1/0/0/0 1 2024-03-01..2024-03-01 1 0 0 0.0");
		assertThat(ranking("?from=2024-01-01&to=2024-12-31&role=GATEWAY").rows()).isEqualTo(exact);
		assertThat(counterDrift()).isEmpty();
	}

	@Test
	void postingTheSameTracebacksAgainCountsNothingTwice() {
		load(RankingGraphs.nineProviders());
		List<String> before = ranking("").rows();
		List<String> window = ranking("?from=2024-02-01&to=2024-05-31").rows();
		List<String> campaign = ranking("?campaign=K").rows();

		assertThat(postJson("/api/tracebacks", TestTracebacks.json(RankingGraphs.nineProviders()))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"created\": 0, \"replaced\": 0, \"unchanged\": 6}");

		assertThat(ranking("").rows()).isEqualTo(before)
			.startsWith("acme 4 0/0/0/4/0 2 2024-01-05..2024-04-20 4 0 0 0.0");
		assertThat(ranking("?from=2024-02-01&to=2024-05-31").rows()).isEqualTo(window)
			.startsWith("acme 3 0/0/0/3/0 2 2024-02-10..2024-04-20 3 0 0 0.0");
		assertThat(ranking("?campaign=K").rows()).isEqualTo(campaign)
			.startsWith("acme 2 0/0/0/2/0 1 2024-01-05..2024-02-10 2 0 0 0.0");
		assertThat(counterDrift()).isEmpty();
	}

	@Test
	void aProviderTwiceOnOneRouteCountsTheCallOnceAndEachOfItsRolesOnce() {
		String twice = """
				{"tracebackId": "TWICE-1", "call": {"callId": "TWICE-C-1", "startedAt": "2024-02-01T10:00:00Z"},
				 "hops": [
				   {"position": 0, "provider": {"id": "loop-tel"}, "role": "TERMINATING", "response": "NAMED_UPSTREAM"},
				   {"position": 1, "provider": {"id": "loop-tel"}, "role": "INTERMEDIATE", "response": "NO_RESPONSE"}]}
				""";
		assertThat(postJson("/api/tracebacks", twice)).hasStatusOk();

		assertThat(ranking("").rows()).containsExactly("loop-tel 1 0/0/1/1/0 0 2024-02-01..2024-02-01 2 1 0 0.5");
		assertThat(counterDrift()).isEmpty();

		assertThat(postJson("/api/tracebacks",
				twice.replace("\"NO_RESPONSE\"", "\"IS_ORIGIN\"").replace("\"INTERMEDIATE\"", "\"ORIGINATING\"")))
			.hasStatusOk();

		assertThat(ranking("").rows()).containsExactly("loop-tel 1 1/0/0/1/0 0 2024-02-01..2024-02-01 2 0 0 0.0");
		assertThat(counterDrift()).isEmpty();
	}

	@Test
	void theDemoLetterCounts115CallsForBandwidthAllAtAnUnknownPosition() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "letter.json", "application/json",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-letter.json")))
			.file(new MockMultipartFile("chart", "chart.csv", "text/csv",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-attachment-a.csv")))
			.exchange()).hasStatusOk();

		assertThat(counters("bandwidth-inc"))
			.isEqualTo(Map.ofEntries(Map.entry("tracedCalls", 115L), Map.entry("originating", 0L),
					Map.entry("gateway", 0L), Map.entry("intermediate", 0L), Map.entry("terminating", 0L),
					Map.entry("unknown", 115L), Map.entry("tracedHops", 115L), Map.entry("noResponses", 0L),
					Map.entry("lateResponses", 0L), Map.entry("firstSeen", LocalDate.parse("2021-01-22")),
					Map.entry("lastSeen", LocalDate.parse("2023-09-07"))));
		assertThat(ranking("?role=UNKNOWN").rows())
			.containsExactly("bandwidth-inc 115 0/0/0/0/115 21 2021-01-22..2023-09-07 115 0 0 0.0");
		assertThat(ranking("?role=ORIGINATING").rows()).isEmpty();
		assertThat(counterDrift()).isEmpty();
	}

	@Test
	void aLettersChartRowThatChangesReplacesItsCount() {
		load(twoCallsOfRobo());
		assertThat(letter("L-ROBO", "robo", "2024-03-01", "2024-03-02")).hasStatusOk();

		// the same letter again, its first row's call now on 2024-07-01
		assertThat(letter("L-ROBO", "robo", "2024-07-01", "2024-03-02")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": {\"created\": 0, \"replaced\": 1, \"unchanged\": 1}}");

		assertThat(ranking("?role=UNKNOWN").rows())
			.containsExactly("robo 4 2/0/0/0/2 1 2024-01-05..2024-07-01 4 1 1 0.25");
		assertThat(ranking("?role=UNKNOWN&from=2024-03-01&to=2024-03-31").rows())
			.containsExactly("robo 1 0/0/0/0/1 1 2024-03-02..2024-03-02 1 0 0 0.0");
		assertThat(ranking("?role=UNKNOWN&from=2024-07-01").idsAndCalls()).containsExactly("robo 1");
		assertThat(counterDrift()).isEmpty();
	}

	private static TestTracebacks.Hop spam() {
		return hop(2, "spam", ORIGINATING);
	}

	private static TestTracebacks.Hop acme() {
		return hop(0, "acme", TERMINATING);
	}

	/**
	 * Imports a letter to the recipient dated 2024-03-15 through the app, its chart
	 * listing one call of campaign K per day given, notified the same day (the recipient
	 * carried each at a hop nobody placed); rows are numbered in order.
	 */
	private MvcTestResult letter(String letterId, String recipientId, String... callDays) {
		String chart = Stream.of(callDays)
			.map(day -> day + "," + day + ",K")
			.collect(Collectors.joining("\n", "Date of ITG Notification,Date of Call,Robocall Campaign Identifier\n",
					"\n"));
		return this.mvc.post()
			.uri("/api/imports/letters?letterId={l}&recipient={r}&recipientId={id}&issuer={i}&issuedOn={d}&kind={k}",
					letterId, recipientId, recipientId, "Federal Trade Commission", "2024-03-15",
					"cease-and-desist demand")
			.contentType("text/csv")
			.content(chart)
			.exchange();
	}

	private Map<String, Object> counters(String providerId) {
		return rows("""
				MATCH (p:Provider {providerId: $providerId})
				RETURN p.tracedCalls AS tracedCalls, p.callsAsOriginating AS originating, p.callsAsGateway AS gateway,
				       p.callsAsIntermediate AS intermediate, p.callsAsTerminating AS terminating,
				       p.callsAsUnknown AS unknown, p.tracedHops AS tracedHops, p.noResponses AS noResponses,
				       p.lateResponses AS lateResponses, p.firstSeen AS firstSeen, p.lastSeen AS lastSeen""",
				Map.of("providerId", providerId))
			.getFirst();
	}

	/**
	 * @return the providers whose counters differ from a count of their hops, with both
	 */
	private List<Map<String, Object>> counterDrift() {
		return rows(
				"""
						MATCH (p:Provider)
						CALL (p) {
						  OPTIONAL MATCH (p)<-[:BY]-(h:Hop)<-[:HAS_HOP]-(t:Traceback)
						  WITH t, collect(h) AS hs, count(h) AS hops,
						       count(CASE WHEN h:NoResponse THEN h END) AS noResponses,
						       count(CASE WHEN h:Late THEN h END) AS lateResponses
						  RETURN [count(t),
						          sum(CASE WHEN any(h IN hs WHERE h:Originating) THEN 1 ELSE 0 END),
						          sum(CASE WHEN any(h IN hs WHERE h:Gateway) THEN 1 ELSE 0 END),
						          sum(CASE WHEN any(h IN hs WHERE h:Intermediate) THEN 1 ELSE 0 END),
						          sum(CASE WHEN any(h IN hs WHERE h:Terminating) THEN 1 ELSE 0 END),
						          sum(CASE WHEN any(h IN hs WHERE h:UnknownRole) THEN 1 ELSE 0 END),
						          sum(hops), sum(noResponses), sum(lateResponses)] AS counted
						}
						WITH p, counted,
						     [coalesce(p.tracedCalls, 0), coalesce(p.callsAsOriginating, 0), coalesce(p.callsAsGateway, 0),
						      coalesce(p.callsAsIntermediate, 0), coalesce(p.callsAsTerminating, 0),
						      coalesce(p.callsAsUnknown, 0), coalesce(p.tracedHops, 0), coalesce(p.noResponses, 0), coalesce(p.lateResponses, 0)] AS kept
						WHERE kept <> counted
						RETURN p.providerId AS providerId, kept, counted""",
				Map.of());
	}

}
