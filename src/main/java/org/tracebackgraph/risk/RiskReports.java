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

	private static final Logger log = LoggerFactory.getLogger(RiskReports.class);

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final String instance = ManagementFactory.getRuntimeMXBean().getName();

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
