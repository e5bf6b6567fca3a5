package org.tracebackgraph.ingest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A letter's metadata, in the JSON form of {@code data/letters/*-letter.json}. Only the
 * recipient's name is required; fields not listed here are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record LetterMetadata(String letterId, String issuer, String issuedOn, String kind, Recipient recipient, String basis,
		Integer callsTracedClaimed, CallWindow callWindow, Integer responseDueBusinessDays, List<String> campaignsNamed,
		Map<String, String> potentialViolations, Long maxCivilPenaltyPerCallUsd) {

	static final LetterMetadata NONE = new LetterMetadata(null, null, null, null, null, null, null, null, null, null,
			null, null);

	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Recipient(String providerId, String name, String address, String registeredAgent, String country) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CallWindow(String first, String last) {

	}

	/**
	 * What an investigator may give beside the chart instead of a JSON file: form fields
	 * or query parameters.
	 *
	 * @param letterId the letter's id (made from issuer, date and recipient when absent)
	 * @param recipient the recipient's name
	 * @param recipientId the recipient's provider id, when it is known by another id
	 * @param issuer who sent it
	 * @param issuedOn its date, in any common form
	 * @param kind what kind of letter: cease-and-desist demand, warning letter, FCC K4
	 * notice, …
	 */
	record Fields(String letterId, String recipient, String recipientId, String issuer, String issuedOn, String kind) {

		static final Fields NONE = new Fields(null, null, null, null, null, null);

	}

}
