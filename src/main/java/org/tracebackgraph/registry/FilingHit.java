package org.tracebackgraph.registry;

import java.time.LocalDate;
import java.util.List;

import org.tracebackgraph.neo4j.Row;

/** A filing found by number, FRN or name, with the providers linked to it. */
record FilingHit(String rmdNumber, String frn, String businessName, List<String> dbaNames, String implementation,
		LocalDate removedOn, String filingUrl, List<String> providerIds) {

	static FilingHit of(Row row) {
		return new FilingHit(row.string("rmdNumber"), row.string("frn"), row.string("businessName"),
				row.strings("dbaNames"), row.string("implementation"), row.date("removedOn"), row.string("filingUrl"),
				row.strings("providerIds"));
	}

}
