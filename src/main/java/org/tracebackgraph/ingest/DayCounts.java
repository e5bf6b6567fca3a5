package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.Row;

/**
 * The change a write makes to the month and campaign counters: the rows of
 * {@code provider-day-counts-of-tracebacks} taken out before the write and added after,
 * summed per counter and, inside a month, per day, so a counter that the write leaves as
 * it was is not written at all.
 */
final class DayCounts {

	/** The columns of a counter's {@code counts}, in order. */
	static final List<String> COLUMNS = List.of("calls", "originating", "gateway", "intermediate", "terminating",
			"unknown", "hops", "noResponses", "lateResponses");

	private final Map<List<Object>, Month> months = new LinkedHashMap<>();

	private final Map<List<Object>, Month> campaignMonths = new LinkedHashMap<>();

	private final Map<List<Object>, long[]> undated = new LinkedHashMap<>();

	void add(List<Row> rows) {
		rows.forEach((row) -> count(row, 1));
	}

	void subtract(List<Row> rows) {
		rows.forEach((row) -> count(row, -1));
	}

	private void count(Row row, int sign) {
		long[] counts = new long[COLUMNS.size()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = sign * row.longValue(COLUMNS.get(i));
		}
		String providerId = row.string("providerId");
		LocalDate day = row.isNull("day") ? null : row.date("day");
		String campaign = row.isNull("campaign") ? null : row.string("campaign");
		if (day != null) {
			LocalDate month = day.withDayOfMonth(1);
			this.months.computeIfAbsent(List.of(providerId, month), (k) -> new Month()).add(day, counts);
			if (campaign != null) {
				this.campaignMonths.computeIfAbsent(List.of(campaign, providerId, month), (k) -> new Month())
					.add(day, counts);
			}
		}
		else if (campaign != null) {
			add(this.undated.computeIfAbsent(List.of(campaign, providerId), (k) -> new long[COLUMNS.size()]), counts);
		}
	}

	private static void add(long[] total, long[] counts) {
		for (int i = 0; i < counts.length; i++) {
			total[i] += counts[i];
		}
	}

	private static boolean isZero(long[] counts) {
		return Arrays.stream(counts).allMatch((count) -> count == 0);
	}

	boolean isEmpty() {
		return this.months.values().stream().allMatch(Month::isZero)
				&& this.campaignMonths.values().stream().allMatch(Month::isZero)
				&& this.undated.values().stream().allMatch(DayCounts::isZero);
	}

	Parameters parameters() {
		return Parameters.of("months", changes(this.months, "providerId", "month"))
			.and("campaignMonths", changes(this.campaignMonths, "campaign", "providerId", "month"))
			.and("undated", undatedChanges());
	}

	private static List<Map<String, Object>> changes(Map<List<Object>, Month> counters, String... keyNames) {
		List<Map<String, Object>> changes = new ArrayList<>();
		counters.forEach((key, month) -> {
			if (!month.isZero()) {
				Map<String, Object> change = keyed(key, keyNames);
				change.put("counts", Arrays.stream(month.total).boxed().toList());
				List<Long> days = new ArrayList<>();
				List<Long> dayCounts = new ArrayList<>();
				month.days.forEach((day, counts) -> {
					if (!isZero(counts)) {
						days.add((long) day);
						Arrays.stream(counts).forEach(dayCounts::add);
					}
				});
				change.put("days", days);
				change.put("dayCounts", dayCounts);
				changes.add(change);
			}
		});
		return changes;
	}

	private List<Map<String, Object>> undatedChanges() {
		List<Map<String, Object>> changes = new ArrayList<>();
		this.undated.forEach((key, counts) -> {
			if (!isZero(counts)) {
				Map<String, Object> change = keyed(key, "campaign", "providerId");
				change.put("counts", Arrays.stream(counts).boxed().toList());
				changes.add(change);
			}
		});
		return changes;
	}

	private static Map<String, Object> keyed(List<Object> key, String... keyNames) {
		Map<String, Object> change = new LinkedHashMap<>();
		for (int i = 0; i < keyNames.length; i++) {
			change.put(keyNames[i], key.get(i));
		}
		return change;
	}

	/** A month's change: its totals and, per day of the month, that day's. */
	private static final class Month {

		private final long[] total = new long[COLUMNS.size()];

		private final Map<Integer, long[]> days = new TreeMap<>();

		void add(LocalDate day, long[] counts) {
			DayCounts.add(this.total, counts);
			DayCounts.add(this.days.computeIfAbsent(day.getDayOfMonth(), (d) -> new long[COLUMNS.size()]), counts);
		}

		boolean isZero() {
			return DayCounts.isZero(this.total) && this.days.values().stream().allMatch(DayCounts::isZero);
		}

	}

}
