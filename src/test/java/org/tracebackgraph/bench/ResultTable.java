package org.tracebackgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two tables of a run: throughput and size (one figure a side), and latencies (p50,
 * p95, p99 a side, with how many runs and whether the answers were the same). A figure
 * that should be there and is not marks the run as failed: the smoke run's promise.
 */
final class ResultTable {

	private final List<String> figures = new ArrayList<>();

	private final List<String> latencies = new ArrayList<>();

	private boolean missing;

	/** A throughput or size: above 1 is better for throughput, worse for sizes. */
	void figure(String metric, double ours, double baseline) {
		if (Double.isNaN(ours) || Double.isNaN(baseline)) {
			this.missing = true;
		}
		this.figures.add("| " + metric + " | " + format(ours) + " | " + format(baseline) + " | "
				+ format(ours / baseline) + " |");
	}

	/**
	 * @param ours {@code null} when our side gave no answer (then the run fails)
	 * @param baseline {@code null} when there is no PostgreSQL side (the REST floor)
	 */
	void latency(String metric, String answers, Timings ours, Timings baseline) {
		if (ours == null || ours.count() == 0 || (baseline != null && baseline.count() == 0)) {
			this.missing = true;
		}
		int runs = (ours != null) ? ours.count() : (baseline != null) ? baseline.count() : 0;
		this.latencies.add("| " + metric + " | " + String.format(Locale.ROOT, "%,d", runs) + " | " + answers + " | "
				+ percentiles(ours, "no answer") + " | " + percentiles(baseline, "—") + " | "
				+ ratio(ours, baseline, 50) + " / " + ratio(ours, baseline, 99) + " |");
	}

	boolean missing() {
		return this.missing;
	}

	String markdown() {
		StringBuilder text = new StringBuilder();
		text.append("| metric | Traceback Graph | PostgreSQL | ratio (ours / PG) |\n|---|---|---|---|\n");
		this.figures.forEach((row) -> text.append(row).append('\n'));
		text.append("\nLatencies in ms, client-side, one client, sequential, over loopback; p50 / p95 / p99 ")
			.append("(nearest rank: with fewer than 100 runs p99 is the slowest run, with fewer than 20 p95 too).\n\n")
			.append("| metric | runs | answers | Traceback Graph p50 / p95 / p99 | PostgreSQL p50 / p95 / p99 ")
			.append("| ratio p50 / p99 |\n|---|---|---|---|---|---|\n");
		this.latencies.forEach((row) -> text.append(row).append('\n'));
		return text.toString();
	}

	private static String percentiles(Timings timings, String absent) {
		if (timings == null) {
			return absent;
		}
		return format(timings.percentileMs(50)) + " / " + format(timings.percentileMs(95)) + " / "
				+ format(timings.percentileMs(99));
	}

	private static String ratio(Timings ours, Timings baseline, double percentile) {
		if (ours == null || baseline == null) {
			return "n/a";
		}
		return format(ours.percentileMs(percentile) / baseline.percentileMs(percentile));
	}

	static String format(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, (value >= 100) ? "%,.0f" : "%.2f", value);
	}

}
