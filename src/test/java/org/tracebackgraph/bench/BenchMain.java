package org.tracebackgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The measuring half of {@code bench/run.sh}: the script has generated the data, imported
 * it through the app's bulk path, started the app and PostgreSQL; this loads PostgreSQL,
 * asks both sides the same questions, checks that they gave the same answers, and writes
 * the tables, the checks, the machine's load and what each side's figure includes.
 * Arguments are {@code key=value}: see run.sh. Exits with 1 when a figure is missing or
 * an answer differs.
 */
public final class BenchMain {

	private final Map<String, String> args;

	private final boolean smoke;

	private final ResultTable table = new ResultTable();

	private final AnswerChecks checks = new AnswerChecks();

	private final long appPid;

	private final long postmasterPid;

	private MachineLoad.Snapshot startLoad;

	private MachineLoad.Snapshot endLoad;

	private BenchMain(Map<String, String> args) {
		this.args = args;
		this.smoke = Boolean.parseBoolean(args.getOrDefault("smoke", "false"));
		// Above 2M hops (the 1M-traceback run) the slow questions are repeated less, so
		// that the run fits in its time on 2 cores: the import alone takes ~40 min there.
		this.appPid = Long.parseLong(args.getOrDefault("appPid", "-1"));
		this.postmasterPid = Long.parseLong(args.getOrDefault("pgPid", "-1"));
	}

	public static void main(String[] arguments) throws Exception {
		Map<String, String> args = new HashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			args.put(argument.substring(0, equals), argument.substring(equals + 1));
		}
		BenchMain bench = new BenchMain(args);
		bench.run();
		if (bench.checks.failed()) {
			System.err.println("[bench] FAILED: the two sides gave different answers (see 'Answer checks')");
		}
		if (bench.table.missing()) {
			System.err.println("[bench] FAILED: a metric has no figure");
		}
		System.exit((bench.checks.failed() || bench.table.missing()) ? 1 : 0);
	}

	private void run() throws Exception {
		this.startLoad = MachineLoad.now(this.appPid, this.postmasterPid);
		long hops = Long.parseLong(this.args.get("hops"));
		try (PostgresBaseline pg = new PostgresBaseline(this.args.get("pg"));
				GraphSide graph = new GraphSide(this.args.get("http"), this.args.get("key"), this.args.get("bolt"),
						this.args.get("boltPassword"), Path.of(this.args.get("cypher")))) {
			log("PostgreSQL load");
			double pgSeconds = pg.load(Path.of(this.args.get("csv"))) / 1e9;
			double appSeconds = Double.parseDouble(this.args.get("importMs")) / 1000;
			this.table.figure(
					"M1 ingest, hops/s (higher is better): app CLI bulk import vs PostgreSQL " + "COPY+normalise+index",
					hops / appSeconds, hops / pgSeconds);
			write();
			QueryMetrics queries = new QueryMetrics(pg, graph, this.checks, this.table, this.smoke,
					this::writeUnchecked);
			queries.routes();
			queries.ranking();
			queries.upstream();
			// After the questions: these tracebacks are not in PostgreSQL, and the
			// answers
			// must come from the same data.
			ingestOverRest(graph, hops / pgSeconds);
			long storeBytes = Long.parseLong(this.args.get("storeBytes"));
			this.table.figure(
					"M5 store size, bytes per hop (lower is better): Neo4j store incl. indexes vs "
							+ "PostgreSQL tables incl. indexes",
					(double) storeBytes / hops, (double) pg.tableBytes() / hops);
			write();
			// Last, so that a run cut short still has every other figure in its table.
			long offlineBytes = offlineImport(pg, hops, hops / pgSeconds);
			this.table.figure(
					"M5 store size, bytes per hop: store written by neo4j-admin import (no indexes) vs "
							+ "PostgreSQL tables incl. indexes",
					(double) offlineBytes / hops, (double) pg.tableBytes() / hops);
		}
		this.endLoad = MachineLoad.now(this.appPid, this.postmasterPid);
		System.out.print(write());
	}

	/**
	 * Everything so far, written after every row so that a run cut short keeps its
	 * figures.
	 */
	private String write() throws IOException {
		String text = this.table.markdown() + "\n" + this.checks.markdown() + "\n" + machine() + "\n" + notes();
		Files.writeString(Path.of(this.args.get("out")), text);
		return text;
	}

	private void writeUnchecked() {
		try {
			write();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String machine() {
		StringBuilder text = new StringBuilder("## The machine while measuring\n\n");
		String runStart = this.args.get("runStartLoad");
		if (runStart != null) {
			text.append("- before the run (before the build and the import): load average ")
				.append(runStart)
				.append("; ")
				.append(this.args.getOrDefault("runStartJvms", "?"))
				.append(" JVMs\n");
		}
		text.append("- start of the measuring phase: ").append(this.startLoad.describe()).append('\n');
		if (this.endLoad == null) {
			return text.append("- end: not reached yet\n").toString();
		}
		text.append("- end of the measuring phase: ").append(this.endLoad.describe()).append("\n\n");
		if (MachineLoad.quiet(this.startLoad, this.endLoad)) {
			text.append("The machine was **quiet**: no JVM besides the app's and no PostgreSQL besides this run's "
					+ "at the start or the end (the load average above still holds this run's own import and "
					+ "start-up).\n");
		}
		else {
			text.append("The machine was **not quiet** (quiet needs no JVM besides the app's and no PostgreSQL "
					+ "besides this run's at the start and the end): figures are noisier than a quiet run's.\n");
		}
		return text.toString();
	}

	/** What each side's figure includes, so that no ratio is read without it. */
	private String notes() {
		String check = this.args.getOrDefault("checkMs", "?");
		return "## What each figure includes\n\n" + "- **M1, app**: the CLI's own duration (`import tracebacks FILE`, "
				+ this.args.get("importMs") + " ms): the check pass that reads and validates every row (" + check
				+ " ms of it, `Checked …`), then "
				+ "the write of the tracebacks it validated (read back from its temp file, no second validation), in "
				+ "batches of 1,000 (nodes, relationships, `ROUTES_TO` sums, provider counters, content hashes for "
				+ "idempotency; the schema's indexes, created empty at start, kept up to date by every write), the "
				+ "month counters (each with its days) with and without the campaign, summed over the batches and "
				+ "written every 100,000 counters and at the end, then the registry matching an import triggers (none: "
				+ "no registry is loaded). Not included: JVM, Spring and Neo4j start, schema creation, the final "
				+ "checkpoint and shutdown.\n"
				+ "- **M1, PostgreSQL**: `COPY` of the same CSV into an unlogged staging table, `CREATE TABLE AS` "
				+ "into provider, call, traceback and hop, their primary keys and three secondary indexes, the "
				+ "`routes_to` aggregate with its key and index, `DROP` of the staging table, `ANALYZE`; one "
				+ "connection, `synchronous_commit=off`. No validation, no phone-number normalisation, no "
				+ "idempotency, no per-provider counters.\n"
				+ "- **M1(b)**: the `neo4j-admin database import full` child process from start to exit (its JVM "
				+ "start included), reading files exported from PostgreSQL's tables beforehand (untimed): every "
				+ "node, relationship and property of the model incl. `ROUTES_TO`; no derived values (traceback "
				+ "status, hop count, content hash, lateness, provider counters), no indexes or constraints.\n"
				+ "- **M1(c)**: sequential `POST /api/tracebacks`, one traceback each (validated, idempotent, one "
				+ "transaction each), made after M2–M4 so that the questions see the same data on both sides.\n"
				+ "- **M2**: REST is the client's time to send the request and receive the whole body (API-key "
				+ "check, the app's one route query in-process, its Java ordering and chain analysis, JSON); the "
				+ "body is parsed after the timing. Bolt is the same Cypher file sent by the Java driver, records "
				+ "decoded, without the app's Java work. SQL is one prepared statement returning the newest "
				+ "traceback's hops with their provider and call columns. The REST floor is "
				+ "`GET /actuator/health/liveness` with the same client, header, count and warm-up: HTTP, security "
				+ "filters and JSON, no database (the whole `/actuator/health` would add the Neo4j indicator's "
				+ "query through the app's driver).\n"
				+ "- **M3**: REST is the ranking's first page of 20 rows, each with every field of the endpoint "
				+ "(all roles' counts and more); SQL returns two columns. Both count a traceback with at least one "
				+ "hop by the provider in the role and its call dated in the window, and order by that count "
				+ "descending, then provider id.\n" + "- **M4**: REST is `upstream?depth=d&maxNodes="
				+ GraphSide.MAX_NODES + "`: every reached "
				+ "provider with name, country, distance and calls, no edges; SQL is the (provider, fewest "
				+ "hand-overs) rows of `WITH RECURSIVE` over `routes_to`, without names or calls. Compared: the "
				+ "(provider, distance) rows without the centre; a truncated answer fails.\n"
				+ "- **M5, app**: `du -sb data/databases/neo4j` after the CLI import, the app stopped: record "
				+ "stores, id files, the schema's indexes, not the transaction logs (`data/transactions`). "
				+ "PostgreSQL: `pg_total_relation_size` of the five tables (heap, TOAST, free-space and visibility "
				+ "maps, every index), not WAL or catalogs. M5(b): the offline importer's database directory (no "
				+ "indexes, no derived properties).\n"
				+ "- Every latency has warm-up runs on its side before the timed ones, the same number on both "
				+ "sides: 20,000 route lookups (M2), 40 windows (M3), 5 walks of each provider and depth (M4), 20, 1 and 1 "
				+ "in a smoke run; "
				+ "a served app is warm, and its JIT compiles the request path only after thousands of "
				+ "requests.\n";
	}

	private long offlineImport(PostgresBaseline pg, long hops, double pgHopsPerSecond) throws Exception {
		log("M1 neo4j-admin database import full");
		Path home = Path.of(this.args.getOrDefault("adminHome",
				Path.of(this.args.get("out")).toAbsolutePath().resolveSibling("admin").toString()));
		double seconds = OfflineImport.run(pg.connection(), home, System.getProperty("java.class.path")) / 1e9;
		this.table.figure("M1 ingest, hops/s: neo4j-admin offline import (same model, files prepared untimed) vs "
				+ "PostgreSQL COPY", hops / seconds, pgHopsPerSecond);
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
		this.table.figure(String.format(Locale.ROOT,
				"M1 ingest, hops/s: one REST POST per traceback (%d tracebacks) vs PostgreSQL COPY", bodies.size()),
				hops / seconds, pgHopsPerSecond);
		write();
	}

	private static void log(String step) {
		System.err.println("[bench] " + step);
	}

}
