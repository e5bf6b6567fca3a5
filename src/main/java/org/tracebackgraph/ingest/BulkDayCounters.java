package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.neo4j.ImportFiles;

/**
 * The ranking's counters, added up in Java from the tracebacks a bulk load writes: per
 * provider and month of the call date ({@code ProviderMonth}, keyed by its first day),
 * per campaign, provider and month ({@code ProviderCampaignMonth}), each with its days,
 * and per campaign and provider for undated calls ({@code ProviderCampaignUndated}).
 * {@code calls} counts the tracebacks with a hop by the provider, each role those with a
 * hop by it in that role, {@code hops}, {@code noResponses} and {@code lateResponses} its
 * hops. Only tracebacks are added, so no counter or day has 0 calls. The counters are
 * written as the online path keeps them ({@link DayCounts#COLUMNS} in {@code counts}, the
 * days in {@code days} and theirs in {@code dayCounts}); {@code BulkImportTests} compares
 * the two.
 */
final class BulkDayCounters {

	private record Key(String providerId, LocalDate date, String campaign) {
	}

	private final Map<Key, Month> months = new LinkedHashMap<>();

	private final Map<Key, Month> campaignMonths = new LinkedHashMap<>();

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
				LocalDate month = day.withDayOfMonth(1);
				this.months.computeIfAbsent(new Key(providerId, month, null), k -> new Month()).add(day, own);
				if (campaign != null) {
					this.campaignMonths.computeIfAbsent(new Key(providerId, month, campaign), k -> new Month())
						.add(day, own);
				}
			}
			else if (campaign != null) {
				this.campaignsUndated.computeIfAbsent(new Key(providerId, null, campaign), k -> new Counts()).add(own);
			}
		});
	}

	void write(ImportFiles files, NodeIds nodeIds) {
		ImportFiles.File providerMonths = files.nodes("ProviderMonth", ":ID", "providerId", "month:date",
				"counts:long[]", "days:long[]", "dayCounts:long[]");
		this.months.forEach((key, month) -> providerMonths.row(nodeIds.next(), key.providerId(), key.date(),
				month.total.values(), month.days(), month.dayCounts()));
		ImportFiles.File campaignMonthsFile = files.nodes("ProviderCampaignMonth", ":ID", "providerId", "campaign",
				"month:date", "counts:long[]", "days:long[]", "dayCounts:long[]");
		this.campaignMonths.forEach((key, month) -> campaignMonthsFile.row(nodeIds.next(), key.providerId(),
				key.campaign(), key.date(), month.total.values(), month.days(), month.dayCounts()));
		ImportFiles.File undated = files.nodes("ProviderCampaignUndated", ":ID", "providerId", "campaign",
				"counts:long[]");
		this.campaignsUndated
			.forEach((key, counts) -> undated.row(nodeIds.next(), key.providerId(), key.campaign(), counts.values()));
		files.nodes("Counters", ":ID", "name", "version:long")
			.row(nodeIds.next(), DayCounters.NAME, (long) DayCounters.VERSION);
	}

	/** A month's totals and, per day of the month with calls, that day's. */
	private static final class Month {

		private final Counts total = new Counts();

		private final Map<Integer, Counts> byDay = new TreeMap<>();

		void add(LocalDate day, List<Traceback.Hop> hops) {
			this.total.add(hops);
			this.byDay.computeIfAbsent(day.getDayOfMonth(), d -> new Counts()).add(hops);
		}

		List<Long> days() {
			return this.byDay.keySet().stream().map(Integer::longValue).toList();
		}

		List<Long> dayCounts() {
			return this.byDay.values().stream().flatMap(counts -> counts.values().stream()).toList();
		}

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

		/** In the order of {@link DayCounts#COLUMNS}. */
		List<Long> values() {
			return List.of(this.calls, this.byRole[HopRole.ORIGINATING.ordinal()],
					this.byRole[HopRole.GATEWAY.ordinal()], this.byRole[HopRole.INTERMEDIATE.ordinal()],
					this.byRole[HopRole.TERMINATING.ordinal()], this.byRole[HopRole.UNKNOWN.ordinal()], this.hops,
					this.noResponses, this.lateResponses);
		}

	}

}
