package org.tracebackgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The measuring half of {@code bench/run.sh}: the script has generated the data, imported
 * it through the app's bulk path, started the app and PostgreSQL; this loads PostgreSQL,
 * asks both sides the same questions and writes the table. Arguments are
 * {@code key=value}: see run.sh.
 */
public final class BenchMain {

	private static final String[] ROLES = { "ORIGINATING", "GATEWAY", "INTERMEDIATE", "TERMINATING" };

	private final Map<String, String> args;

	private final boolean smoke;

	private final boolean big;

	private final List<String> rows = new ArrayList<>();

	private boolean missing;

	private BenchMain(Map<String, String> args) {
		this.args = args;
		this.smoke = Boolean.parseBoolean(args.getOrDefault("smoke", "false"));
		// Above 2M hops (the 1M-traceback run) the slow questions are repeated less, so
		// that the run fits in its time on 2 cores: the import alone takes ~40 min there.
		this.big = Long.parseLong(args.get("hops")) > 2_000_000;
	}

	public static void main(String[] arguments) throws Exception {
		Map<String, String> args = new HashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			args.put(argument.substring(0, equals), argument.substring(equals + 1));
		}
		BenchMain bench = new BenchMain(args);
		bench.run();
		System.exit(bench.missing ? 1 : 0);
	}

	private void run() throws Exception {
		long hops = Long.parseLong(this.args.get("hops"));
		try (PostgresBaseline pg = new PostgresBaseline(this.args.get("pg"));
				GraphSide graph = new GraphSide(this.args.get("http"), this.args.get("key"), this.args.get("bolt"),
						this.args.get("boltPassword"), Path.of(this.args.get("cypher")))) {
			log("PostgreSQL load");
			double pgSeconds = pg.load(Path.of(this.args.get("csv"))) / 1e9;
			double appSeconds = Double.parseDouble(this.args.get("importMs")) / 1000;
			row("M1 ingest, hops/s (higher is better): app CLI bulk import vs PostgreSQL COPY+normalise+index",
					hops / appSeconds, hops / pgSeconds, false);
			ingestOverRest(graph, hops / pgSeconds);
			routes(pg, graph);
			ranking(pg, graph);
			upstream(pg, graph);
			long storeBytes = Long.parseLong(this.args.get("storeBytes"));
			row("M5 store size, bytes per hop (lower is better): Neo4j store vs PostgreSQL tables+indexes",
					(double) storeBytes / hops, (double) pg.tableBytes() / hops, false);
			// Last, so that a run cut short still has every other figure in its table.
			long offlineBytes = offlineImport(pg, hops, hops / pgSeconds);
			row("M5 store size, bytes per hop: store written by neo4j-admin import (no indexes) vs PostgreSQL",
					(double) offlineBytes / hops, (double) pg.tableBytes() / hops, false);
		}
		System.out.print(table());
	}

	/**
	 * The table so far, written after every row so that a run cut short keeps its
	 * figures.
	 */
	private String table() throws IOException {
		StringBuilder table = new StringBuilder(
				"| metric | Traceback Graph | PostgreSQL | ratio (ours / PG) |\n|---|---|---|---|\n");
		this.rows.forEach((row) -> table.append(row).append('\n'));
		Files.writeString(Path.of(this.args.get("out")), table);
		return table.toString();
	}

	private long offlineImport(PostgresBaseline pg, long hops, double pgHopsPerSecond) throws Exception {
		log("M1 neo4j-admin database import full");
		Path home = Path.of(this.args.getOrDefault("adminHome",
				Path.of(this.args.get("out")).toAbsolutePath().resolveSibling("admin").toString()));
		double seconds = OfflineImport.run(pg.connection(), home, System.getProperty("java.class.path")) / 1e9;
		row("M1 ingest, hops/s: neo4j-admin offline import (same model, files prepared untimed) vs PostgreSQL COPY",
				hops / seconds, pgHopsPerSecond, false);
		try (Stream<Path> files = Files.walk(home.resolve("data/databases/neo4j"))) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private void ingestOverRest(GraphSide graph, double pgHopsPerSecond) throws Exception {
		log("M1 REST posts");
		List<String> bodies = new ArrayList<>();
		long hops = 0;
		try (BufferedReader reader = Files.newBufferedReader(Path.of(this.args.get("sample")))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				bodies.add(line);
				hops += line.split("\"position\"", -1).length - 1;
			}
		}
		long start = System.nanoTime();
		for (String body : bodies) {
			graph.postJson(body);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		row("M1 ingest, hops/s: one REST POST per traceback (" + bodies.size() + " tracebacks) vs PostgreSQL COPY",
				hops / seconds, pgHopsPerSecond, false);
	}

	private void routes(PostgresBaseline pg, GraphSide graph) throws Exception {
		int runs = this.smoke ? 200 : 10_000;
		int warmUp = this.smoke ? 20 : this.big ? 200 : 500;
		List<String> calls = pg.randomCalls(runs + warmUp, 0.42);
		int size = calls.size();
		log("M2 route lookups over REST");
		Timings rest = Timings.measure(warmUp, runs, (i) -> graph.routeOverRest(calls.get(i % size)));
		log("M2 route lookups over Bolt");
		Timings bolt = Timings.measure(warmUp, runs, (i) -> graph.routeOverBolt(calls.get(i % size)));
		log("M2 route lookups in PostgreSQL");
		Timings sql = Timings.measure(warmUp, runs, (i) -> pg.route(calls.get(i % size)));
		for (double p : new double[] { 50, 99 }) {
			row(String.format(Locale.ROOT, "M2 route of a call, p%.0f ms, REST (%,d calls)", p, runs),
					rest.percentileMs(p), sql.percentileMs(p), false);
			row(String.format(Locale.ROOT, "M2 route of a call, p%.0f ms, Cypher over Bolt", p), bolt.percentileMs(p),
					sql.percentileMs(p), false);
		}
	}

	private void ranking(PostgresBaseline pg, GraphSide graph) throws Exception {
		LocalDate[] range = pg.callDateRange();
		long days = Math.max(1, ChronoUnit.DAYS.between(range[0], range[1]) - 90);
		Random random = new Random(42);
		int runs = this.smoke || this.big ? 5 : 20;
		int warmUp = this.smoke || this.big ? 1 : 4;
		List<LocalDate> starts = new ArrayList<>();
		for (int i = 0; i < runs + warmUp; i++) {
			starts.add(range[0].plusDays(random.nextLong(days)));
		}
		log("M3 ranking");
		Timings rest = Timings.measure(warmUp, runs,
				(i) -> graph.rankingOverRest(starts.get(i), starts.get(i).plusDays(89), ROLES[i % ROLES.length]));
		Timings sql = Timings.measure(warmUp, runs,
				(i) -> pg.ranking(starts.get(i), starts.get(i).plusDays(89), ROLES[i % ROLES.length]));
		row("M3 top 20 providers by role in a 90-day window, p50 ms, REST vs GROUP BY", rest.percentileMs(50),
				sql.percentileMs(50), false);
		row("M3 same, p99 ms", rest.percentileMs(99), sql.percentileMs(99), false);
	}

	private void upstream(PostgresBaseline pg, GraphSide graph) throws Exception {
		List<String> providers = pg.bigAndSmallProvider();
		int runs = this.smoke ? 3 : this.big ? 5 : 10;
		int warmUp = this.smoke || this.big ? 1 : 2;
		for (String provider : providers) {
			for (int depth = 1; depth <= 5; depth++) {
				int d = depth;
				log("M4 upstream of " + provider + " depth " + d);
				Timings rest = Timings.measure(warmUp, runs, (i) -> graph.upstreamOverRest(provider, d));
				Timings sql = Timings.measure(warmUp, runs, (i) -> pg.upstream(provider, d));
				String label = "M4 upstream of " + provider + " ("
						+ (provider.equals(providers.getFirst()) ? "big" : "small") + "), depth " + d;
				row(label + ", p50 ms, REST vs WITH RECURSIVE", rest.percentileMs(50), sql.percentileMs(50), false);
				row(label + ", p95 ms", rest.percentileMs(95), sql.percentileMs(95), false);
			}
		}
	}

	private void row(String metric, double ours, double baseline, boolean allowedMissing) throws IOException {
		if (!allowedMissing && (Double.isNaN(ours) || Double.isNaN(baseline))) {
			this.missing = true;
		}
		this.rows.add("| " + metric + " | " + format(ours) + " | " + format(baseline) + " | " + format(ours / baseline)
				+ " |");
		table();
	}

	private static String format(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, (value >= 100) ? "%,.0f" : "%.2f", value);
	}

	private static void log(String step) {
		System.err.println("[bench] " + step);
	}

}
