package org.tracebackgraph.bench;

import java.util.Arrays;

/**
 * Latencies of one measured question, in nanoseconds, and their percentiles in
 * milliseconds.
 */
final class Timings {

	private final long[] nanos;

	private int count;

	Timings(int capacity) {
		this.nanos = new long[capacity];
	}

	void add(long elapsedNanos) {
		this.nanos[this.count++] = elapsedNanos;
	}

	int count() {
		return this.count;
	}

	double percentileMs(double percentile) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
	}

	/**
	 * Runs {@code action} {@code warmUp} times untimed, then {@code runs} times timed.
	 */
	static Timings measure(int warmUp, int runs, Step action) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			action.run(i);
		}
		Timings timings = new Timings(runs);
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			action.run(warmUp + i);
			timings.add(System.nanoTime() - start);
		}
		return timings;
	}

	@FunctionalInterface
	interface Step {

		void run(int index) throws Exception;

	}

}
