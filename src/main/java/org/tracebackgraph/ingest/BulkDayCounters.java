package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.neo4j.ImportFiles;

/**
 * The ranking's counters by window, added up in Java from the tracebacks a bulk load
 * writes: per provider and call date ({@code ProviderDay}), week of a month
 * ({@code ProviderWeek}, {@link DayCounts#weekOf}), month ({@code ProviderMonth}, keyed
 * by its first day), campaign and each of those ({@code ProviderCampaignDay},
 * {@code ProviderCampaignWeek}, {@code ProviderCampaignMonth}), and campaign alone for
 * undated calls ({@code ProviderCampaignUndated}). {@code calls} counts the tracebacks
 * with a hop by the provider, each role those with a hop by it in that role,
 * {@code hops}, {@code noResponses} and {@code lateResponses} its hops. Only tracebacks
 * are added, so no counter has 0 calls; an undated call has no day or month. The counts
 * are written as the online path keeps them ({@link DayCounts#COLUMNS}, one list
 * property); {@code BulkImportTests} compares the two.
 */
final class BulkDayCounters {

	private record Key(String providerId, LocalDate date, String campaign) {
	}

	private final Map<Key, Counts> days = new LinkedHashMap<>();

	private final Map<Key, Counts> weeks = new LinkedHashMap<>();

	private final Map<Key, Counts> months = new LinkedHashMap<>();

	private final Map<Key, Counts> campaignDays = new LinkedHashMap<>();

	private final Map<Key, Counts> campaignWeeks = new LinkedHashMap<>();

	private final Map<Key, Counts> campaignMonths = new LinkedHashMap<>();

	private final Map<Key, Counts> campaignsUndated = new LinkedHashMap<>();

	/**
	 * @param day the call's date, or {@code null}
	 * @param campaign the call's campaign, or {@code null}
	 * @param hops all the traceback's hops
	 */
	void add(LocalDate day, String campaign, List<Traceback.Hop> hops) {
		Map<String, List<Traceback.Hop>> byProvider = new LinkedHashMap<>();
		hops.forEach(hop -> byProvider.computeIfAbsent(hop.provider().id(), id -> new ArrayList<>()).add(hop));
		byProvider.forEach((providerId, own) -> {
			if (day != null) {
				count(this.days, new Key(providerId, day, null), own);
				count(this.weeks, new Key(providerId, DayCounts.weekOf(day), null), own);
				count(this.months, new Key(providerId, day.withDayOfMonth(1), null), own);
			}
			if (campaign != null && day != null) {
				count(this.campaignDays, new Key(providerId, day, campaign), own);
				count(this.campaignWeeks, new Key(providerId, DayCounts.weekOf(day), campaign), own);
				count(this.campaignMonths, new Key(providerId, day.withDayOfMonth(1), campaign), own);
			}
			else if (campaign != null) {
				count(this.campaignsUndated, new Key(providerId, null, campaign), own);
			}
		});
	}

	private static void count(Map<Key, Counts> counters, Key key, List<Traceback.Hop> hops) {
		counters.computeIfAbsent(key, k -> new Counts()).add(hops);
	}

	void write(ImportFiles files) {
		write(files.nodes("ProviderDay", header("providerId", "day:date")), this.days, true, false);
		write(files.nodes("ProviderWeek", header("providerId", "week:date")), this.weeks, true, false);
		write(files.nodes("ProviderMonth", header("providerId", "month:date")), this.months, true, false);
		write(files.nodes("ProviderCampaignDay", header("providerId", "campaign", "day:date")), this.campaignDays, true,
				true);
		write(files.nodes("ProviderCampaignWeek", header("providerId", "campaign", "week:date")), this.campaignWeeks,
				true, true);
		write(files.nodes("ProviderCampaignMonth", header("providerId", "campaign", "month:date")), this.campaignMonths,
				true, true);
		write(files.nodes("ProviderCampaignUndated", header("providerId", "campaign")), this.campaignsUndated, false,
				true);
		files.nodes("Counters", "name", "version:long").row(DayCounters.NAME, (long) DayCounters.VERSION);
	}

	private static String[] header(String... keys) {
		List<String> columns = new ArrayList<>(List.of(keys));
		columns.add("counts:long[]");
		return columns.toArray(String[]::new);
	}

	private static void write(ImportFiles.File file, Map<Key, Counts> counters, boolean dated, boolean byCampaign) {
		counters.forEach((key, counts) -> {
			List<Object> row = new ArrayList<>();
			row.add(key.providerId());
			if (byCampaign) {
				row.add(key.campaign());
			}
			if (dated) {
				row.add(key.date());
			}
			row.add(List.of(counts.calls, counts.byRole[HopRole.ORIGINATING.ordinal()],
					counts.byRole[HopRole.GATEWAY.ordinal()], counts.byRole[HopRole.INTERMEDIATE.ordinal()],
					counts.byRole[HopRole.TERMINATING.ordinal()], counts.byRole[HopRole.UNKNOWN.ordinal()], counts.hops,
					counts.noResponses, counts.lateResponses));
			file.row(row.toArray());
		});
	}

	private static final class Counts {

		private long calls;

		private final long[] byRole = new long[HopRole.values().length];

		private long hops;

		private long noResponses;

		private long lateResponses;

		void add(List<Traceback.Hop> hopsInOneTraceback) {
			this.calls++;
			Set<HopRole> roles = EnumSet.noneOf(HopRole.class);
			for (Traceback.Hop hop : hopsInOneTraceback) {
				roles.add(hop.role());
				this.hops++;
				if (hop.response() == HopResponse.NO_RESPONSE) {
					this.noResponses++;
				}
				if (hop.late()) {
					this.lateResponses++;
				}
			}
			roles.forEach(role -> this.byRole[role.ordinal()]++);
		}

	}

}
