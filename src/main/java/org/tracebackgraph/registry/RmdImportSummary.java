package org.tracebackgraph.registry;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What an RMD import did.
 *
 * @param filings filings in the export
 * @param created filings new to the graph
 * @param updated filings whose content changed
 * @param unchanged filings as they were
 * @param removed filings the export no longer lists, now marked removed as of its date
 * @param restored filings listed again after a removal
 * @param asOf the export's date
 * @param providersMatched providers matched against the filings (those without a
 * confirmed link)
 * @param linked providers linked to one filing automatically
 * @param withCandidates providers left with candidates for an analyst
 * @param durationMs how long it took, reading included
 */
record RmdImportSummary(long filings, long created, long updated, long unchanged, long removed, long restored,
		LocalDate asOf, long providersMatched, long linked, long withCandidates, long durationMs) {

	String describe() {
		return String.format(Locale.ROOT,
				"%,d filings as of %s: %,d new, %,d updated, %,d unchanged, %,d marked removed, %,d back;"
						+ " %,d providers matched: %,d linked, %,d with candidates; in %,d ms",
				this.filings, this.asOf, this.created, this.updated, this.unchanged, this.removed, this.restored,
				this.providersMatched, this.linked, this.withCandidates, this.durationMs);
	}

}
