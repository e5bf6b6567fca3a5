package org.tracebackgraph.provider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's profile, its letters and its non-responses, on the investigation graph.
 */
class ProviderProfileTests extends GraphTest {

	@BeforeEach
	void investigationGraph() {
		loadInvestigationGraph();
	}

	@Test
	void aProfileShowsIdentityCallsByRoleCampaignsAndTheProvidersOnEitherSide() {
		assertThat(this.mvc.get().uri("/api/providers/big-carrier")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"id": "big-carrier", "name": "Big Carrier Inc", "normalizedName": "bigcarrierinc", "country": "US",
				 "foreign": false, "tracedCalls": 12,
				 "byRole": {"originating": 0, "gateway": 0, "intermediate": 12, "terminating": 0, "unknown": 0},
				 "tracedHops": 12, "noResponses": 0, "lateResponses": 1, "nonResponseShare": 0.0,
				 "firstSeen": "2024-01-05", "lastSeen": "2024-06-20",
				 "campaigns": [{"name": "Amazon-Impers-P2", "calls": 8}, {"name": "SSA-LawEnforcement", "calls": 4}],
				 "campaignsTruncated": false,
				 "letters": [],
				 "upstream": [
				   {"id": "wholesale-one", "name": "Wholesale One Corp", "calls": 6,
				    "firstSeen": "2024-01-05", "lastSeen": "2024-05-22"},
				   {"id": "gateway-global", "name": "Gateway Global LLC", "calls": 5,
				    "firstSeen": "2024-01-15", "lastSeen": "2024-06-20"},
				   {"id": "robo-origin", "name": "Robo Origin VoIP", "calls": 1,
				    "firstSeen": "2024-06-15", "lastSeen": "2024-06-15"}],
				 "upstreamTruncated": false,
				 "downstream": [
				   {"id": "acme-voice", "name": "Acme Voice LLC", "calls": 8,
				    "firstSeen": "2024-01-05", "lastSeen": "2024-06-20"},
				   {"id": "metro-tel", "name": "Metro Tel Inc", "calls": 4,
				    "firstSeen": "2024-02-10", "lastSeen": "2024-06-15"}],
				 "downstreamTruncated": false}""");
	}

	@Test
	void aProfileListsTheLettersTheProviderReceived() {
		var profile = assertThat(this.mvc.get().uri("/api/providers/robo-origin")).hasStatusOk().bodyJson();

		profile.extractingPath("$.letters")
			.isEqualTo(java.util.List.of(java.util.Map.of("letterId", "FX-LETTER-ROBO", "issuer",
					"Federal Trade Commission", "issuedOn", "2024-03-15", "kind", "cease-and-desist demand")));
		profile.isLenientlyEqualTo("""
				{"tracedCalls": 10,
				 "byRole": {"originating": 8, "gateway": 0, "intermediate": 0, "terminating": 0, "unknown": 2},
				 "campaigns": [{"name": "Amazon-Impers-P2", "calls": 10}], "upstream": []}""");
		profile.extractingPath("$.downstream[*].id")
			.asArray()
			.containsExactly("wholesale-one", "big-carrier", "gateway-global");
	}

	@Test
	void aForeignProvidersProfileSaysSo() {
		assertThat(this.mvc.get().uri("/api/providers/overseas-voip")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"id": "overseas-voip", "country": "IN", "foreign": true, "tracedCalls": 4, "noResponses": 4,
				 "nonResponseShare": 1.0, "upstream": [],
				 "downstream": [{"id": "gateway-global", "calls": 4}]}""");
	}

	@Test
	void aLetterShowsTheCallsBeforeItAndAfterItAndTheLastOneAfter() {
		// robo-origin carried 6 calls before 2024-03-15 (FX-C-01 to 04 and the letter's
		// two) and 4 after it, the last on 2024-06-20: it did not stop
		assertThat(this.mvc.get().uri("/api/providers/robo-origin/letters")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items": [{"letterId": "FX-LETTER-ROBO", "issuer": "Federal Trade Commission",
					            "issuedOn": "2024-03-15", "kind": "cease-and-desist demand",
					            "callsBefore": 6, "callsOnOrAfter": 4, "callsUndated": 0,
					            "lastCallAfter": "2024-06-20"}],
					 "page": 0, "size": 20, "hasMore": false}""");
	}

	@Test
	void aProviderThatReceivedNoLetterHasAnEmptyList() {
		assertThat(this.mvc.get().uri("/api/providers/big-carrier/letters")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"items\": [], \"page\": 0, \"size\": 20, \"hasMore\": false}");
	}

	@Test
	void aLetterAfterWhichTheProviderStoppedHasNoLastCallAfterIt() {
		assertThat(postJson("/api/tracebacks", """
				{"tracebackId": "STOP-T-1", "call": {"callId": "STOP-C-1", "startedAt": "2024-02-01T10:00:00Z"},
				 "hops": [{"position": 0, "provider": {"id": "quiet-carrier"}, "role": "TERMINATING"}]}
				""")).hasStatusOk();
		this.driver.executableQuery("""
				MATCH (p:Provider {providerId: 'quiet-carrier'})
				CREATE (:Letter {letterId: 'STOP-LETTER', issuer: 'FCC', issuedOn: date('2024-03-01'),
				                 kind: 'warning'})-[:ADDRESSED_TO]->(p)""").execute();

		assertThat(this.mvc.get().uri("/api/providers/quiet-carrier/letters")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"items": [{"letterId": "STOP-LETTER", "callsBefore": 1, "callsOnOrAfter": 0,
					            "lastCallAfter": null}]}""");
	}

	@Test
	void lettersArePaged() {
		this.driver.executableQuery("""
				MATCH (p:Provider {providerId: 'robo-origin'})
				CREATE (:Letter {letterId: 'FX-LETTER-ROBO-2', issuer: 'FCC', issuedOn: date('2024-06-01'),
				                 kind: 'notice'})-[:ADDRESSED_TO]->(p)""").execute();

		var first = assertThat(this.mvc.get().uri("/api/providers/robo-origin/letters?size=1")).hasStatusOk()
			.bodyJson();
		first.isLenientlyEqualTo("""
				{"items": [{"letterId": "FX-LETTER-ROBO-2", "callsBefore": 8, "callsOnOrAfter": 2,
				            "lastCallAfter": "2024-06-20"}], "hasMore": true}""");
		assertThat(this.mvc.get().uri("/api/providers/robo-origin/letters?size=1&page=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"items\": [{\"letterId\": \"FX-LETTER-ROBO\", \"callsBefore\": 6}]," + " \"hasMore\": false}");
	}

	@Test
	void nonResponsesAreListedNewestNotificationFirst() {
		assertThat(this.mvc.get().uri("/api/providers/overseas-voip/non-responses")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items": [
					  {"tracebackId": "FX-T-10", "callId": "FX-C-10", "callDate": "2024-04-15",
					   "campaign": "SSA-LawEnforcement", "position": 3, "role": "ORIGINATING",
					   "notifiedAt": "2024-04-17T19:00:00Z", "notifiedOn": "2024-04-17", "hoursTaken": null,
					   "kind": "NO_RESPONSE"},
					  {"tracebackId": "FX-T-09", "callId": "FX-C-09", "callDate": "2024-03-15",
					   "campaign": "SSA-LawEnforcement", "position": 3, "role": "ORIGINATING",
					   "notifiedAt": "2024-03-16T18:00:00Z", "notifiedOn": "2024-03-16", "hoursTaken": null,
					   "kind": "NO_RESPONSE"},
					  {"tracebackId": "FX-T-08", "callId": "FX-C-08", "callDate": "2024-02-15",
					   "campaign": "SSA-LawEnforcement", "position": 3, "role": "ORIGINATING",
					   "notifiedAt": "2024-02-16T17:00:00Z", "notifiedOn": "2024-02-16", "hoursTaken": null,
					   "kind": "NO_RESPONSE"},
					  {"tracebackId": "FX-T-07", "callId": "FX-C-07", "callDate": "2024-01-15",
					   "campaign": "SSA-LawEnforcement", "position": 3, "role": "ORIGINATING",
					   "notifiedAt": "2024-01-16T16:00:00Z", "notifiedOn": "2024-01-16", "hoursTaken": null,
					   "kind": "NO_RESPONSE"}],
					 "page": 0, "size": 20, "hasMore": false}""");
	}

	@Test
	void anAnswerAfterMoreThan24HoursIsLate() {
		assertThat(this.mvc.get().uri("/api/providers/gateway-global/non-responses")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items": [
					  {"tracebackId": "FX-T-10", "callId": "FX-C-10", "callDate": "2024-04-15",
					   "campaign": "SSA-LawEnforcement", "position": 2, "role": "GATEWAY",
					   "notifiedAt": "2024-04-16T13:00:00Z", "notifiedOn": "2024-04-16",
					   "respondedAt": "2024-04-17T19:00:00Z", "respondedOn": "2024-04-17", "hoursTaken": 30.0,
					   "kind": "LATE"}],
					 "page": 0, "size": 20, "hasMore": false}""");
		assertThat(this.mvc.get().uri("/api/providers/wholesale-one/non-responses")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"items\": [{\"tracebackId\": \"FX-T-14\", \"kind\": \"LATE\", \"hoursTaken\": 30.0}]}");
		assertThat(this.mvc.get().uri("/api/providers/big-carrier/non-responses")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].tracebackId")
			.asArray()
			.containsExactly("FX-T-18");
	}

	@Test
	void answersWithin24HoursAreNotListed() {
		assertThat(this.mvc.get().uri("/api/providers/acme-voice/non-responses")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
		// robo-origin always answered, and its letter's hops carry no response at all
		assertThat(this.mvc.get().uri("/api/providers/robo-origin/non-responses")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void nonResponsesArePagedAndMayBeLimitedToAWindowOfCallDates() {
		var first = assertThat(this.mvc.get().uri("/api/providers/overseas-voip/non-responses?size=2")).hasStatusOk()
			.bodyJson();
		first.extractingPath("$.items[*].tracebackId").asArray().containsExactly("FX-T-10", "FX-T-09");
		first.extractingPath("$.hasMore").isEqualTo(true);
		var second = assertThat(this.mvc.get().uri("/api/providers/overseas-voip/non-responses?size=2&page=1"))
			.hasStatusOk()
			.bodyJson();
		second.extractingPath("$.items[*].tracebackId").asArray().containsExactly("FX-T-08", "FX-T-07");
		second.extractingPath("$.hasMore").isEqualTo(false);

		assertThat(this.mvc.get().uri("/api/providers/overseas-voip/non-responses?from=2024-02-01&to=2024-03-31"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].tracebackId")
			.asArray()
			.containsExactly("FX-T-09", "FX-T-08");
		assertThat(this.mvc.get().uri("/api/providers/far-telecom/non-responses?from=2024-05-01")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].tracebackId")
			.asArray()
			.containsExactly("FX-T-17");
		assertThat(this.mvc.get().uri("/api/providers/far-telecom/non-responses?to=2024-05-01")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].tracebackId")
			.asArray()
			.containsExactly("FX-T-16");
	}

	@Test
	void unknownProvidersAreProblemsWith404() {
		for (String path : new String[] { "/api/providers/no-such-carrier", "/api/providers/no-such-carrier/letters",
				"/api/providers/no-such-carrier/non-responses" }) {
			assertThat(this.mvc.get().uri(path)).hasStatus(404)
				.hasContentType("application/problem+json")
				.bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("No provider with id 'no-such-carrier'");
		}
	}

	@Test
	void badParametersOfTheListsAreProblemsWith400() {
		assertThat(this.mvc.get().uri("/api/providers/overseas-voip/non-responses?to=yesterday")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("to");
		assertThat(this.mvc.get().uri("/api/providers/overseas-voip/non-responses?size=201")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(this.mvc.get().uri("/api/providers/robo-origin/letters?page=-1")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("page");
	}

}
