package org.tracebackgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares what the two sides answered, question by question, and keeps the differences:
 * a figure is only worth printing when both sides returned the same rows, so any
 * difference fails the run (after the table is written, so that the figures can still be
 * read). Each difference names the metric, the input and the first row that differs.
 */
final class AnswerChecks {

	/** Enough to see a pattern without drowning the log in one systematic difference. */
	private static final int KEPT_PER_CHECK = 5;

	private final Map<String, Tally> tallies = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	/**
	 * @param check the metric and the sides, e.g. "M2 route, REST vs SQL"
	 * @param input the question, e.g. the call id
	 * @return whether both answers are equal, row by row in order
	 */
	<T> boolean same(String check, String input, String expectedSide, List<T> expected, String actualSide,
			List<T> actual) {
		String difference = firstDifference(expectedSide, expected, actualSide, actual);
		if (difference == null) {
			tally(check).same++;
			return true;
		}
		fail(check, input, difference);
		return false;
	}

	/**
	 * Reads one side's raw answer (a JSON body) and compares it; an answer that cannot be
	 * read in the contract's shape is a difference too.
	 */
	<R, T> boolean same(String check, String input, String expectedSide, List<T> expected, String actualSide, R raw,
			Function<R, List<T>> reader) {
		List<T> actual;
		try {
			actual = reader.apply(raw);
		}
		catch (RuntimeException ex) {
			fail(check, input, actualSide + "'s answer is not in the expected shape: " + ex.getMessage());
			return false;
		}
		return same(check, input, expectedSide, expected, actualSide, actual);
	}

	void fail(String check, String input, String difference) {
		Tally tally = tally(check);
		tally.differ++;
		if (tally.differ <= KEPT_PER_CHECK) {
			String failure = check + " [" + input + "]: " + difference;
			this.failures.add(failure);
			System.err.println("[bench] ANSWERS DIFFER: " + failure);
		}
	}

	boolean failed() {
		return !this.failures.isEmpty();
	}

	/** "same (200 of 200)" or "DIFFER (3 of 200)" for a check's table cell. */
	String verdict(String check) {
		Tally tally = this.tallies.get(check);
		if (tally == null) {
			return "not checked";
		}
		int total = tally.same + tally.differ;
		return (tally.differ == 0) ? String.format(Locale.ROOT, "same (%,d of %,d)", tally.same, total)
				: String.format(Locale.ROOT, "DIFFER (%,d of %,d)", tally.differ, total);
	}

	/** The results file's section: every check with its count, then the differences. */
	String markdown() {
		StringBuilder text = new StringBuilder("## Answer checks\n\n");
		text.append("Every answer is compared row by row after its timed section; a difference fails the run.\n\n");
		this.tallies.forEach(
				(check, tally) -> text.append("- ").append(check).append(": ").append(verdict(check)).append('\n'));
		if (!this.failures.isEmpty()) {
			text.append("\nDifferences (at most ").append(KEPT_PER_CHECK).append(" per check):\n\n");
			this.failures.forEach((failure) -> text.append("- ").append(failure).append('\n'));
		}
		return text.toString();
	}

	/**
	 * @return {@code null} when equal, else where the lists first differ
	 */
	static <T> String firstDifference(String expectedSide, List<T> expected, String actualSide, List<T> actual) {
		int common = Math.min(expected.size(), actual.size());
		for (int i = 0; i < common; i++) {
			if (!expected.get(i).equals(actual.get(i))) {
				return String.format(Locale.ROOT, "first difference at row %d of %d/%d: %s %s, %s %s", i + 1,
						expected.size(), actual.size(), expectedSide, expected.get(i), actualSide, actual.get(i));
			}
		}
		if (expected.size() == actual.size()) {
			return null;
		}
		boolean expectedLonger = expected.size() > actual.size();
		return String.format(Locale.ROOT, "%s has %d rows, %s %d; first extra row (%s): %s", expectedSide,
				expected.size(), actualSide, actual.size(), expectedLonger ? expectedSide : actualSide,
				(expectedLonger ? expected : actual).get(common));
	}

	private Tally tally(String check) {
		return this.tallies.computeIfAbsent(check, (key) -> new Tally());
	}

	private static final class Tally {

		private int same;

		private int differ;

	}

}
