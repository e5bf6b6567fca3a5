package org.tracebackgraph.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.ObjectArrayAssert;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

/**
 * Providers matched to real filings (rows of the FCC's export), the analysts' decisions,
 * the flags, and the registry questions. Providers in these graphs are named by their
 * ids, so an id is the name the matcher sees.
 */
class ProviderRegistryTests extends GraphTest {

	private static final List<String> EXPORT = Examples.text(ResolutionEvaluationTests.EXPORT).lines().toList();

	/** The export's header and its rows of these filings. */
	private static String export(String... rmdNumbers) {
		return Stream
			.concat(Stream.of(EXPORT.getFirst()),
					EXPORT.stream().filter(line -> Stream.of(rmdNumbers).anyMatch(n -> line.contains("," + n + ","))))
			.collect(Collectors.joining("\n"));
	}

	private static final String[] CENTURYLINK = { "RMD0006351", "RMD0004132", "RMD0006159", "RMD0006394" };

	private void importRmd(String csv) {
		assertThat(this.mvc.post()
			.uri("/api/imports/rmd?asOf=2025-01-21")
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))).hasStatusOk();
	}

	private MvcTestResult registry(String providerId) {
		return this.mvc.get().uri("/api/providers/{id}/registry", providerId).exchange();
	}

	private MvcTestResult decide(String providerId, String rmdNumber, String decision) {
		return this.mvc.put()
			.uri("/api/providers/{id}/filing", providerId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rmdNumber\": \"" + rmdNumber + "\", \"decision\": \"" + decision + "\"}")
			.exchange();
	}

	@Test
	void aProviderNamedAsItFilesIsLinkedToItsFilingWithTheReason() {
		load(traceback("T1").route("Bandwidth Inc.", "Telnyx Inc"));
		importRmd(export("RMD0002564", "RMD0003709", "RMD0001645"));

		assertThat(registry("Bandwidth Inc.")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"registryLoaded": true, "flags": [], "candidates": [],
							 "filings": [{"rmdNumber": "RMD0002564", "frn": "0015443773", "businessName": "Bandwidth Inc.",
							              "previousNames": ["Bandwidth.com, Inc."], "implementation": "Yes",
							              "declaresGateway": true, "removedOn": null,
							              "link": {"status": "AUTO", "method": "BUSINESS_NAME", "confidence": 1.0,
							                       "reason": "'Bandwidth Inc.' is the business name 'Bandwidth Inc.' once normalised"}}]}""");
		assertThat(registry("Telnyx Inc")).bodyJson()
			.extractingPath("$.filings[*].rmdNumber")
			.asArray()
			.containsExactly("RMD0001645");
	}

	@Test
	void anAmbiguousNameLinksNothingAndListsTheCandidatesForAnAnalyst() {
		load(traceback("T1").route("CenturyLink", "term"));
		importRmd(export(CENTURYLINK));

		var registry = assertThat(registry("CenturyLink")).hasStatusOk().bodyJson();
		registry.extractingPath("$.filings").asArray().isEmpty();
		registry.extractingPath("$.flags[*].code").asArray().containsExactly("UNRESOLVED");
		registry.extractingPath("$.candidates[*].rmdNumber").asArray().hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void anAnalystsConfirmationAndRejectionSurviveANewExport() {
		load(traceback("T1").route("CenturyLink", "Bandwidth Inc."));
		importRmd(export(CENTURYLINK[0], CENTURYLINK[1], CENTURYLINK[2], "RMD0002564"));

		assertThat(decide("CenturyLink", "RMD0004132", "CONFIRM")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"flags": [], "candidates": [],
				 "filings": [{"rmdNumber": "RMD0004132",
				              "link": {"status": "CONFIRMED", "method": "ANALYST", "decidedBy": "test-admin"}}]}""");
		assertThat(decide("Bandwidth Inc.", "RMD0002564", "reject")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"filings": [], "rejected": [{"rmdNumber": "RMD0002564"}],
				 "flags": [{"code": "NO_FILING"}]}""");

		importRmd(export(CENTURYLINK));
		assertThat(registry("CenturyLink")).bodyJson()
			.extractingPath("$.filings[*].rmdNumber")
			.asArray()
			.containsExactly("RMD0004132");
		assertThat(registry("Bandwidth Inc.")).bodyJson().extractingPath("$.filings").asArray().isEmpty();
		assertThat(this.mvc.post().uri("/api/registry/resolve")).hasStatusOk();
		assertThat(registry("Bandwidth Inc.")).bodyJson().extractingPath("$.filings").asArray().isEmpty();
	}

	@Test
	void providersOfALaterImportAreMatchedAndFlaggedWithoutBeingAsked() {
		importRmd(export("RMD0002564", "RMD0006747"));
		load(traceback("T1").hops(hop(2, "Robo Origin VoIP", ORIGINATING), hop(1, "ZipDX", GATEWAY),
				hop(0, "Bandwidth Inc.", TERMINATING)));

		assertThat(registry("Bandwidth Inc.")).bodyJson()
			.extractingPath("$.filings[*].rmdNumber")
			.asArray()
			.containsExactly("RMD0002564");
		flags("Robo Origin VoIP").containsExactly("NO_FILING");
		flags("ZipDX").containsExactly("UNDECLARED_GATEWAY");
	}

	@Test
	void decisionsNameWhatIsWrong() {
		load(traceback("T1").route("Bandwidth Inc.", "term"));
		importRmd(export("RMD0002564"));

		assertThat(decide("Bandwidth Inc.", "RMD0002564", "MAYBE")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"decision\"}]}");
		assertThat(decide("Bandwidth Inc.", "RMD9999999", "CONFIRM")).hasStatus(404);
		assertThat(decide("no-such-provider", "RMD0002564", "CONFIRM")).hasStatus(404);
		assertThat(registry("no-such-provider")).hasStatus(404);
	}

	@Test
	void flagsSayWhatTheRegistryHoldsAgainstAProviderOnIllegalRoutes() {
		// 1820 Services LLC (RMD0013648) filed implementation No; ZipDX (RMD0006747) does
		// not
		// declare the gateway role
		load(traceback("T1").on("2024-03-01")
			.campaign("Amazon-Impers-P2")
			.hops(hop(3, "Robo Origin VoIP", ORIGINATING), hop(2, "ZipDX", GATEWAY),
					hop(1, "1820 Services LLC", "INTERMEDIATE"), hop(0, "Bandwidth Inc.", TERMINATING)),
				traceback("T2").on("2024-06-01")
					.campaign("SSA-LawEnforcement")
					.route("Robo Origin VoIP", "Bandwidth Inc."));
		importRmd(export("RMD0002564", "RMD0006747", "RMD0013648"));
		assertThat(rows("MATCH (f:Filing {rmdNumber: 'RMD0006747'}) RETURN f.declaresGateway AS gateway", Map.of()))
			.containsExactly(Map.of("gateway", false));

		flags("Robo Origin VoIP").containsExactly("NO_FILING");
		flags("ZipDX").containsExactly("UNDECLARED_GATEWAY");
		flags("1820 Services LLC").containsExactly("NO_STIR_SHAKEN");
		flags("Bandwidth Inc.").isEmpty();

		assertThat(this.mvc.get().uri("/api/registry/flagged")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].providerId")
			.asArray()
			.containsExactly("Robo Origin VoIP", "1820 Services LLC", "ZipDX");
		assertThat(this.mvc.get().uri("/api/registry/flagged?flag=no_filing&campaign=SSA-LawEnforcement")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"items": [{"providerId": "Robo Origin VoIP", "flags": ["NO_FILING"], "calls": 1,
					            "firstSeen": "2024-06-01", "lastSeen": "2024-06-01"}], "hasMore": false}""");
		assertThat(this.mvc.get().uri("/api/registry/flagged?from=2024-05-01")).bodyJson()
			.extractingPath("$.items[*].providerId")
			.asArray()
			.containsExactly("Robo Origin VoIP");
		assertThat(this.mvc.get().uri("/api/registry/flagged?flag=BAD")).hasStatus(400);
	}

	@Test
	void aRemovedFilingFlagsItsProvider() {
		load(traceback("T1").route("Bandwidth Inc.", "term"));
		importRmd(export("RMD0002564", "RMD0003709"));
		assertThat(this.mvc.post()
			.uri("/api/imports/rmd?asOf=2025-03-01")
			.contentType("text/csv")
			.content(export("RMD0003709").getBytes(StandardCharsets.UTF_8))).hasStatusOk();

		assertThat(registry("Bandwidth Inc.")).bodyJson().isLenientlyEqualTo("""
				{"flags": [{"code": "REMOVED_FILING"}],
				 "filings": [{"rmdNumber": "RMD0002564", "removedOn": "2025-03-01"}]}""");
	}

	@Test
	void noFlagsBeforeARegistryIsLoaded() {
		load(traceback("T1").route("Robo Origin VoIP", "term"));

		assertThat(registry("Robo Origin VoIP")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"registryLoaded\": false, \"flags\": [], \"filings\": []}");
	}

	@Test
	void filingsAreFoundByNumberFrnOrPartOfAnyName() {
		load(traceback("T1").route("Bandwidth Inc.", "term"));
		importRmd(export("RMD0002564", "RMD0003709", "RMD0001645"));

		filingNumbers("RMD0002564").containsExactly("RMD0002564");
		filingNumbers("rmd0002564").containsExactly("RMD0002564");
		filingNumbers("15443773").containsExactly("RMD0002564");
		filingNumbers("0015443773").containsExactly("RMD0002564");
		filingNumbers("bandwidth").containsExactly("RMD0002564", "RMD0003709");
		filingNumbers("Bandwidth.com").containsExactly("RMD0002564", "RMD0003709");
		assertThat(this.mvc.get().uri("/api/filings?q=telnyx")).bodyJson().isLenientlyEqualTo("""
				{"items": [{"rmdNumber": "RMD0001645", "businessName": "Telnyx, LLC", "providerIds": []}]}""");
		assertThat(this.mvc.get().uri("/api/filings?q={q}", "bandwidth inc")).bodyJson()
			.extractingPath("$.items[0].providerIds")
			.asArray()
			.containsExactly("Bandwidth Inc.");
		assertThat(this.mvc.get().uri("/api/filings?q=")).hasStatus(400);
	}

	private ObjectArrayAssert<Object> flags(String providerId) {
		return assertThat(registry(providerId)).hasStatusOk().bodyJson().extractingPath("$.flags[*].code").asArray();
	}

	private ObjectArrayAssert<Object> filingNumbers(String q) {
		return assertThat(this.mvc.get().uri("/api/filings?q={q}", q)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].rmdNumber")
			.asArray();
	}

}
