package org.tracebackgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestNeo4j;
import org.tracebackgraph.generator.GenerateCommand;
import org.tracebackgraph.neo4j.CypherQuery;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV import killed midway (SIGKILL, no shutdown hook) and run again ends with exactly
 * the graph of an uninterrupted import: each batch commits whole, and re-importing a
 * committed traceback changes nothing. The month counter changes that the killed import
 * held to write later are lost, and marked so: `rebuild counters` counts them again.
 */
class InterruptedImportTests extends GraphTest {

	private static final int TRACEBACKS = 3_000;

	@TempDir
	Path dir;

	@Autowired
	private TracebackCsvImport csvImport;

	@Autowired
	private DayCounters dayCounters;

	@Test
	void anImportKilledMidwayAndRunAgainLeavesNoDuplicateAndLosesNothing() throws Exception {
		Path csv = this.dir.resolve("tracebacks.csv");
		assertThat(GenerateCommand.run(new String[] { "generate", "--tracebacks", String.valueOf(TRACEBACKS), "--seed",
				"7", "--out", csv.toString() }, System.out, System.err))
			.isZero();
		this.csvImport.importFile(csv);
		GraphCounts uninterrupted = counts();
		List<Map<String, Object>> counters = providerCounters();
		List<Map<String, Object>> monthCounters = monthCounters();
		emptyGraph();

		Process killed = importInAnotherProcess(csv);
		long committed = waitForSomeButNotAllTracebacks(killed);
		killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		long afterKill = tracebacks();
		assertThat(afterKill).as("tracebacks after the kill").isBetween(committed, (long) TRACEBACKS - 1);
		assertThat(hopsOfStoredTracebacks()).as("every stored traceback has all its hops").isTrue();

		Process rerun = importInAnotherProcess(csv);
		assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).as("re-run finished").isTrue();
		assertThat(rerun.exitValue()).isZero();
		assertThat(counts()).isEqualTo(uninterrupted);
		assertThat(providerCounters()).isEqualTo(counters);
		// the killed import held month counter changes it never wrote: the rankings count
		// the calls until the counters are counted again
		assertThat(monthCountersAreBuilt()).isFalse();
		this.dayCounters.rebuild();
		assertThat(monthCountersAreBuilt()).isTrue();
		assertThat(monthCounters()).isEqualTo(monthCounters);
	}

	private Process importInAnotherProcess(Path csv) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		// The killed import cannot delete its temporary file: keep it in the test's
		// directory.
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Djava.io.tmpdir=" + this.dir, "-cp",
				System.getProperty("java.class.path"), "org.tracebackgraph.TracebackGraphApplication", "import",
				"tracebacks", csv.toString(), "--spring.neo4j.uri=" + TestNeo4j.boltUri(),
				"--traceback.ingest.batch-size=50", "--traceback.ingest.defer-counters-from=1",
				"--traceback.ingest.deferred-counters-held=200", "--traceback.demo.enabled=false",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "interrupted-import-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private long waitForSomeButNotAllTracebacks(Process process) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			long stored = tracebacks();
			if (stored >= 300) {
				return stored;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the import did not get going (alive: " + process.isAlive() + ")");
	}

	private long tracebacks() {
		return (Long) rows("MATCH (t:Traceback) RETURN count(t) AS n", Map.of()).getFirst().get("n");
	}

	private boolean hopsOfStoredTracebacks() {
		return (Boolean) rows("""
				MATCH (t:Traceback)
				RETURN all(x IN collect(COUNT { (t)-[:HAS_HOP]->() } = t.hopCount) WHERE x) AS whole
				""", Map.of()).getFirst().get("whole");
	}

	private boolean monthCountersAreBuilt() {
		return (Boolean) rows(CypherQuery.load("queries/provider/day-counters-are-built").text(), Map.of()).getFirst()
			.get("exists");
	}

	private List<Map<String, Object>> monthCounters() {
		return rows("""
				MATCH (m) WHERE m:ProviderMonth OR m:ProviderCampaignMonth OR m:ProviderCampaignUndated
				RETURN labels(m) AS kind, m.providerId AS id, m.campaign AS campaign, m.month AS month,
				       m.counts AS counts, m.days AS days, m.dayCounts AS dayCounts
				ORDER BY id, kind[0], campaign, month
				""", Map.of());
	}

	private List<Map<String, Object>> providerCounters() {
		return rows("""
				MATCH (p:Provider)
				RETURN p.providerId AS id, p.tracedCalls AS calls, p.tracedHops AS hops,
				       p.callsAsOriginating AS originating, p.callsAsGateway AS gateway, p.noResponses AS noResponses
				ORDER BY id
				""", Map.of());
	}

}
