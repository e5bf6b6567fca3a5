package org.tracebackgraph.risk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

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
			List<Callable<Boolean>> tasks = java.util.stream.IntStream.range(0, attempts)
				.<Callable<Boolean>>mapToObj(i -> () -> {
					start.await();
					return this.lock.tryAcquire("test-lock", "instance-" + i, LEASE);
				})
				.toList();
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

		assertThat(rows("MATCH (r:RiskReport) RETURN count(r) AS reports", java.util.Map.of()))
			.containsExactly(java.util.Map.of("reports", 0L));
		this.lock.release(RiskReports.LOCK, "other-instance/RR-2");

		this.schedule.run();

		assertThat(rows("MATCH (r:RiskReport) RETURN r.trigger AS trigger, r.status AS status", java.util.Map.of()))
			.containsExactly(java.util.Map.of("trigger", "SCHEDULED", "status", "COMPLETE"));
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

	private static boolean get(Future<Boolean> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
