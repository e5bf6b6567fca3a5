package org.tracebackgraph.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled risk report ({@code traceback.risk.cron}, nightly at 02:00 by default;
 * {@code -} turns it off). Every instance fires; the graph lock lets one of them run and
 * the others skip.
 */
@Configuration
@EnableScheduling
@Profile("!cli")
class RiskSchedule {

	private static final Logger log = LoggerFactory.getLogger(RiskSchedule.class);

	private final RiskReports reports;

	RiskSchedule(RiskReports reports) {
		this.reports = reports;
	}

	/**
	 * A run cut off by a stop of the app would otherwise stay RUNNING, and hold the lock,
	 * until its lease runs out.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void recoverInterruptedRuns() {
		try {
			this.reports.recoverInterrupted();
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for risk report runs cut off by a stop ({}); the next run checks again",
					ex.getClass().getSimpleName());
		}
	}

	@Scheduled(cron = "${traceback.risk.cron:0 0 2 * * *}", zone = "UTC")
	void run() {
		this.reports.start("SCHEDULED")
			.ifPresentOrElse(this.reports::finish,
					() -> log.info("Scheduled risk report skipped: another run holds the lock"));
	}

}
