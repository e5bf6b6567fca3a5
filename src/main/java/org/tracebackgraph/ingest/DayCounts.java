package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.Row;

/**
 * The change a write makes to the month and campaign counters: the rows of
 * {@code provider-day-counts-of-tracebacks} taken out before the write and added after,
 * summed per counter and, inside a month, per day, so a counter that the write leaves as
 * it was is not written at all. The sums with the stored values are made here, not in
 * Cypher: merging a month's days in list expressions took half of an import's write
 * transaction.
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

	/**
	 * Adds a traceback as the store holds it once written, without reading it back: the
	 * rows {@code provider-day-counts-of-tracebacks} would give for it
	 * ({@code DayCountersTests} compares the counters with a recount from the store).
	 * @param day its call's date once the batch is written, or {@code null}
	 * @param campaign its call's campaign then, or {@code null}
	 */
	void add(Traceback traceback, LocalDate day, String campaign) {
		Map<String, long[]> byProvider = new LinkedHashMap<>();
		for (Traceback.Hop hop : traceback.hops()) {
			long[] counts = byProvider.computeIfAbsent(hop.provider().id(), (id) -> new long[COLUMNS.size()]);
			counts[0] = 1;
			counts[roleColumn(hop.role())] = 1;
			counts[6]++;
			if (hop.response() == HopResponse.NO_RESPONSE) {
				counts[7]++;
			}
			if (hop.late()) {
				counts[8]++;
			}
		}
		byProvider.forEach((providerId, counts) -> count(providerId, day, campaign, counts));
	}

	private static int roleColumn(HopRole role) {
		return switch (role) {
			case ORIGINATING -> 1;
			case GATEWAY -> 2;
			case INTERMEDIATE -> 3;
			case TERMINATING -> 4;
			case UNKNOWN -> 5;
		};
	}

	private void count(Row row, int sign) {
		long[] counts = new long[COLUMNS.size()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = sign * row.longValue(COLUMNS.get(i));
		}
		count(row.string("providerId"), row.isNull("day") ? null : row.date("day"),
				row.isNull("campaign") ? null : row.string("campaign"), counts);
	}

	private void count(String providerId, LocalDate day, String campaign, long[] counts) {
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

	/** Adds another change to this one, counter by counter and day by day. */
	void add(DayCounts other) {
		other.months.forEach((key, month) -> this.months.computeIfAbsent(key, (k) -> new Month()).add(month));
		other.campaignMonths
			.forEach((key, month) -> this.campaignMonths.computeIfAbsent(key, (k) -> new Month()).add(month));
		other.undated
			.forEach((key, counts) -> add(this.undated.computeIfAbsent(key, (k) -> new long[COLUMNS.size()]), counts));
	}

	/** How many counters this change touches. */
	int size() {
		return this.months.size() + this.campaignMonths.size() + this.undated.size();
	}

	/**
	 * @return this change cut into changes of at most {@code most} counters each, so that
	 * a large one is written in transactions of bounded size
	 */
	List<DayCounts> parts(int most) {
		List<DayCounts> parts = new ArrayList<>();
		this.months.forEach((key, month) -> partWithRoom(parts, most).months.put(key, month));
		this.campaignMonths.forEach((key, month) -> partWithRoom(parts, most).campaignMonths.put(key, month));
		this.undated.forEach((key, counts) -> partWithRoom(parts, most).undated.put(key, counts));
		return parts;
	}

	private static DayCounts partWithRoom(List<DayCounts> parts, int most) {
		if (parts.isEmpty() || parts.getLast().size() >= most) {
			parts.add(new DayCounts());
		}
		return parts.getLast();
	}

	boolean isEmpty() {
		return this.months.values().stream().allMatch(Month::isZero)
				&& this.campaignMonths.values().stream().allMatch(Month::isZero)
				&& this.undated.values().stream().allMatch(DayCounts::isZero);
	}

	/**
	 * @return the counters this change touches, in one order (so that two writes lock
	 * them in the same order), as {@code lock-provider-day-counters} takes them
	 */
	Parameters keys() {
		return Parameters.of("months", keys(this.months, Month::isZero, "providerId", "month"))
			.and("campaignMonths", keys(this.campaignMonths, Month::isZero, "campaign", "providerId", "month"))
			.and("undated", keys(this.undated, DayCounts::isZero, "campaign", "providerId"));
	}

	private static <T> List<Map<String, Object>> keys(Map<List<Object>, T> counters, Predicate<T> unchanged,
			String... keyNames) {
		return counters.entrySet()
			.stream()
			.filter((counter) -> !unchanged.test(counter.getValue()))
			.map((counter) -> keyed(counter.getKey(), keyNames))
			.sorted(Comparator.comparing(Object::toString))
			.toList();
	}

	/**
	 * @param stored the rows of {@code lock-provider-day-counters} for {@link #keys()}
	 * @return the counters' new values, the stored ones plus this change, as
	 * {@code set-provider-day-counters} takes them
	 */
	Parameters sums(List<Row> stored) {
		List<Map<String, Object>> months = new ArrayList<>();
		List<Map<String, Object>> campaignMonths = new ArrayList<>();
		List<Map<String, Object>> undated = new ArrayList<>();
		for (Row row : stored) {
			String providerId = row.string("providerId");
			String campaign = row.isNull("campaign") ? null : row.string("campaign");
			switch (row.string("kind")) {
				case "month" -> {
					List<Object> key = List.of(providerId, row.date("month"));
					months.add(sum(keyed(key, "providerId", "month"), row, this.months.get(key)));
				}
				case "campaignMonth" -> {
					List<Object> key = List.of(campaign, providerId, row.date("month"));
					campaignMonths
						.add(sum(keyed(key, "campaign", "providerId", "month"), row, this.campaignMonths.get(key)));
				}
				case "undated" -> {
					List<Object> key = List.of(campaign, providerId);
					Map<String, Object> sum = keyed(key, "campaign", "providerId");
					long[] counts = stored(row.longs("counts"));
					add(counts, this.undated.get(key));
					sum.put("counts", boxed(counts));
					undated.add(sum);
				}
				default -> throw new IllegalStateException("unknown counter kind " + row.string("kind"));
			}
		}
		return Parameters.of("months", months).and("campaignMonths", campaignMonths).and("undated", undated);
	}

	/**
	 * A month's stored totals and days plus its change; a day left at 0 calls is dropped.
	 */
	private static Map<String, Object> sum(Map<String, Object> sum, Row stored, Month change) {
		long[] total = stored(stored.longs("counts"));
		add(total, change.total);
		List<Long> storedDays = stored.longs("days");
		List<Long> storedCounts = stored.longs("dayCounts");
		if (storedCounts.size() != storedDays.size() * COLUMNS.size()) {
			throw new IllegalStateException("a month counter of " + sum + " holds " + storedDays.size() + " days but "
					+ storedCounts.size() + " day counts");
		}
		Map<Integer, long[]> days = new TreeMap<>();
		for (int d = 0; d < storedDays.size(); d++) {
			long[] counts = new long[COLUMNS.size()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = storedCounts.get(d * COLUMNS.size() + i);
			}
			days.put(storedDays.get(d).intValue(), counts);
		}
		change.days.forEach((day, counts) -> add(days.computeIfAbsent(day, (d) -> new long[COLUMNS.size()]), counts));
		List<Long> dayList = new ArrayList<>();
		List<Long> dayCounts = new ArrayList<>();
		days.forEach((day, counts) -> {
			if (counts[0] > 0) {
				dayList.add((long) day);
				dayCounts.addAll(boxed(counts));
			}
		});
		sum.put("counts", boxed(total));
		sum.put("days", dayList);
		sum.put("dayCounts", dayCounts);
		return sum;
	}

	private static long[] stored(List<Long> counts) {
		long[] result = new long[COLUMNS.size()];
		if (!counts.isEmpty() && counts.size() != result.length) {
			throw new IllegalStateException("a counter holds " + counts.size() + " counts, not " + result.length);
		}
		for (int i = 0; i < counts.size(); i++) {
			result[i] = counts.get(i);
		}
		return result;
	}

	private static List<Long> boxed(long[] counts) {
		return Arrays.stream(counts).boxed().toList();
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

		void add(Month other) {
			DayCounts.add(this.total, other.total);
			other.days.forEach((day, counts) -> DayCounts
				.add(this.days.computeIfAbsent(day, (d) -> new long[COLUMNS.size()]), counts));
		}

		boolean isZero() {
			return DayCounts.isZero(this.total) && this.days.values().stream().allMatch(DayCounts::isZero);
		}

	}

}
