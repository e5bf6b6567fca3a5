package org.tracebackgraph.search;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * One thing a search found.
 *
 * @param type CALL, TRACEBACK, NUMBER, PROVIDER, CAMPAIGN or FILING (an FCC registry
 * filing)
 * @param key what names it in the API: the call, traceback or provider id, the E.164
 * number, the campaign's name, the filing's RMD number
 * @param label what to show: the provider's or filing's name, otherwise the key
 * @param detail a word more: a call's campaign, a traceback's status, a provider's
 * country, a campaign's calls, a filing's FRN
 * @param day a call's date, a traceback's notification date, a provider's last traced
 * call
 * @param exact whether the text is the thing's identifier (not a part of its name)
 * @param providerIds for a filing, the providers it is linked to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One thing a search found")
record SearchHit(String type, String key, String label, String detail, LocalDate day, boolean exact,
		List<String> providerIds) {

	static SearchHit of(Row row, boolean exact) {
		List<String> providers = row.strings("providerIds");
		return new SearchHit(row.string("type"), row.string("key"), row.string("label"), row.string("detail"),
				row.date("day"), exact, providers.isEmpty() ? null : providers);
	}

}
