package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.Row;

/**
 * The change a write makes to the day, week, month and campaign counters: the rows of
 * {@code provider-day-counts-of-tracebacks} taken out before the write and added after,
 * summed per counter, so a counter that the write leaves as it was is not written at all.
 */
final class DayCounts {

	/** The columns of a counter's {@code counts}, in order. */
	static final List<String> COLUMNS = List.of("calls", "originating", "gateway", "intermediate", "terminating",
			"unknown", "hops", "noResponses", "lateResponses");

	private final Map<List<Object>, long[]> days = new LinkedHashMap<>();

	private final Map<List<Object>, long[]> weeks = new LinkedHashMap<>();

	private final Map<List<Object>, long[]> months = new LinkedHashMap<>();

	private final Map<List<Object>, long[]> campaignDays = new LinkedHashMap<>();

	private final Map<List<Object>, long[]> campaignWeeks = new LinkedHashMap<>();

	private final Map<List<Object>, long[]> campaignMonths = new LinkedHashMap<>();

	private final Map<List<Object>, long[]> undated = new LinkedHashMap<>();

	/**
	 * The week of a month a day falls in, by its first day: 1-7, 8-14, 15-21, and 22 to
	 * the end, so a month is always four whole weeks and a window's edges need at most
	 * six single days each.
	 */
	static LocalDate weekOf(LocalDate day) {
		int first = (day.getDayOfMonth() >= 22) ? 22 : ((day.getDayOfMonth() - 1) / 7) * 7 + 1;
		return day.withDayOfMonth(first);
	}

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
			sum(this.days, List.of(providerId, day), counts);
			sum(this.weeks, List.of(providerId, weekOf(day)), counts);
			sum(this.months, List.of(providerId, day.withDayOfMonth(1)), counts);
			if (campaign != null) {
				sum(this.campaignDays, List.of(campaign, providerId, day), counts);
				sum(this.campaignWeeks, List.of(campaign, providerId, weekOf(day)), counts);
				sum(this.campaignMonths, List.of(campaign, providerId, day.withDayOfMonth(1)), counts);
			}
		}
		else if (campaign != null) {
			sum(this.undated, List.of(campaign, providerId), counts);
		}
	}

	private static void sum(Map<List<Object>, long[]> counters, List<Object> key, long[] counts) {
		long[] total = counters.computeIfAbsent(key, (k) -> new long[COLUMNS.size()]);
		for (int i = 0; i < counts.length; i++) {
			total[i] += counts[i];
		}
	}

	boolean isEmpty() {
		return List
			.of(this.days, this.weeks, this.months, this.campaignDays, this.campaignWeeks, this.campaignMonths,
					this.undated)
			.stream()
			.flatMap((counters) -> counters.values().stream())
			.allMatch((counts) -> Arrays.stream(counts).allMatch((count) -> count == 0));
	}

	Parameters parameters() {
		return Parameters.of("days", changes(this.days, "providerId", "day"))
			.and("weeks", changes(this.weeks, "providerId", "week"))
			.and("months", changes(this.months, "providerId", "month"))
			.and("campaignDays", changes(this.campaignDays, "campaign", "providerId", "day"))
			.and("campaignWeeks", changes(this.campaignWeeks, "campaign", "providerId", "week"))
			.and("campaignMonths", changes(this.campaignMonths, "campaign", "providerId", "month"))
			.and("undated", changes(this.undated, "campaign", "providerId"));
	}

	private static List<Map<String, Object>> changes(Map<List<Object>, long[]> counters, String... keyNames) {
		List<Map<String, Object>> changes = new ArrayList<>();
		counters.forEach((key, counts) -> {
			if (Arrays.stream(counts).anyMatch((count) -> count != 0)) {
				Map<String, Object> change = new LinkedHashMap<>();
				for (int i = 0; i < keyNames.length; i++) {
					change.put(keyNames[i], key.get(i));
				}
				change.put("counts", Arrays.stream(counts).boxed().toList());
				changes.add(change);
			}
		});
		return changes;
	}

}
