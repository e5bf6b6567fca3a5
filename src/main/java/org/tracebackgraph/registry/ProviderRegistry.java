package org.tracebackgraph.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tracebackgraph.neo4j.Row;

/**
 * What the registry says of one provider.
 *
 * @param providerId the provider
 * @param registryLoaded whether any RMD export has been loaded (no flags before)
 * @param checkedOn when the provider was last matched against the filings
 * @param flags its registry flags, each with what it means
 * @param filings the filings it is linked to, with how the link was made
 * @param candidates filings that may be it, not linked
 * @param rejected filings an analyst said it is not
 */
record ProviderRegistry(String providerId, boolean registryLoaded, LocalDate checkedOn, List<Flag> flags,
		List<LinkedFiling> filings, List<Candidate> candidates, List<Rejected> rejected) {

	/** What each flag means, in the words the pages and reports show. */
	static final Map<String, String> FLAG_REASONS = Map.of("NO_FILING",
			"no filing in the Robocall Mitigation Database: since 2024 carriers may not accept its traffic",
			"UNRESOLVED", "filings may be this provider, none is linked yet: an analyst should decide",
			"REMOVED_FILING", "its filing was removed from the Robocall Mitigation Database", "NO_STIR_SHAKEN",
			"its filing says STIR/SHAKEN is not implemented", "UNDECLARED_GATEWAY",
			"it carried traced calls as a gateway, and its filing does not declare the gateway role");

	static ProviderRegistry of(Row row) {
		return new ProviderRegistry(row.string("providerId"), row.bool("registryLoaded"), row.date("checkedOn"),
				row.strings("flags").stream().map(Flag::of).toList(), row.list("filings", LinkedFiling::of),
				row.list("candidates", Candidate::of), row.list("rejected", Rejected::of));
	}

	record Flag(String code, String reason) {

		static Flag of(String code) {
			return new Flag(code, FLAG_REASONS.getOrDefault(code, code));
		}

	}

	record LinkedFiling(String rmdNumber, String frn, String businessName, List<String> dbaNames,
			List<String> previousNames, List<String> otherFrns, String implementation, boolean declaresVoice,
			boolean declaresGateway, boolean declaresIntermediate, boolean foreign, LocalDate lastUpdated,
			LocalDate removedOn, String filingUrl, Link link) {

		static LinkedFiling of(Row row) {
			Row link = row.row("link");
			return new LinkedFiling(row.string("rmdNumber"), row.string("frn"), row.string("businessName"),
					row.strings("dbaNames"), row.strings("previousNames"), row.strings("otherFrns"),
					row.string("implementation"), row.bool("declaresVoice"), row.bool("declaresGateway"),
					row.bool("declaresIntermediate"), row.bool("foreign"), row.date("lastUpdated"),
					row.date("removedOn"), row.string("filingUrl"),
					new Link(link.string("status"), link.string("method"), link.doubleOrNull("confidence"),
							link.string("reason"), link.string("decidedBy")));
		}

	}

	/**
	 * @param status AUTO (matched by name) or CONFIRMED (by an analyst)
	 * @param method BUSINESS_NAME, DBA_NAME, PREVIOUS_NAME or ANALYST
	 * @param confidence 1.0 for an exact match of normalised names
	 * @param reason the match in words
	 * @param decidedBy the analyst, for a confirmed link
	 */
	record Link(String status, String method, Double confidence, String reason, String decidedBy) {
	}

	record Candidate(String rmdNumber, String businessName, LocalDate removedOn, String method, double score,
			String reason) {

		static Candidate of(Row row) {
			return new Candidate(row.string("rmdNumber"), row.string("businessName"), row.date("removedOn"),
					row.string("method"), row.doubleValue("score"), row.string("reason"));
		}

	}

	record Rejected(String rmdNumber, String businessName, String decidedBy) {

		static Rejected of(Row row) {
			return new Rejected(row.string("rmdNumber"), row.string("businessName"), row.string("decidedBy"));
		}

	}

}
