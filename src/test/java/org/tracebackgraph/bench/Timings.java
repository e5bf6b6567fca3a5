package org.tracebackgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
	 * Runs {@code action} {@code warmUp} times untimed, then {@code runs} times timed,
	 * keeping the timed runs' answers for the checks that follow (outside the timing).
	 */
	static <T> Measured<T> measure(int warmUp, int runs, Step<T> action) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			action.run(i);
		}
		Timings timings = new Timings(runs);
		List<T> answers = new ArrayList<>(runs);
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			T answer = action.run(warmUp + i);
			timings.add(System.nanoTime() - start);
			answers.add(answer);
		}
		return new Measured<>(timings, answers);
	}

	/**
	 * @param timings the timed runs
	 * @param answers their answers, in run order
	 */
	record Measured<T>(Timings timings, List<T> answers) {

	}

	@FunctionalInterface
	interface Step<T> {

		T run(int index) throws Exception;

	}

}
