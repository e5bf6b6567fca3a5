package org.tracebackgraph.provider;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.assertj.core.api.ObjectArrayAssert;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestTracebacks.Hop;
import org.tracebackgraph.TestTracebacks.Traceback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.INTERMEDIATE;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

/**
 * A provider's profile, its letters and its non-responses, each on a graph of its own.
 * Hops are asked the day after the call at 12:00 UTC (see {@code TestTracebacks}).
 */
class ProviderProfileTests extends GraphTest {

	@Test
	void aProfileShowsIdentityCallsByRoleCampaignsAndTheProvidersOnEitherSide() {
		load(traceback("T1").on("2024-01-05").campaign("Amazon-Impers-P2").route("up-one", "mid", "down-one"),
				traceback("T2").on("2024-02-10").campaign("Amazon-Impers-P2").route("up-one", "mid", "down-two"),
				traceback("T3").on("2024-03-01")
					.campaign("SSA-LawEnforcement")
					.hops(hop(2, "up-two", ORIGINATING), hop(1, "mid", INTERMEDIATE).answeredAfterHours(30),
							hop(0, "down-one", TERMINATING)));

		assertThat(this.mvc.get().uri("/api/providers/mid")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id": "mid", "name": "mid", "normalizedName": "mid", "country": "US", "foreign": false,
							 "tracedCalls": 3,
							 "byRole": {"originating": 0, "gateway": 0, "intermediate": 3, "terminating": 0, "unknown": 0},
							 "tracedHops": 3, "noResponses": 0, "lateResponses": 1, "nonResponseShare": 0.0,
							 "firstSeen": "2024-01-05", "lastSeen": "2024-03-01",
							 "campaigns": [{"name": "Amazon-Impers-P2", "calls": 2}, {"name": "SSA-LawEnforcement", "calls": 1}],
							 "campaignsTruncated": false,
							 "letters": [],
							 "upstream": [
							   {"id": "up-one", "name": "up-one", "calls": 2, "firstSeen": "2024-01-05", "lastSeen": "2024-02-10"},
							   {"id": "up-two", "name": "up-two", "calls": 1, "firstSeen": "2024-03-01", "lastSeen": "2024-03-01"}],
							 "upstreamTruncated": false,
							 "downstream": [
							   {"id": "down-one", "name": "down-one", "calls": 2, "firstSeen": "2024-01-05", "lastSeen": "2024-03-01"},
							   {"id": "down-two", "name": "down-two", "calls": 1, "firstSeen": "2024-02-10", "lastSeen": "2024-02-10"}],
							 "downstreamTruncated": false}""");
	}

	@Test
	void aProfileOfAProviderInMoreCampaignsThanItListsSaysTheListIsCut() {
		load(IntStream.rangeClosed(1, 21)
			.mapToObj(i -> traceback("T" + i).campaign("Campaign-%02d".formatted(i)).route("busy", "term"))
			.toArray(Traceback[]::new));

		var profile = assertThat(this.mvc.get().uri("/api/providers/busy")).hasStatusOk().bodyJson();
		profile.extractingPath("$.campaigns.length()").isEqualTo(20);
		profile.extractingPath("$.campaignsTruncated").isEqualTo(true);
		profile.extractingPath("$.tracedCalls").isEqualTo(21);
	}

	@Test
	void aProfileListsTheLettersTheProviderReceivedAndCountsTheirCallsAtAnUnknownHop() {
		load(traceback("T1").on("2024-01-05").campaign("Amazon-Impers-P2").route("robo", "term"),
				traceback("T2").on("2024-04-01").campaign("Amazon-Impers-P2").route("robo", "term"));
		letter("L-ROBO", "robo", "2024-03-15", "cease-and-desist demand", "2024-03-01");

		var profile = assertThat(this.mvc.get().uri("/api/providers/robo")).hasStatusOk().bodyJson();
		profile.extractingPath("$.letters")
			.isEqualTo(List.of(Map.of("letterId", "L-ROBO", "issuer", "Federal Trade Commission", "issuedOn",
					"2024-03-15", "kind", "cease-and-desist demand")));
		profile.isLenientlyEqualTo("""
				{"tracedCalls": 3,
				 "byRole": {"originating": 2, "gateway": 0, "intermediate": 0, "terminating": 0, "unknown": 1},
				 "campaigns": [{"name": "Amazon-Impers-P2", "calls": 3}], "upstream": [],
				 "downstream": [{"id": "term", "calls": 2}]}""");
	}

	@Test
	void aForeignProvidersProfileSaysSo() {
		load(overseasNoAnswer("T1", "2024-01-15"), overseasNoAnswer("T2", "2024-02-15"));

		assertThat(this.mvc.get().uri("/api/providers/overseas")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"id": "overseas", "country": "IN", "foreign": true, "tracedCalls": 2, "noResponses": 2,
				 "nonResponseShare": 1.0, "upstream": [], "downstream": [{"id": "gateway", "calls": 2}]}""");
	}

	@Test
	void aLetterShowsTheCallsBeforeItAndAfterItAndTheLastOneAfter() {
		// before 2024-03-15: the calls of 01-05 and 02-01 and the letter's own of 03-01;
		// on or after it: 03-15 and 06-20. It did not stop.
		load(traceback("T1").on("2024-01-05").route("robo", "term"),
				traceback("T2").on("2024-02-01").route("robo", "term"),
				traceback("T3").on("2024-03-15").route("robo", "term"),
				traceback("T4").on("2024-06-20").route("robo", "term"));
		letter("L-ROBO", "robo", "2024-03-15", "cease-and-desist demand", "2024-03-01");

		assertThat(this.mvc.get().uri("/api/providers/robo/letters")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items": [{"letterId": "L-ROBO", "issuer": "Federal Trade Commission",
				            "issuedOn": "2024-03-15", "kind": "cease-and-desist demand",
				            "callsBefore": 3, "callsOnOrAfter": 2, "callsUndated": 0,
				            "lastCallAfter": "2024-06-20"}],
				 "page": 0, "size": 20, "hasMore": false}""");
	}

	@Test
	void aProviderThatReceivedNoLetterHasAnEmptyList() {
		load(traceback("T1").route("robo", "term"));

		assertThat(this.mvc.get().uri("/api/providers/term/letters")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"items\": [], \"page\": 0, \"size\": 20, \"hasMore\": false}");
	}

	@Test
	void aLetterAfterWhichTheProviderStoppedHasNoLastCallAfterIt() {
		load(traceback("T1").on("2024-02-01").route("quiet", "term"));
		letter("L-QUIET", "quiet", "2024-03-01", "warning letter", "2024-01-15");

		assertThat(this.mvc.get().uri("/api/providers/quiet/letters")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"items": [{"letterId": "L-QUIET", "callsBefore": 2, "callsOnOrAfter": 0, "lastCallAfter": null}]}""");
	}

	@Test
	void lettersAreListedNewestFirstAndPaged() {
		load(traceback("T1").on("2024-01-05").route("robo", "term"),
				traceback("T2").on("2024-04-01").route("robo", "term"),
				traceback("T3").on("2024-07-01").route("robo", "term"));
		letter("L-FIRST", "robo", "2024-03-15", "cease-and-desist demand", "2024-03-01");
		letter("L-SECOND", "robo", "2024-06-01", "FCC K4 notice", "2024-05-01");

		assertThat(this.mvc.get().uri("/api/providers/robo/letters?size=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"items": [{"letterId": "L-SECOND", "callsBefore": 4, "callsOnOrAfter": 1,
					            "lastCallAfter": "2024-07-01"}], "hasMore": true}""");
		assertThat(this.mvc.get().uri("/api/providers/robo/letters?size=1&page=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"items": [{"letterId": "L-FIRST", "callsBefore": 2, "callsOnOrAfter": 3}], "hasMore": false}""");
	}

	@Test
	void nonResponsesAreListedNewestNotificationFirst() {
		load(traceback("T1").on("2024-01-15").campaign("SSA-LawEnforcement").hops(silentOriginator(), terminating()),
				traceback("T2").on("2024-03-15").campaign("Amazon-Impers-P2").hops(silentOriginator(), terminating()));

		assertThat(this.mvc.get().uri("/api/providers/silent/non-responses")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items": [
					  {"tracebackId": "T2", "callId": "C-T2", "callDate": "2024-03-15",
					   "campaign": "Amazon-Impers-P2", "position": 1, "role": "ORIGINATING",
					   "notifiedAt": "2024-03-16T12:00:00Z", "notifiedOn": "2024-03-16", "hoursTaken": null,
					   "kind": "NO_RESPONSE"},
					  {"tracebackId": "T1", "callId": "C-T1", "callDate": "2024-01-15",
					   "campaign": "SSA-LawEnforcement", "position": 1, "role": "ORIGINATING",
					   "notifiedAt": "2024-01-16T12:00:00Z", "notifiedOn": "2024-01-16", "hoursTaken": null,
					   "kind": "NO_RESPONSE"}],
					 "page": 0, "size": 20, "hasMore": false}""");
	}

	@Test
	void anAnswerAfterMoreThan24HoursIsLate() {
		load(traceback("T1").on("2024-04-15")
			.campaign("SSA-LawEnforcement")
			.hops(hop(2, "origin", ORIGINATING), hop(1, "slow", GATEWAY).answeredAfterHours(30), terminating()));

		assertThat(this.mvc.get().uri("/api/providers/slow/non-responses")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items": [
					  {"tracebackId": "T1", "callId": "C-T1", "callDate": "2024-04-15",
					   "campaign": "SSA-LawEnforcement", "position": 1, "role": "GATEWAY",
					   "notifiedAt": "2024-04-16T12:00:00Z", "notifiedOn": "2024-04-16",
					   "respondedAt": "2024-04-17T18:00:00Z", "respondedOn": "2024-04-17", "hoursTaken": 30.0,
					   "kind": "LATE"}],
					 "page": 0, "size": 20, "hasMore": false}""");
	}

	@Test
	void answersWithin24HoursAreNotListed() {
		load(traceback("T1").hops(hop(1, "prompt", ORIGINATING).answeredAfterHours(24), terminating()),
				traceback("T2").hops(hop(1, "prompt", ORIGINATING).answeredAfterHours(1), terminating()));

		assertThat(this.mvc.get().uri("/api/providers/prompt/non-responses")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void theHopsOfALettersChartCarryNoResponseAndAreNoNonResponses() {
		load(traceback("T1").route("robo", "term"));
		letter("L-ROBO", "robo", "2024-03-15", "cease-and-desist demand", "2024-03-01");

		assertThat(this.mvc.get().uri("/api/providers/robo/non-responses")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void nonResponsesArePagedAndMayBeLimitedToAWindowOfCallDates() {
		load(Stream.of("2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15")
			.map(day -> traceback("T-" + day).on(day).hops(silentOriginator(), terminating()))
			.toArray(Traceback[]::new));

		var first = assertThat(this.mvc.get().uri("/api/providers/silent/non-responses?size=2")).hasStatusOk()
			.bodyJson();
		first.extractingPath("$.items[*].tracebackId").asArray().containsExactly("T-2024-04-15", "T-2024-03-15");
		first.extractingPath("$.hasMore").isEqualTo(true);
		var second = assertThat(this.mvc.get().uri("/api/providers/silent/non-responses?size=2&page=1")).hasStatusOk()
			.bodyJson();
		second.extractingPath("$.items[*].tracebackId").asArray().containsExactly("T-2024-02-15", "T-2024-01-15");
		second.extractingPath("$.hasMore").isEqualTo(false);

		tracebackIds("/api/providers/silent/non-responses?from=2024-02-01&to=2024-03-31")
			.containsExactly("T-2024-03-15", "T-2024-02-15");
		tracebackIds("/api/providers/silent/non-responses?from=2024-04-01").containsExactly("T-2024-04-15");
		tracebackIds("/api/providers/silent/non-responses?to=2024-01-31").containsExactly("T-2024-01-15");
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
		load(traceback("T1").route("robo", "term"));

		assertThat(this.mvc.get().uri("/api/providers/robo/non-responses?to=yesterday")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("to");
		assertThat(this.mvc.get().uri("/api/providers/robo/non-responses?size=201")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(this.mvc.get().uri("/api/providers/robo/letters?page=-1")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("page");
	}

	private static Traceback overseasNoAnswer(String id, String day) {
		return traceback(id).on(day)
			.hops(hop(2, "overseas", ORIGINATING).in("IN").noAnswer(), hop(1, "gateway", GATEWAY), terminating());
	}

	private static Hop silentOriginator() {
		return hop(1, "silent", ORIGINATING).noAnswer();
	}

	private static Hop terminating() {
		return hop(0, "term", TERMINATING);
	}

	/**
	 * Imports a letter from the Federal Trade Commission through the app, its chart
	 * listing one call per day given (the recipient carried each at a hop nobody placed).
	 */
	private void letter(String letterId, String recipientId, String issuedOn, String kind, String... callDays) {
		String chart = Stream.of(callDays)
			.map(day -> day + "," + day + ",Amazon-Impers-P2")
			.collect(Collectors.joining("\n", "Date of ITG Notification,Date of Call,Robocall Campaign Identifier\n",
					"\n"));
		assertThat(this.mvc.post()
			.uri("/api/imports/letters?letterId={l}&recipient={r}&recipientId={id}&issuer={i}&issuedOn={d}&kind={k}",
					letterId, recipientId, recipientId, "Federal Trade Commission", issuedOn, kind)
			.contentType("text/csv")
			.content(chart)).hasStatusOk();
	}

	private ObjectArrayAssert<Object> tracebackIds(String uri) {
		return assertThat(this.mvc.get().uri(uri)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].tracebackId")
			.asArray();
	}

}
