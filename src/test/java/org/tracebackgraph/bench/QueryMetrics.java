package org.tracebackgraph.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * M2–M4: the same questions to both sides, timed, then the answers compared row by row.
 * Every side's answers are kept during its timed runs and compared only afterwards, so
 * the check adds nothing to any figure; REST answers are kept as the JSON received
 * (parsing is the client's work, not the app's).
 */
final class QueryMetrics {

	private static final String[] ROLES = { "ORIGINATING", "GATEWAY", "INTERMEDIATE", "TERMINATING" };

	private final PostgresBaseline pg;

	private final GraphSide graph;

	private final AnswerChecks checks;

	private final ResultTable table;

	private final boolean smoke;

	private final Runnable written;

	/**
	 * @param written told after every row, so that a run cut short keeps its figures
	 */
	QueryMetrics(PostgresBaseline pg, GraphSide graph, AnswerChecks checks, ResultTable table, boolean smoke,
			Runnable written) {
		this.pg = pg;
		this.graph = graph;
		this.checks = checks;
		this.table = table;
		this.smoke = smoke;
		this.written = written;
	}

	void routes() throws Exception {
		int runs = this.smoke ? 200 : 10_000;
		// A served app is warm: the JIT compiles the request path (the client's too)
		// only after thousands of requests. At 1M, a series of 10,000 after 7,500 had
		// a p99 of 6.7 ms, the next one 3.7.
		int warmUp = this.smoke ? 20 : 20_000;
		List<String> calls = this.pg.randomCalls(runs + warmUp, 0.42);
		int size = calls.size();
		log("M2 route lookups over REST");
		Timings.Measured<String> rest = Timings.measure(warmUp, runs,
				(i) -> this.graph.routeOverRest(calls.get(i % size)));
		log("M2 REST floor: /actuator/health/liveness");
		Timings.Measured<String> floor = Timings.measure(warmUp, runs, (i) -> this.graph.liveness());
		log("M2 route lookups over Bolt");
		Timings.Measured<List<Answers.Hop>> bolt = Timings.measure(warmUp, runs,
				(i) -> this.graph.routeOverBolt(calls.get(i % size)));
		log("M2 route lookups in PostgreSQL");
		Timings.Measured<List<Answers.Hop>> sql = Timings.measure(warmUp, runs,
				(i) -> this.pg.route(calls.get(i % size)));
		String restCheck = "M2 route hops (position, provider, role), REST vs SQL";
		String boltCheck = "M2 route hops (position, provider, role), Cypher over Bolt vs SQL";
		for (int i = 0; i < runs; i++) {
			String input = "call " + calls.get((warmUp + i) % size);
			List<Answers.Hop> expected = sql.answers().get(i);
			this.checks.same(restCheck, input, "SQL", expected, "REST", rest.answers().get(i), Answers::route);
			List<Answers.Hop> overBolt = new ArrayList<>(bolt.answers().get(i));
			overBolt.sort(Answers.CALL_ORDER);
			this.checks.same(boltCheck, input, "SQL", expected, "Bolt", overBolt);
		}
		this.table.latency("M2 route of a call, REST `GET /api/calls/{id}/route` vs SQL join",
				this.checks.verdict(restCheck), rest.timings(), sql.timings());
		this.table.latency("M2 REST floor, `GET /actuator/health/liveness` (same client and count; no database)", "—",
				floor.timings(), null);
		this.table.latency("M2 route of a call, the app's route query over Bolt vs SQL join",
				this.checks.verdict(boltCheck), bolt.timings(), sql.timings());
		this.written.run();
	}

	void ranking() throws Exception {
		LocalDate[] range = this.pg.callDateRange();
		long days = Math.max(1, ChronoUnit.DAYS.between(range[0], range[1]) - 90);
		Random random = new Random(42);
		// Both sides answer in well under a second now, at 1M too: the same count at
		// every size, and enough warm-up that the served app's JIT has compiled the query
		// path (at 1M: 10 windows after the route lookups left a p50 of 36 ms, 40 one of
		// 17-23).
		int runs = this.smoke ? 5 : 20;
		int warmUp = this.smoke ? 1 : 40;
		List<LocalDate> starts = new ArrayList<>();
		for (int i = 0; i < runs + warmUp; i++) {
			starts.add(range[0].plusDays(random.nextLong(days)));
		}
		log("M3 ranking over REST");
		String check = "M3 top 20 (provider, calls in role), REST vs GROUP BY";
		Timings.Measured<String> rest = guarded(check, "the first window", () -> Timings.measure(warmUp, runs,
				(i) -> this.graph.rankingOverRest(starts.get(i), starts.get(i).plusDays(89), role(i))));
		log("M3 ranking in PostgreSQL");
		Timings.Measured<List<Answers.Ranked>> sql = Timings.measure(warmUp, runs,
				(i) -> this.pg.ranking(starts.get(i), starts.get(i).plusDays(89), role(i)));
		for (int i = 0; rest != null && i < runs; i++) {
			LocalDate from = starts.get(warmUp + i);
			String role = role(warmUp + i);
			this.checks.same(check, "role=" + role + " from=" + from + " to=" + from.plusDays(89), "SQL",
					sql.answers().get(i), "REST", rest.answers().get(i), (json) -> Answers.ranking(json, role));
		}
		this.table.latency("M3 top 20 providers by role in a 90-day window, REST vs GROUP BY",
				this.checks.verdict(check), (rest != null) ? rest.timings() : null, sql.timings());
		this.written.run();
	}

	void upstream() throws Exception {
		List<String> providers = this.pg.bigAndSmallProvider();
		int runs = this.smoke ? 5 : 10;
		int warmUp = this.smoke ? 1 : 5;
		for (String provider : providers) {
			String kind = provider.equals(providers.getFirst()) ? "big" : "small";
			for (int depth = 1; depth <= 5; depth++) {
				int d = depth;
				String input = "provider " + provider + " depth " + d;
				String check = "M4 upstream (provider, distance), REST vs WITH RECURSIVE, " + kind + " provider depth "
						+ d;
				log("M4 upstream of " + provider + " depth " + d);
				Timings.Measured<String> rest = guarded(check, input,
						() -> Timings.measure(warmUp, runs, (i) -> this.graph.upstreamOverRest(provider, d)));
				Timings.Measured<List<Answers.Reached>> sql = Timings.measure(warmUp, runs,
						(i) -> this.pg.upstream(provider, d));
				for (int i = 0; rest != null && i < runs; i++) {
					List<Answers.Reached> expected = new ArrayList<>(sql.answers().get(i));
					expected.sort(Answers.BY_DISTANCE);
					this.checks.same(check, input, "SQL", expected, "REST", rest.answers().get(i),
							(json) -> reachedBeyondCentre(Answers.upstream(json), provider));
				}
				this.table.latency("M4 upstream of " + provider + " (" + kind + "), depth " + d
						+ ", REST (providers and distances, maxNodes " + GraphSide.MAX_NODES + ") vs WITH RECURSIVE",
						this.checks.verdict(check), (rest != null) ? rest.timings() : null, sql.timings());
				this.written.run();
			}
		}
	}

	/**
	 * The reached providers without the centre (the SQL leaves it out), nearest first; a
	 * cut answer or one without its centre at distance 0 does not meet the contract.
	 */
	static List<Answers.Reached> reachedBeyondCentre(Answers.Upstream answer, String centre) {
		if (answer.truncated()) {
			throw new IllegalArgumentException("truncated at maxNodes=" + GraphSide.MAX_NODES
					+ ": the answer does not hold every provider in reach");
		}
		Answers.Reached centreRow = new Answers.Reached(centre, 0);
		if (!centre.equals(answer.center()) || !answer.nodes().contains(centreRow)) {
			throw new IllegalArgumentException(
					"no centre " + centre + " at distance 0 (center: " + answer.center() + ")");
		}
		List<Answers.Reached> reached = new ArrayList<>(answer.nodes());
		reached.remove(centreRow);
		reached.sort(Answers.BY_DISTANCE);
		return reached;
	}

	/**
	 * Our side's timed runs, or {@code null} (a failed check) when the app refuses the
	 * question: before the network rework, {@code maxNodes=10000} is out of range.
	 */
	private <T> Timings.Measured<T> guarded(String check, String input, Measurement<T> measurement) throws Exception {
		try {
			return measurement.run();
		}
		catch (IllegalStateException ex) {
			this.checks.fail(check, input, "REST gave no answer: " + ex.getMessage());
			return null;
		}
	}

	private static String role(int index) {
		return ROLES[index % ROLES.length];
	}

	private static void log(String step) {
		System.err.println("[bench] " + step);
	}

	@FunctionalInterface
	private interface Measurement<T> {

		Timings.Measured<T> run() throws Exception;

	}

}
