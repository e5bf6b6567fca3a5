package org.tracebackgraph.provider;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * A letter a provider received and the traced calls it carried before and after it: did
 * it stop?
 *
 * @param letterId the letter
 * @param issuer who sent it
 * @param issuedOn its date
 * @param kind e.g. cease-and-desist demand
 * @param callsBefore traced calls through the provider made before the letter's date
 * @param callsOnOrAfter those made on or after it
 * @param callsUndated those whose call date is not known
 * @param lastCallAfter the date of the last call on or after the letter's date, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A letter to the provider, with its traced calls before and after it")
record LetterEffect(String letterId, String issuer, LocalDate issuedOn, String kind, long callsBefore,
		long callsOnOrAfter, long callsUndated, @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate lastCallAfter) {

	static LetterEffect of(Row row) {
		return new LetterEffect(row.string("letterId"), row.string("issuer"), row.date("issuedOn"), row.string("kind"),
				row.longValue("callsBefore"), row.longValue("callsOnOrAfter"), row.longValue("callsUndated"),
				row.date("lastCallAfter"));
	}

}
