package org.tracebackgraph.bench;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The benchmark's answer checks on JSON samples of each contract: a check that read the
 * wrong fields would pass every run and prove nothing.
 */
class AnswerChecksTests {

	private static final String ROUTE = """
			{"tracebackId":"G42-T7","status":"COMPLETE","complete":true,
			 "hops":[{"position":2,"provider":{"id":"orig-1","name":"O"},"role":"ORIGINATING","late":false},
			         {"position":1,"provider":{"id":"transit-3","name":"T"},"role":"INTERMEDIATE","late":false},
			         {"position":0,"provider":{"id":"term-2","name":"E"},"role":"TERMINATING","late":true}],
			 "unplacedHops":[{"provider":{"id":"bandwidth-inc"},"role":"UNKNOWN","late":false}],
			 "breaks":[],"otherTracebackIds":[]}""";

	private static final String RANKING = """
			{"items":[{"provider":{"id":"gw-1","name":"G"},"tracedCalls":40,
			           "byRole":{"originating":0,"gateway":31,"intermediate":9,"terminating":0,"unknown":0}},
			          {"provider":{"id":"gw-2","name":"H"},"tracedCalls":35,
			           "byRole":{"originating":0,"gateway":31,"intermediate":4,"terminating":0,"unknown":0}}],
			 "page":0,"size":20,"hasMore":false}""";

	private static final String UPSTREAM = """
			{"center":"term-2","direction":"UPSTREAM","depth":2,"truncated":false,
			 "nodes":[{"id":"term-2","name":"E","country":"US","distance":0,"calls":0},
			          {"id":"transit-3","name":"T","country":"US","distance":1,"calls":12},
			          {"id":"foreign-1","name":"F","country":"GB","foreign":true,"distance":2,"calls":3},
			          {"id":"gw-1","name":"G","country":"US","distance":1,"calls":30}]}""";

	/** Today's shape: nodes with distances but without calls, and every edge inline. */
	private static final String UPSTREAM_BEFORE_THE_REWORK = """
			{"center":"term-2","direction":"UPSTREAM","depth":1,"truncated":false,
			 "nodes":[{"id":"term-2","name":"E","country":"US","distance":0},
			          {"id":"gw-1","name":"G","country":"US","distance":1}],
			 "edges":[{"from":"gw-1","to":"term-2","calls":30}]}""";

	@Test
	void aRoutesHopsAreReadInCallOrderWithTheUnplacedLast() {
		assertThat(Answers.route(ROUTE)).containsExactly(new Answers.Hop(2, "orig-1", "ORIGINATING"),
				new Answers.Hop(1, "transit-3", "INTERMEDIATE"), new Answers.Hop(0, "term-2", "TERMINATING"),
				new Answers.Hop(null, "bandwidth-inc", "UNKNOWN"));
	}

	@Test
	void hopsInAnyOrderSortIntoTheRoutesCallOrder() {
		List<Answers.Hop> shuffled = new ArrayList<>(
				List.of(new Answers.Hop(null, "bandwidth-inc", "UNKNOWN"), new Answers.Hop(0, "term-2", "TERMINATING"),
						new Answers.Hop(2, "orig-1", "ORIGINATING"), new Answers.Hop(1, "transit-3", "INTERMEDIATE")));

		shuffled.sort(Answers.CALL_ORDER);

		assertThat(shuffled).isEqualTo(Answers.route(ROUTE));
	}

	@Test
	void aRankingGivesEachProvidersCallsInTheAskedRoleInTheAnswersOrder() {
		assertThat(Answers.ranking(RANKING, "GATEWAY")).containsExactly(new Answers.Ranked("gw-1", 31),
				new Answers.Ranked("gw-2", 31));
		assertThat(Answers.ranking(RANKING, "INTERMEDIATE")).containsExactly(new Answers.Ranked("gw-1", 9),
				new Answers.Ranked("gw-2", 4));
	}

	@Test
	void anUpstreamAnswerGivesTheProvidersBeyondTheCentreNearestFirstThenById() {
		List<Answers.Reached> reached = QueryMetrics.reachedBeyondCentre(Answers.upstream(UPSTREAM), "term-2");

		assertThat(reached).containsExactly(new Answers.Reached("gw-1", 1), new Answers.Reached("transit-3", 1),
				new Answers.Reached("foreign-1", 2));
	}

	@Test
	void anUpstreamAnswerThatMatchesTheSqlRowsPassesItsCheck() {
		AnswerChecks checks = new AnswerChecks();
		List<Answers.Reached> sql = List.of(new Answers.Reached("gw-1", 1), new Answers.Reached("transit-3", 1),
				new Answers.Reached("foreign-1", 2));

		checks.same("M4", "term-2 depth 2", "SQL", sql, "REST", UPSTREAM,
				(json) -> QueryMetrics.reachedBeyondCentre(Answers.upstream(json), "term-2"));

		assertThat(checks.failed()).isFalse();
		assertThat(checks.verdict("M4")).isEqualTo("same (1 of 1)");
	}

	@Test
	void anUpstreamAnswerInTheShapeBeforeTheNetworkReworkFailsItsCheck() {
		AnswerChecks checks = new AnswerChecks();

		checks.same("M4", "term-2 depth 1", "SQL", List.of(new Answers.Reached("gw-1", 1)), "REST",
				UPSTREAM_BEFORE_THE_REWORK,
				(json) -> QueryMetrics.reachedBeyondCentre(Answers.upstream(json), "term-2"));

		assertThat(checks.failed()).isTrue();
		assertThat(checks.verdict("M4")).isEqualTo("DIFFER (1 of 1)");
		assertThat(checks.markdown()).contains("M4 [term-2 depth 1]", "'edges'");
	}

	@Test
	void aTruncatedUpstreamAnswerIsRefused() {
		String truncated = UPSTREAM.replace("\"truncated\":false", "\"truncated\":true");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> QueryMetrics.reachedBeyondCentre(Answers.upstream(truncated), "term-2"))
			.withMessageContaining("truncated");
	}

	@Test
	void anUpstreamAnswerWithoutItsCentreAtDistanceZeroIsRefused() {
		String withoutCentre = UPSTREAM.replace("\"distance\":0", "\"distance\":1");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> QueryMetrics.reachedBeyondCentre(Answers.upstream(withoutCentre), "term-2"))
			.withMessageContaining("no centre term-2");
	}

	@Test
	void theFirstDifferenceNamesTheRowAndBothSidesValues() {
		String difference = AnswerChecks.firstDifference("SQL",
				List.of(new Answers.Ranked("a", 3), new Answers.Ranked("b", 2)), "REST",
				List.of(new Answers.Ranked("a", 3), new Answers.Ranked("c", 2)));

		assertThat(difference).isEqualTo("first difference at row 2 of 2/2: SQL (b, 2), REST (c, 2)");
	}

	@Test
	void aMissingRowIsADifferenceNamingTheFirstExtraRow() {
		String difference = AnswerChecks.firstDifference("SQL",
				List.of(new Answers.Reached("a", 1), new Answers.Reached("b", 2)), "REST",
				List.of(new Answers.Reached("a", 1)));

		assertThat(difference).isEqualTo("SQL has 2 rows, REST 1; first extra row (SQL): (b, 2)");
		assertThat(AnswerChecks.firstDifference("SQL", List.of(1, 2), "REST", List.of(1, 2))).isNull();
	}

	@Test
	void theMachineIsQuietOnlyWithNoOtherJvmOrPostgresWhateverItsOwnLoad() {
		MachineLoad.Snapshot alone = new MachineLoad.Snapshot("1.70 0.90 0.40", 1.7, 0, 0);
		MachineLoad.Snapshot anotherJvm = new MachineLoad.Snapshot("0.20 0.30 0.40", 0.2, 1, 0);
		MachineLoad.Snapshot anotherPostgres = new MachineLoad.Snapshot("0.20 0.30 0.40", 0.2, 0, 3);

		assertThat(MachineLoad.quiet(alone, alone)).isTrue();
		assertThat(MachineLoad.quiet(alone, anotherJvm)).isFalse();
		assertThat(MachineLoad.quiet(anotherJvm, alone)).isFalse();
		assertThat(MachineLoad.quiet(alone, anotherPostgres)).isFalse();
		assertThat(MachineLoad.now(-1, -1).loadAverage()).matches("[0-9.]+ [0-9.]+ [0-9.]+");
	}

}
