package org.tracebackgraph.risk;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.neo4j.GraphLock;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.risk.RiskGraphs.array;
import static org.tracebackgraph.risk.RiskGraphs.hop;
import static org.tracebackgraph.risk.RiskGraphs.json;
import static org.tracebackgraph.risk.RiskGraphs.traceback;

/**
 * One report run at a time, whichever instance asks: the lock in the graph.
 */
class RiskLockTests extends GraphTest {

	private static final Duration LEASE = Duration.ofMinutes(10);

	@Autowired
	private GraphLock lock;

	@Autowired
	private RiskReports reports;

	@Autowired
	private RiskSchedule schedule;

	@Test
	void ofEightConcurrentAttemptsExactlyOneTakesTheLock() throws Exception {
		int attempts = 8;
		CyclicBarrier start = new CyclicBarrier(attempts);
		try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
			List<Callable<Boolean>> tasks = IntStream.range(0, attempts).<Callable<Boolean>>mapToObj(i -> () -> {
				start.await();
				return this.lock.tryAcquire("test-lock", "instance-" + i, LEASE);
			}).toList();
			List<Boolean> taken = pool.invokeAll(tasks).stream().map(RiskLockTests::get).toList();

			assertThat(taken).containsOnlyOnce(true);
		}
	}

	@Test
	void aPostWhileAnotherInstanceRunsAReportIsAConflictAndSucceedsOnceItIsReleased() {
		assertThat(this.lock.tryAcquire(RiskReports.LOCK, "other-instance/RR-1", LEASE)).isTrue();

		assertThat(this.mvc.post().uri("/api/risk/reports").exchange()).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Report running");
		assertThat(this.reports.start("SCHEDULED")).isEmpty();

		this.lock.release(RiskReports.LOCK, "other-instance/RR-1");
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").exchange()).hasStatus(201);
	}

	@Test
	void theScheduledRunSkipsWhileAnotherInstanceHoldsTheLockAndRunsOnceItIsFree() {
		assertThat(this.lock.tryAcquire(RiskReports.LOCK, "other-instance/RR-2", LEASE)).isTrue();

		this.schedule.run();

		assertThat(rows("MATCH (r:RiskReport) RETURN count(r) AS reports", Map.of()))
			.containsExactly(Map.of("reports", 0L));
		this.lock.release(RiskReports.LOCK, "other-instance/RR-2");

		this.schedule.run();

		assertThat(rows("MATCH (r:RiskReport) RETURN r.trigger AS trigger, r.status AS status", Map.of()))
			.containsExactly(Map.of("trigger", "SCHEDULED", "status", "COMPLETE"));
	}

	@Test
	void aSecondPostWhileTheFirstRunsIsAConflict() {
		RiskReports.Started first = this.reports.start("MANUAL").orElseThrow();

		assertThat(this.mvc.post().uri("/api/risk/reports").exchange()).hasStatus(409);

		assertThat(this.reports.finish(first)).isTrue();
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").exchange()).hasStatus(201);
	}

	@Test
	void anExpiredLeaseCanBeTakenOverButOnlyItsHolderReleasesALock() {
		assertThat(this.lock.tryAcquire("test-lock", "crashed-instance", Duration.ZERO)).isTrue();

		assertThat(this.lock.tryAcquire("test-lock", "next-instance", LEASE)).isTrue();
		this.lock.release("test-lock", "crashed-instance");
		assertThat(this.lock.tryAcquire("test-lock", "third-instance", LEASE)).isFalse();
	}

	@Test
	void aPostWithoutWaitingAnswersAcceptedAndTheRunCompletesInTheBackground() throws Exception {
		assertThat(
				postJson("/api/tracebacks",
						array(traceback("L1", "2024-05-01", "K1", "A", "+12127363100",
								hop(0, "term-t", "TERMINATING", 1, "A"), hop(1, "orig-a", "ORIGINATING", 1, "A")))))
			.hasStatusOk();

		var accepted = this.mvc.post().uri("/api/risk/reports").exchange();

		assertThat(accepted).hasStatus(202);
		String location = accepted.getResponse().getHeader("Location");
		String status = "RUNNING";
		for (int i = 0; i < 300 && "RUNNING".equals(status); i++) {
			Thread.sleep(100);
			status = json(RiskReportTests.body(this.mvc.get().uri(location).exchange())).get("status").asString();
		}
		assertThat(status).isEqualTo("COMPLETE");
	}

	@Autowired
	private RiskReportWriter writer;

	@Test
	void aRunCutOffByAStoppedAppIsMarkedFailedAtTheNextStartAndANewRunGoesAtOnce() throws Exception {
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		String host = ManagementFactory.getRuntimeMXBean().getName().split("@", 2)[1];
		String owner = ended.pid() + "@" + host + "#0badf00d/RR-CUT-OFF";
		this.writer.create("RR-CUT-OFF", "SCHEDULED", Instant.parse("2026-11-01T02:00:00Z"));
		assertThat(this.lock.tryAcquire(RiskReports.LOCK, owner, LEASE)).isTrue();
		assertThat(this.mvc.post().uri("/api/risk/reports").exchange()).hasStatus(409);

		assertThat(this.reports.recoverInterrupted()).containsExactly("RR-CUT-OFF");

		assertThat(rows("MATCH (r:RiskReport {reportId: 'RR-CUT-OFF'}) RETURN r.status AS status, r.error AS error",
				Map.of()))
			.containsExactly(Map.of("status", "FAILED", "error", RiskReports.INTERRUPTED));
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").exchange()).hasStatus(201);
	}

	@Test
	void aRunHeldByAnotherHostIsLeftToItsLeaseButAnExpiredOneIsMarkedFailed() {
		this.writer.create("RR-ELSEWHERE", "SCHEDULED", Instant.parse("2026-11-01T02:00:00Z"));
		assertThat(this.lock.tryAcquire(RiskReports.LOCK, "4242@another-host#12345678/RR-ELSEWHERE", LEASE)).isTrue();

		assertThat(this.reports.recoverInterrupted()).isEmpty();

		this.lock.release(RiskReports.LOCK, "4242@another-host#12345678/RR-ELSEWHERE");
		assertThat(this.reports.recoverInterrupted()).containsExactly("RR-ELSEWHERE");
	}

	@Test
	void startingARunMarksARunningReportLeftBehindAsFailed() {
		this.writer.create("RR-LEFT-BEHIND", "MANUAL", Instant.parse("2026-11-01T02:00:00Z"));

		RiskReports.Started started = this.reports.start("MANUAL").orElseThrow();
		this.reports.finish(started);

		assertThat(rows("MATCH (r:RiskReport) RETURN r.reportId AS id, r.status AS status ORDER BY id", Map.of()))
			.containsExactlyInAnyOrder(Map.of("id", "RR-LEFT-BEHIND", "status", "FAILED"),
					Map.of("id", started.reportId(), "status", "COMPLETE"));
	}

	private static boolean get(Future<Boolean> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
