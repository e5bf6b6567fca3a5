package org.tracebackgraph.ingest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A letter's metadata, in the JSON form of {@code data/letters/*-letter.json}. Fields not
 * listed here are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record LetterMetadata(String letterId, String issuer, String issuedOn, String kind, Recipient recipient, String basis,
		Integer callsTracedClaimed, CallWindow callWindow, Integer responseDueBusinessDays, List<String> campaignsNamed,
		Map<String, String> potentialViolations, Long maxCivilPenaltyPerCallUsd) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Recipient(String providerId, String name, String address, String registeredAgent, String country) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CallWindow(String first, String last) {

	}

}
