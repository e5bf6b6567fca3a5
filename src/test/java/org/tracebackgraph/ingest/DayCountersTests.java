package org.tracebackgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestTracebacks;
import org.tracebackgraph.cli.CommandLines;
import org.tracebackgraph.neo4j.CypherQuery;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

/**
 * The month and campaign counters, with their days, stay what counting the stored
 * tracebacks from scratch gives, through creates, replacements and calls shared between
 * tracebacks, and the rankings read from them answer as the rankings that count the
 * calls.
 */
class DayCountersTests extends GraphTest {

	private static final List<String> PROVIDERS = List.of("orig-a", "orig-b", "orig-c", "gw-a", "gw-b", "mid-a",
			"mid-b", "mid-c", "term-a", "term-b");

	private static final List<String> ROLES = List.of("ANY", "ORIGINATING", "GATEWAY", "INTERMEDIATE", "TERMINATING",
			"UNKNOWN");

	private static final String[] CAMPAIGNS = { "Auto-Warranty", "SSA-Impostor", "Utility-Shutoff", null };

	private static final LocalDate FIRST_DAY = LocalDate.parse("2023-11-20");

	@Autowired
	DayCounters dayCounters;

	@Autowired
	ApplicationContext context;

	@Autowired
	TracebackWriter writer;

	@Autowired
	TracebackValidator validator;

	@Autowired
	JsonMapper json;

	private final CypherQuery countersAreBuilt = CypherQuery.load("queries/provider/day-counters-are-built");

	@Test
	void incrementalCountersEqualARecountAfterCreatesReplacementsAndSharedCalls() {
		Random random = new Random(7);
		assertThat(postJson("/api/tracebacks", json(randomTracebacks(random, "T", 0, 160)))).hasStatusOk();
		// the same ids again with other routes, dates and campaigns, some now sharing
		// calls
		assertThat(postJson("/api/tracebacks", json(randomTracebacks(random, "T", 60, 200)))).hasStatusOk();
		Map<String, Object> incremental = counterSnapshot();

		long counted = this.dayCounters.rebuild();

		assertThat(counted).isEqualTo(200);
		assertThat(counterSnapshot()).isEqualTo(incremental);
		assertThat(incremental).isNotEmpty();
	}

	@Test
	void changesHeldOverManyBatchesEndAsARecountAndTheRankingsCountTheCallsMeanwhile() {
		Random random = new Random(11);
		assertThat(postJson("/api/tracebacks", json(randomTracebacks(random, "T", 0, 160)))).hasStatusOk();
		List<Traceback> rewrites = validated(randomTracebacks(random, "T", 60, 260));
		List<Boolean> builtMeanwhile = new ArrayList<>();

		// at most 7 counters held: written many times over, between and after batches
		try (DeferredDayCounts deferred = this.writer.deferCounters(7)) {
			for (int from = 0; from < rewrites.size(); from += 13) {
				this.writer.write(rewrites.subList(from, Math.min(from + 13, rewrites.size())), deferred);
				builtMeanwhile.add(countersAreBuilt());
			}
		}
		Map<String, Object> held = counterSnapshot();

		assertThat(builtMeanwhile).hasSize(16).containsOnly(false);
		assertThat(countersAreBuilt()).isTrue();
		assertThat(this.dayCounters.rebuild()).isEqualTo(260);
		assertThat(counterSnapshot()).isEqualTo(held);
	}

	@Test
	void anImportThatDiesHoldingChangesLeavesTheRankingsCountingTheCallsUntilRebuilt() {
		Random random = new Random(12);
		assertThat(postJson("/api/tracebacks", json(randomTracebacks(random, "T", 0, 40)))).hasStatusOk();
		Map<String, Object> counted = counterSnapshot();
		// held, never closed: what a killed process leaves
		DeferredDayCounts deferred = this.writer.deferCounters(1_000);
		this.writer.write(validated(randomTracebacks(random, "U", 0, 30)), deferred);

		assertThat(counterSnapshot()).isEqualTo(counted);
		assertThat(countersAreBuilt()).isFalse();
		this.dayCounters.rebuild();
		assertThat(countersAreBuilt()).isTrue();
		assertThat(counterSnapshot()).isNotEqualTo(counted);
	}

	@Test
	void writesRunningAtTheSameTimeLoseNoCountAndLeaveNoCounterLocked() throws Exception {
		// Two writers, each sending its own tracebacks over the same providers and months
		// in small batches: every batch reads and rewrites the counters they share.
		ExecutorService writers = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 2; writer++) {
				int first = writer * 120;
				Random random = new Random(31 + writer);
				done.add(writers.submit(() -> {
					for (int batch = first; batch < first + 120; batch += 8) {
						assertThat(postJson("/api/tracebacks", json(randomTracebacks(random, "T", batch, batch + 8))))
							.hasStatusOk();
					}
				}));
			}
			for (Future<?> writer : done) {
				writer.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			writers.shutdownNow();
		}
		Map<String, Object> incremental = counterSnapshot();

		assertThat(this.dayCounters.rebuild()).isEqualTo(240);
		assertThat(counterSnapshot()).isEqualTo(incremental);
		assertThat(rows("MATCH (n) WHERE n._LOCK_ IS NOT NULL RETURN n", Map.of())).isEmpty();
	}

	@Test
	void aTracebackThatRewritesASharedCallMovesTheOtherTracebacksOfTheCallToItsNewDayAndCampaign() {
		load(traceback("T-1").call("C-1").on("2024-01-10").campaign("Old-Campaign").route("orig-a", "term-a"),
				traceback("T-2").call("C-1").on("2024-01-10").campaign("Old-Campaign").route("orig-b", "term-a"));
		load(traceback("T-2").call("C-1").on("2024-03-05").campaign("New-Campaign").route("orig-b", "mid-a", "term-a"));

		assertThat(rows("""
				MATCH (m:ProviderMonth {providerId: 'orig-a'})
				RETURN toString(m.month) AS month, m.counts[0] AS calls, m.days AS days, m.dayCounts[0] AS callsOnDay
				""", Map.of()))
			.containsExactly(Map.of("month", "2024-03-01", "calls", 1L, "days", List.of(5L), "callsOnDay", 1L));
		assertThat(rows("""
				MATCH (m:ProviderCampaignMonth {providerId: 'term-a'})
				RETURN m.campaign AS campaign, toString(m.month) AS month, m.days AS days, m.dayCounts[0] AS calls
				""", Map.of())).containsExactly(
				Map.of("campaign", "New-Campaign", "month", "2024-03-01", "days", List.of(5L), "calls", 2L));
		Map<String, Object> incremental = counterSnapshot();
		this.dayCounters.rebuild();
		assertThat(counterSnapshot()).isEqualTo(incremental);
	}

	@Test
	void aCallWrittenTwiceInOneBatchCountsBothTracebacksWhereItsLastRowPutsIt() {
		load(traceback("T-1").call("C-1").on("2024-01-10").campaign("Old-Campaign").route("orig-a", "term-a"),
				traceback("T-2").call("C-1").on("2024-02-07").route("orig-b", "mid-a", "term-a"));

		assertThat(rows("""
				MATCH (m:ProviderMonth {providerId: 'term-a'})
				RETURN toString(m.month) AS month, m.counts[0] AS calls, m.days AS days
				""", Map.of())).containsExactly(Map.of("month", "2024-02-01", "calls", 2L, "days", List.of(7L)));
		assertThat(rows("MATCH (m:ProviderCampaignMonth) RETURN m.campaign AS campaign", Map.of())).isEmpty();
		Map<String, Object> incremental = counterSnapshot();
		this.dayCounters.rebuild();
		assertThat(counterSnapshot()).isEqualTo(incremental);
	}

	@Test
	void rankingsFromTheCountersAnswerAsTheRankingsThatCountTheCalls() {
		Random random = new Random(11);
		assertThat(postJson("/api/tracebacks", json(randomTracebacks(random, "T", 0, 220)))).hasStatusOk();
		assertThat(postJson("/api/tracebacks", json(randomTracebacks(random, "T", 150, 240)))).hasStatusOk();
		CypherQuery ofCalls = CypherQuery.load("queries/provider/ranking-of-calls");
		CypherQuery inWindow = CypherQuery.load("queries/provider/ranking-in-window");
		CypherQuery inCampaign = CypherQuery.load("queries/provider/ranking-in-campaign");
		List<LocalDate[]> windows = new ArrayList<>(
				List.of(window("2023-12-01", "2024-02-29"), window("2023-11-20", "2023-11-20"),
						window("2023-12-15", "2024-01-14"), window("2024-01-01", "2024-01-31"),
						window(null, "2024-01-03"), window("2024-02-10", null), window("2022-01-01", "2022-12-31"),
						// inside one month, across a month's end, a leap February whole
						// or
						// not
						window("2024-01-08", "2024-01-21"), window("2024-01-22", "2024-02-07"),
						window("2024-02-22", "2024-02-29"), window("2024-02-01", "2024-02-28"),
						window("2024-02-01", "2024-02-29"), window("2023-12-21", "2024-01-22")));
		for (int i = 0; i < 20; i++) {
			LocalDate from = FIRST_DAY.plusDays(random.nextInt(120));
			windows.add(new LocalDate[] { from, from.plusDays(random.nextInt(95)) });
		}
		int compared = 0;
		for (String role : ROLES) {
			for (LocalDate[] window : windows) {
				Map<String, Object> parameters = parameters(role, null, window);
				assertThat(ranking(inWindow, parameters)).as("%s %s..%s", role, window[0], window[1])
					.isEqualTo(ranking(ofCalls, parameters));
				compared++;
			}
			for (String campaign : List.of("Auto-Warranty", "SSA-Impostor", "Utility-Shutoff")) {
				for (LocalDate[] window : List.of(window(null, null), windows.get(0), windows.get(4), windows.get(5),
						windows.get(8), windows.get(11), windows.get(14))) {
					Map<String, Object> parameters = parameters(role, campaign, window);
					assertThat(ranking(inCampaign, parameters)).as("%s %s %s..%s", role, campaign, window[0], window[1])
						.isEqualTo(ranking(ofCalls, parameters));
				}
			}
		}
		assertThat(compared).isEqualTo(ROLES.size() * windows.size());
		assertThat(ranking(inWindow, parameters("ANY", null, windows.get(0)))).hasSizeGreaterThan(5);
	}

	@Test
	void theRankingReadsTheCountersOnlyOnceTheyAreComplete() throws Exception {
		load(traceback("T-1").on("2024-01-10").route("orig-a", "term-a"),
				traceback("T-2").on("2024-01-11").route("orig-a", "term-b"));
		// a counter set by hand shows that the ranking reads it ...
		rows("""
				MATCH (m:ProviderMonth {providerId: 'orig-a', month: date('2024-01-01')})
				SET m.dayCounts = [40] + m.dayCounts[1..]
				""", Map.of());
		assertThat(tracedCalls("?from=2024-01-10&to=2024-01-11")).isEqualTo(41);
		// ... and a store without the mark (loaded before the counters) counts the calls
		rows("MATCH (c:Counters) DELETE c", Map.of());
		assertThat(tracedCalls("?from=2024-01-10&to=2024-01-11")).isEqualTo(2);

		this.dayCounters.rebuild();

		assertThat(tracedCalls("?from=2024-01-10&to=2024-01-11")).isEqualTo(2);
		assertThat(rows("MATCH (c:Counters) RETURN c.name AS name", Map.of())).hasSize(1);
	}

	@Test
	void aStoreCountedByAnOlderVersionWithDayAndWeekCountersIsRankedFromItsCallsUntilRebuilt() throws Exception {
		load(traceback("T-1").on("2024-01-10").route("orig-a", "term-a"),
				traceback("T-2").on("2024-01-20").route("orig-a", "term-b"));
		// version 2 kept months without their days, and days and weeks apart
		rows("""
				MATCH (m:ProviderMonth) REMOVE m.days, m.dayCounts
				WITH count(m) AS months
				CREATE (:ProviderDay {providerId: 'orig-a', day: date('2024-01-10'), counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}),
				       (:ProviderWeek {providerId: 'orig-a', week: date('2024-01-08'), counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]})
				""",
				Map.of());
		rows("MATCH (c:Counters) SET c.version = 2", Map.of());

		load(traceback("T-3").on("2024-01-12").route("orig-a", "term-a"));

		assertThat(tracedCalls("?from=2024-01-08&to=2024-01-21")).isEqualTo(3);
		assertThat(rows("MATCH (c:Counters) RETURN c.version AS version", Map.of()))
			.containsExactly(Map.of("version", 2L));
		this.dayCounters.rebuild();
		assertThat(rows("MATCH (c:Counters) RETURN c.version AS version", Map.of()))
			.containsExactly(Map.of("version", 3L));
		assertThat(rows("MATCH (n) WHERE n:ProviderDay OR n:ProviderWeek RETURN n", Map.of())).isEmpty();
		assertThat(rows("MATCH (m:ProviderMonth {providerId: 'orig-a'}) RETURN toString(m.month) AS month,"
				+ " m.counts[0] AS calls, m.days AS days", Map.of()))
			.containsExactly(Map.of("month", "2024-01-01", "calls", 3L, "days", List.of(10L, 12L, 20L)));
		assertThat(tracedCalls("?from=2024-01-08&to=2024-01-21")).isEqualTo(3);
		assertThat(tracedCalls("?from=2024-01-11&to=2024-01-31")).isEqualTo(2);
	}

	@Test
	void aStoreThatHeldTracebacksBeforeTheCountersIsNotMarkedByItsNextWrite() throws Exception {
		load(traceback("T-1").on("2024-01-10").route("orig-a", "term-a"));
		rows("MATCH (n) WHERE n:Counters OR n:ProviderMonth OR n:ProviderCampaignMonth DETACH DELETE n", Map.of());

		load(traceback("T-2").on("2024-01-11").route("orig-a", "term-b"));

		assertThat(rows("MATCH (c:Counters) RETURN c", Map.of())).isEmpty();
		assertThat(tracedCalls("?from=2024-01-01&to=2024-01-31")).isEqualTo(2);
	}

	private boolean countersAreBuilt() {
		return (Boolean) rows(this.countersAreBuilt.text(), Map.of()).getFirst().get("exists");
	}

	/** The tracebacks as ingest validates them, in order. */
	private List<Traceback> validated(List<String> tracebacks) {
		ErrorCollector errors = new ErrorCollector(10);
		List<Traceback> valid = new ArrayList<>();
		for (int i = 0; i < tracebacks.size(); i++) {
			TracebackRequest request = this.json.readValue(tracebacks.get(i), TracebackRequest.class);
			this.validator.validate(request, Locator.jsonItem(i), errors).ifPresent(valid::add);
		}
		assertThat(valid).hasSameSizeAs(tracebacks);
		return valid;
	}

	private long tracedCalls(String window) throws Exception {
		return this.mvc.get()
			.uri("/api/providers/ranking" + window + "&role=ORIGINATING")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.transform((body) -> Long.parseLong(body.replaceAll("(?s).*\"tracedCalls\"\\s*:\\s*(\\d+).*", "$1")));
	}

	private static LocalDate[] window(String from, String to) {
		return new LocalDate[] { (from != null) ? LocalDate.parse(from) : null,
				(to != null) ? LocalDate.parse(to) : null };
	}

	private static Map<String, Object> parameters(String role, String campaign, LocalDate[] window) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("role", role);
		parameters.put("campaign", campaign);
		parameters.put("from", window[0]);
		parameters.put("to", window[1]);
		parameters.put("minCalls", 1);
		parameters.put("skip", 0);
		parameters.put("limit", 100);
		return parameters;
	}

	private List<Map<String, Object>> ranking(CypherQuery query, Map<String, Object> parameters) {
		return rows(query.text(), parameters);
	}

	/** Every counter node's labels and properties, in a stable order. */
	private Map<String, Object> counterSnapshot() {
		Map<String, Object> snapshot = new HashMap<>();
		for (Map<String, Object> row : rows("""
				MATCH (n)
				WHERE n:ProviderMonth OR n:ProviderCampaignMonth OR n:ProviderCampaignUndated
				RETURN labels(n)[0] + ' ' + n.providerId + ' ' + coalesce(n.campaign, '') + ' '
				         + toString(coalesce(n.month, '')) AS key, properties(n) AS counters
				""", Map.of())) {
			snapshot.put((String) row.get("key"), row.get("counters"));
		}
		return snapshot;
	}

	/**
	 * Tracebacks {@code prefix-from} to {@code prefix-(to-1)} over ten providers and
	 * about four months, in every role, some unanswered or late, some without a campaign
	 * or a call date, some sharing a call with the one before.
	 */
	private static List<String> randomTracebacks(Random random, String prefix, int from, int to) {
		List<String> tracebacks = new ArrayList<>();
		for (int n = from; n < to; n++) {
			String callId = (n % 9 == 4) ? "C-" + (n - 1) : "C-" + n;
			TestTracebacks.Traceback traceback = traceback(prefix + "-" + n).call(callId)
				.on(FIRST_DAY.plusDays(random.nextInt(120)).toString())
				.campaign(CAMPAIGNS[random.nextInt(CAMPAIGNS.length)]);
			int length = 1 + random.nextInt(4);
			TestTracebacks.Hop[] hops = new TestTracebacks.Hop[length];
			for (int position = 0; position < length; position++) {
				String role = (position == 0) ? "TERMINATING"
						: (position == length - 1) ? "ORIGINATING" : ROLES.get(2 + random.nextInt(2));
				if (random.nextInt(10) == 0) {
					role = "UNKNOWN";
				}
				TestTracebacks.Hop hop = hop(position, PROVIDERS.get(random.nextInt(PROVIDERS.size())), role);
				int answer = random.nextInt(8);
				hops[position] = (answer == 0) ? hop.noAnswer() : (answer == 1) ? hop.answeredAfterHours(30) : hop;
			}
			String json = traceback.hops(hops).json();
			if (n % 13 == 6) {
				json = json.replaceFirst(", \"startedAt\": \"[^\"]+\"", "");
			}
			tracebacks.add(json);
		}
		return tracebacks;
	}

	private static String json(List<String> tracebacks) {
		return String.join(",", tracebacks).transform((items) -> "[" + items + "]");
	}

	@Test
	void theCommandLineRebuildsTheCountersOfAStoreLoadedBeforeThemAndSaysHowMany() throws Exception {
		load(traceback("T-1").on("2024-01-10").route("orig-a", "term-a"),
				traceback("T-2").on("2024-02-11").campaign("Auto-Warranty").route("orig-a", "mid-a", "term-b"));
		Map<String, Object> counted = counterSnapshot();
		rows("MATCH (n) WHERE n:Counters OR n:ProviderMonth OR n:ProviderCampaignMonth DETACH DELETE n", Map.of());
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = CommandLines.run(
				List.of(new CounterCommands().rebuildCounters(this.context.getBeanProvider(DayCounters.class))),
				List.of("rebuild", "counters"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Counted 2 tracebacks in ");
		assertThat(counterSnapshot()).isEqualTo(counted);
		assertThat(rows("MATCH (c:Counters) RETURN c.name AS name", Map.of()))
			.containsExactly(Map.of("name", "provider-days"));
	}

}
