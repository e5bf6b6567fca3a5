package org.tracebackgraph.risk;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.neo4j.GraphLock;

import org.springframework.stereotype.Service;

/**
 * Runs risk reports, one at a time across every app instance on the database: take the
 * graph lock, create the report, read the inputs, score, compare with the previous
 * report, write the scores, mark the report complete, release the lock. A failure at any
 * step deletes what the run wrote, marks it FAILED and leaves the previous report the
 * latest.
 */
@Service
class RiskReports {

	static final String LOCK = "risk-report";

	/** The error of a run whose app stopped before it finished. */
	static final String INTERRUPTED = "Interrupted: the app running it stopped";

	private static final Logger log = LoggerFactory.getLogger(RiskReports.class);

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * This app process: {@code pid@host}, and a random part so that a restarted process
	 * that got the same pid (pid 1 in a container) is told apart.
	 */
	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "#"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final RiskProperties properties;

	private final RiskInputQueries inputs;

	private final RiskReportWriter writer;

	private final GraphLock lock;

	private final Clock clock;

	RiskReports(RiskProperties properties, RiskInputQueries inputs, RiskReportWriter writer, GraphLock lock,
			Clock clock) {
		this.properties = properties;
		this.inputs = inputs;
		this.writer = writer;
		this.lock = lock;
		this.clock = clock;
	}

	/**
	 * A run that holds the lock and has its RUNNING report.
	 *
	 * @param reportId the report's id
	 * @param owner the lock's owner
	 * @param startedAt when it started
	 */
	record Started(String reportId, String owner, Instant startedAt) {

	}

	/**
	 * Takes the lock and creates the report.
	 * @param trigger SCHEDULED or MANUAL
	 * @return the started run, or empty when another run holds the lock
	 */
	Optional<Started> start(String trigger) {
		Instant now = this.clock.instant();
		String reportId = "RR-" + ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
		String owner = this.instance + "/" + reportId;
		if (!this.lock.tryAcquire(LOCK, owner, this.properties.lockLease())) {
			return Optional.empty();
		}
		try {
			// Holding the lock, no other run can be going: any still RUNNING was cut off.
			for (RiskReportWriter.RunningReport running : this.writer.running(LOCK)) {
				markInterrupted(running.reportId());
			}
			this.writer.create(reportId, trigger, now);
		}
		catch (RuntimeException ex) {
			this.lock.release(LOCK, owner);
			throw ex;
		}
		log.info("Risk report {} started ({})", reportId, trigger);
		return Optional.of(new Started(reportId, owner, now));
	}

	/**
	 * Marks FAILED the runs still RUNNING whose holder is gone: the lock is free or its
	 * lease ran out, another run holds it, or it is held by a process of this host that
	 * has ended (the app was stopped or killed mid-run). A lock held by such a process is
	 * released, so the next run can go at once. Called when the app starts.
	 * @return the reports marked FAILED
	 */
	List<String> recoverInterrupted() {
		List<String> failed = new ArrayList<>();
		for (RiskReportWriter.RunningReport running : this.writer.running(LOCK)) {
			String holder = running.lockedBy();
			boolean heldForThisRun = running.leased() && holder != null && holder.endsWith("/" + running.reportId());
			if (heldForThisRun && !holderIsGone(holder)) {
				continue;
			}
			markInterrupted(running.reportId());
			if (heldForThisRun) {
				this.lock.release(LOCK, holder);
			}
			failed.add(running.reportId());
		}
		return failed;
	}

	/**
	 * Whether the owner {@code pid@host#start/reportId} is a process of this host that no
	 * longer runs; an owner on another host cannot be checked and is left to its lease.
	 */
	boolean holderIsGone(String owner) {
		int slash = owner.indexOf('/');
		String holder = (slash >= 0) ? owner.substring(0, slash) : owner;
		if (holder.equals(this.instance)) {
			return false;
		}
		int at = holder.indexOf('@');
		int hash = holder.lastIndexOf('#');
		String ours = ManagementFactory.getRuntimeMXBean().getName();
		if (at < 0 || hash < at || !holder.substring(at + 1, hash).equals(ours.substring(ours.indexOf('@') + 1))) {
			return false;
		}
		try {
			long pid = Long.parseLong(holder.substring(0, at));
			return pid == ProcessHandle.current().pid()
					|| ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private void markInterrupted(String reportId) {
		this.writer.fail(reportId, this.clock.instant(), INTERRUPTED);
		log.warn("Risk report {} was cut off (its app stopped mid-run): marked FAILED", reportId);
	}

	/**
	 * Scores and stores a started run, then releases the lock.
	 * @return whether the report is complete
	 */
	boolean finish(Started run) {
		return finish(run, () -> {
		});
	}

	/**
	 * As {@link #finish(Started)}, with a step run after the scores are written and
	 * before the report is marked complete (tests make it fail there).
	 */
	boolean finish(Started run, Runnable beforeComplete) {
		try {
			long t0 = System.nanoTime();
			RiskInputs read = this.inputs.read(this.properties.halfLifeDays());
			long t1 = System.nanoTime();
			List<ProviderRisk> scored = new RiskScoring(this.properties).score(read);
			log.info("Risk report {}: inputs read in {} ms, scored in {} ms", run.reportId(), (t1 - t0) / 1_000_000,
					(System.nanoTime() - t1) / 1_000_000);
			RiskReportWriter.PreviousReport previous = this.writer.previous();
			List<ProviderRisk> compared = compare(scored, previous);
			this.writer.writeScores(run.reportId(), compared);
			beforeComplete.run();
			Instant finished = this.clock.instant();
			int newProviders = (previous.reportId() != null)
					? (int) compared.stream().filter(ProviderRisk::isNew).count() : 0;
			this.writer.complete(run.reportId(), finished, finished.toEpochMilli() - run.startedAt().toEpochMilli(),
					read.referenceDate(), previous.reportId(), compared.size(), newProviders,
					this.properties.weights().byFactor(), this.properties.halfLifeDays());
			log.info("Risk report {} complete: {} providers in {} ms", run.reportId(), compared.size(),
					finished.toEpochMilli() - run.startedAt().toEpochMilli());
			return true;
		}
		catch (RuntimeException ex) {
			log.error("Risk report {} failed ({}); the previous report stays the latest", run.reportId(),
					ex.getClass().getSimpleName());
			log.debug("Risk report failure", ex);
			try {
				this.writer.fail(run.reportId(), this.clock.instant(), ex.getClass().getSimpleName());
			}
			catch (RuntimeException cleanup) {
				log.error("Risk report {} could not be marked failed ({}); it stays RUNNING and is never the latest",
						run.reportId(), cleanup.getClass().getSimpleName());
			}
			return false;
		}
		finally {
			this.lock.release(LOCK, run.owner());
		}
	}

	private static List<ProviderRisk> compare(List<ProviderRisk> scored, RiskReportWriter.PreviousReport previous) {
		List<ProviderRisk> compared = new ArrayList<>(scored.size());
		for (ProviderRisk risk : scored) {
			double[] before = previous.scores().get(risk.providerId());
			if (before == null) {
				compared.add(new ProviderRisk(risk.rank(), risk.providerId(), risk.name(), risk.country(), risk.score(),
						risk.direct(), null, null, null, previous.reportId() != null, risk.factors()));
			}
			else {
				compared.add(new ProviderRisk(risk.rank(), risk.providerId(), risk.name(), risk.country(), risk.score(),
						risk.direct(), before[0], (int) before[1], Factor.round(risk.score() - before[0]), false,
						risk.factors()));
			}
		}
		return compared;
	}

}
