package org.tracebackgraph.ui;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;
import org.tracebackgraph.web.Counted;

/**
 * What the start page shows: what is loaded, and the newest letters.
 *
 * @param counts how many of each kind of thing the graph holds
 * @param recentLetters the newest letters (10 at most)
 */
@Schema(description = "What is loaded, and the newest letters")
record Overview(Counts counts, List<Letter> recentLetters) implements Counted {

	static final int LETTERS = 10;

	@Override
	public long resultCount() {
		return this.recentLetters.size();
	}

	/**
	 * Node counts, from the database's count store.
	 *
	 * @param tracebacks tracebacks
	 * @param calls traced calls
	 * @param hops hops
	 * @param providers providers
	 * @param campaigns campaigns
	 * @param phoneNumbers caller IDs and called numbers
	 * @param letters letters
	 * @param filings FCC registry filings (none until the registry is loaded)
	 * @param riskReports risk report runs
	 */
	record Counts(long tracebacks, long calls, long hops, long providers, long campaigns, long phoneNumbers,
			long letters, long filings, long riskReports) {

		static Counts of(Row row) {
			return new Counts(row.longValue("tracebacks"), row.longValue("calls"), row.longValue("hops"),
					row.longValue("providers"), row.longValue("campaigns"), row.longValue("phoneNumbers"),
					row.longValue("letters"), row.longValue("filings"), row.longValue("riskReports"));
		}

	}

	/**
	 * A letter.
	 *
	 * @param letterId its id
	 * @param issuer who sent it
	 * @param issuedOn when
	 * @param kind e.g. cease-and-desist demand
	 * @param recipients the providers it is addressed to
	 * @param tracebacks how many tracebacks it cites
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Letter(String letterId, String issuer, LocalDate issuedOn, String kind, List<Recipient> recipients,
			long tracebacks) {

		static Letter of(Row row) {
			return new Letter(row.string("letterId"), row.string("issuer"), row.date("issuedOn"), row.string("kind"),
					row.list("recipients", Recipient::of), row.longValue("tracebacks"));
		}

	}

	record Recipient(String providerId, String name) {

		static Recipient of(Row row) {
			return new Recipient(row.string("providerId"), row.string("name"));
		}

	}

}
