package org.tracebackgraph.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
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

	@Scheduled(cron = "${traceback.risk.cron:0 0 2 * * *}", zone = "UTC")
	void run() {
		this.reports.start("SCHEDULED")
			.ifPresentOrElse(this.reports::finish,
					() -> log.info("Scheduled risk report skipped: another run holds the lock"));
	}

}
