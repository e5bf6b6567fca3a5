package org.tracebackgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters' charts as investigators hold them: the letter's own headers, no row numbers,
 * dates and caller IDs as printed, metadata as form fields instead of a JSON file.
 */
class LettersAsPrintedTests extends GraphTest {

	private static final String LETTER = "letters/ftc-2023-11-27-bandwidth-letter.json";

	private static final String NORMALISED = "letters/ftc-2023-11-27-bandwidth-attachment-a.csv";

	private static final String AS_PRINTED = "letters/ftc-2023-11-27-bandwidth-attachment-a-as-printed.csv";

	private static final String HEADER = "Date of ITG Notification,Date of Call,Caller ID,Robocall Campaign Identifier,"
			+ "Link to Robocall Recording,Potential Violation\n";

	/** Every call of the graph with what the chart says of it, in id order. */
	private static final String CALLS = """
			MATCH (t:Traceback)-[:TRACES]->(c:Call)
			OPTIONAL MATCH (c)-[:FROM]->(n:PhoneNumber)
			OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
			RETURN t.tracebackId AS id, toString(t.notifiedOn) AS notified, toString(c.startedOn) AS called,
			       n.e164 AS callerId, k.name AS campaign, c.recordingUrl AS recording, c.violations AS violations
			ORDER BY id""";

	private static Map<String, Object> withNulls(Object... keysAndValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

	private MvcTestResult upload(byte[] chart, byte[] letter, String... fields) {
		var request = this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("chart", "chart.csv", "text/csv", chart));
		if (letter != null) {
			request = request.file(new MockMultipartFile("letter", "letter.json", "application/json", letter));
		}
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void theChartAsTheLetterPrintsItGivesTheSameCallsAsTheNormalisedOne() {
		assertThat(upload(Examples.bytes(NORMALISED), Examples.bytes(LETTER))).hasStatusOk();
		List<Map<String, Object>> normalised = rows(CALLS, Map.of());
		GraphCounts normalisedCounts = counts();
		emptyGraph();

		assertThat(upload(Examples.bytes(AS_PRINTED), Examples.bytes(LETTER))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"letterId\": \"FTC-2023-11-27-BANDWIDTH\", \"tracebacks\": {\"created\": 115}}");

		assertThat(rows(CALLS, Map.of())).hasSize(115).isEqualTo(normalised);
		// The printed chart has no transcription notes: the only difference.
		assertThat(counts()).isEqualTo(normalisedCounts);
	}

	@Test
	void onlyTheRecipientIsRequiredAndTheLettersIdIsMadeFromIssuerDateAndRecipient() {
		assertThat(upload(Examples.bytes(AS_PRINTED), null, "recipient", "Bandwidth Inc.", "issuer",
				"Federal Trade Commission", "issuedOn", "Nov 27, 2023"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"letterId\": \"FTC-2023-11-27-BANDWIDTH\", \"recipientProviderId\": \"bandwidth-inc\","
							+ " \"tracebacks\": {\"tracebacks\": 115, \"created\": 115}}");
		GraphCounts once = counts();

		assertThat(upload(Examples.bytes(AS_PRINTED), null, "recipient", "Bandwidth Inc.", "issuer",
				"Federal Trade Commission", "issuedOn", "11/27/2023"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": {\"created\": 0, \"unchanged\": 115}}");
		assertThat(counts()).isEqualTo(once);
	}

	@Test
	void anUndatedLetterStaysUndated() {
		String chart = HEADER + "9/8/2023,9/7/2023,2128845448,X,,\n";

		assertThat(upload(chart.getBytes(StandardCharsets.UTF_8), null, "recipient", "Lingo Telecom, LLC"))
			.hasStatusOk();

		assertThat(rows("MATCH (l:Letter)-[:ADDRESSED_TO]->(p) RETURN l.letterId AS id, l.issuedOn AS issuedOn,"
				+ " p.providerId AS provider", Map.of()))
			.singleElement()
			.satisfies(row -> {
				assertThat((String) row.get("id")).startsWith("LETTER-UNDATED-LINGO-");
				assertThat(row.get("issuedOn")).isNull();
				assertThat(row.get("provider")).isEqualTo("lingo-telecom-llc");
			});
	}

	@Test
	void headersAreMatchedWhateverTheirCaseSpacingAndPunctuationAndRowsAreNumberedInFileOrder() {
		String chart = "DATE OF ITG NOTIFICATION , date_of_call,Caller-ID,robocall campaign identifier,"
				+ "LINK TO ROBOCALL RECORDING,Potential  Violation(s)\n"
				+ "9/8/2023,09/07/2023,(212) 884-5448,Discount-Avail50%,portal2.tracebacks.org/api/public/attachments/9,"
				+ "16 C.F.R. § 310.4(b)(1)(v); 16 C.F.R. § 310.3(a)(4)\n"
				+ "\"Aug 04, 2021\",\"August 4, 2021\",+1 212-884-5449,Tech Support (Lumen) / Pop-up,"
				+ "https://portal2.tracebacks.org/x/1,\n" + "2023-09-08,2023-09-07,12128845450,,,\n";

		assertThat(upload(chart.getBytes(StandardCharsets.UTF_8), null, "recipient", "Example Carrier", "letterId",
				"EXAMPLE-1"))
			.hasStatusOk();

		assertThat(rows(CALLS, Map.of())).containsExactly(
				Map.of("id", "EXAMPLE-1-R001", "notified", "2023-09-08", "called", "2023-09-07", "callerId",
						"+12128845448", "campaign", "Discount-Avail50%", "recording",
						"https://portal2.tracebacks.org/api/public/attachments/9", "violations",
						List.of("16 C.F.R. § 310.4(b)(1)(v)", "16 C.F.R. § 310.3(a)(4)")),
				Map.of("id", "EXAMPLE-1-R002", "notified", "2021-08-04", "called", "2021-08-04", "callerId",
						"+12128845449", "campaign", "Tech Support (Lumen) / Pop-up", "recording",
						"https://portal2.tracebacks.org/x/1", "violations", List.of()),
				withNulls("id", "EXAMPLE-1-R003", "notified", "2023-09-08", "called", "2023-09-07", "callerId",
						"+12128845450", "campaign", null, "recording", null, "violations", List.of()));
	}

	@Test
	void metadataAndChartErrorsComeInOneAnswerNamingRowAndColumnAndNothingIsWritten() {
		String chart = HEADER + "9/8/2023,2/30/2023,2128845448,X,,\n" + "9/8/2023,not a date,2128845448,X,,\n";

		assertThat(upload(chart.getBytes(StandardCharsets.UTF_8), null, "issuedOn", "2023-13-01")).hasStatus(422)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"totalErrors": 4, "errors": [
					  {"field": "recipient.name"}, {"field": "issued_on", "reason": "no such day"},
					  {"row": 2, "field": "call_date", "reason": "no such day"},
					  {"row": 3, "field": "call_date"}]}""");
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void aChartWithAnUnknownColumnOrTwoColumnsMeaningTheSameIsRefused() {
		String chart = "Date of ITG Notification,itg_notification_date,Date of Call,Colour\n9/8/2023,9/8/2023,9/7/2023,red\n";

		assertThat(upload(chart.getBytes(StandardCharsets.UTF_8), null, "recipient", "X")).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"errors": [{"row": 1, "field": "itg_notification_date",
					             "reason": "means the same as column 'Date of ITG Notification'"},
					            {"row": 1, "field": "Colour", "reason": "unknown column"}]}""");
	}

	@Test
	void theChartMayComeAsTheBodyWithItsMetadataAsQueryParameters() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters?recipient={r}&issuer={i}&issuedOn={d}&kind={k}", "Bandwidth Inc.",
					"Federal Trade Commission", "2023-11-27", "cease-and-desist demand")
			.contentType("text/csv")
			.content(Examples.bytes(AS_PRINTED))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"letterId\": \"FTC-2023-11-27-BANDWIDTH\", \"tracebacks\": {\"created\": 115}}");
	}

	@Test
	void theJsonAndTheFieldsBesideTheChartMustAgree() {
		assertThat(upload(Examples.bytes(AS_PRINTED), Examples.bytes(LETTER), "recipient", "Somebody Else"))
			.hasStatus(422)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"field\": \"recipient.name\","
					+ " \"reason\": \"the letter's JSON and the fields beside the chart disagree\"}]}");
	}

	@Test
	void aProvidersEvidenceChartImportedAsALetterGivesTheSameCalls() throws Exception {
		assertThat(upload(Examples.bytes(NORMALISED), Examples.bytes(LETTER))).hasStatusOk();
		byte[] evidence = this.mvc.get()
			.uri("/api/providers/bandwidth-inc/evidence.csv")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		String sameCalls = """
				MATCH (t:Traceback)-[:TRACES]->(c:Call) WHERE t.source = $source
				OPTIONAL MATCH (c)-[:FROM]->(n:PhoneNumber)
				OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
				WITH toString(t.notifiedOn) AS notified, toString(c.startedOn) AS called, n.e164 AS callerId,
				     k.name AS campaign, c.recordingUrl AS recording, c.violations AS violations
				RETURN collect([notified, called, callerId, campaign, recording, violations]) AS calls""";

		assertThat(upload(evidence, null, "recipient", "Bandwidth Inc.", "letterId", "ROUND-TRIP")).hasStatusOk();

		@SuppressWarnings("unchecked")
		List<Object> original = (List<Object>) rows(sameCalls, Map.of("source", "LETTER:FTC-2023-11-27-BANDWIDTH"))
			.getFirst()
			.get("calls");
		@SuppressWarnings("unchecked")
		List<Object> roundTrip = (List<Object>) rows(sameCalls, Map.of("source", "LETTER:ROUND-TRIP")).getFirst()
			.get("calls");
		assertThat(roundTrip).hasSize(115).containsExactlyInAnyOrderElementsOf(original);
	}

}
