package org.tracebackgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class LetterImportTests extends GraphTest {

	private static final String LETTER = "letters/ftc-2023-11-27-bandwidth-letter.json";

	private static final String CHART = "letters/ftc-2023-11-27-bandwidth-attachment-a.csv";

	@Autowired
	private DemoData demoData;

	@Test
	void theDemoLetterLoads115CallsAndOneRecipient() throws Exception {
		this.demoData.run(null);

		assertThat(rows("""
				MATCH (l:Letter {letterId: 'FTC-2023-11-27-BANDWIDTH'})-[:ADDRESSED_TO]->(p:Provider)
				RETURN p.providerId AS provider, p.name AS name, COUNT { (l)-[:CITES]->(:Traceback) } AS cited,
				       COUNT { (:Call) } AS calls, COUNT { (:Provider) } AS providers, COUNT { (:Hop) } AS hops,
				       COUNT { (:Call)-[:FROM]->(:PhoneNumber) } AS withCallerId,
				       COUNT { (:Call)-[:IN_CAMPAIGN]->(:Campaign) } AS withCampaign,
				       COUNT { (l)-[:NAMES]->(:Campaign) } AS campaignsNamed,
				       COUNT { ()-[:RECEIVED_FROM|ROUTES_TO]->() } AS invented""", Map.of())).containsExactly(Map.of(
				"provider", "bandwidth-inc", "name", "Bandwidth Inc.", "cited", 115L, "calls", 115L, "providers", 1L,
				"hops", 115L, "withCallerId", 107L, "withCampaign", 98L, "campaignsNamed", 28L, "invented", 0L));
	}

	@Test
	void aLetterCallsRouteShowsTheRecipientAtAnUnknownPosition() throws Exception {
		this.demoData.run(null);

		var route = assertThat(this.mvc.get().uri("/api/calls/FTC-2023-11-27-BANDWIDTH-R008/route")).hasStatusOk()
			.bodyJson();
		route.extractingPath("$.source").isEqualTo("LETTER:FTC-2023-11-27-BANDWIDTH");
		route.extractingPath("$.notifiedOn").isEqualTo("2023-08-28");
		route.extractingPath("$.call.startedOn").isEqualTo("2023-08-23");
		route.extractingPath("$.call.callerId").isEqualTo("+12024181122");
		route.extractingPath("$.call.campaign").isEqualTo("GovtImpers");
		route.doesNotHavePath("$.call.recordingUrl");
		route.extractingPath("$.hops").asArray().isEmpty();
		route.extractingPath("$.unplacedHops[0].provider.id").isEqualTo("bandwidth-inc");
		route.extractingPath("$.unplacedHops[0].role").isEqualTo("UNKNOWN");
		route.extractingPath("$.breaks[0].reason").isEqualTo("POSITION_UNKNOWN");
	}

	@Test
	void importingTheLetterAgainChangesNothing() {
		assertThat(uploadLetter(Examples.bytes(LETTER), Examples.bytes(CHART))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"{\"letterId\": \"FTC-2023-11-27-BANDWIDTH\", \"recipientProviderId\": \"bandwidth-inc\","
							+ " \"tracebacks\": {\"tracebacks\": 115, \"created\": 115}}");
		GraphCounts before = counts();

		assertThat(uploadLetter(Examples.bytes(LETTER), Examples.bytes(CHART))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": {\"created\": 0, \"unchanged\": 115}}");

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void lettersDatesMayBeWrittenMonthFirst() {
		String chart = "row,itg_notification_date,call_date,caller_id,campaign,recording_url,potential_violation\n"
				+ "7,9/8/2023,9/7/2023,(212) 884-5448,Some-Campaign,,\n";

		assertThat(uploadLetter(Examples.bytes(LETTER), chart.getBytes(StandardCharsets.UTF_8))).hasStatusOk();

		assertThat(rows("""
				MATCH (t:Traceback {tracebackId: 'FTC-2023-11-27-BANDWIDTH-R007'})-[:TRACES]->(c:Call)-[:FROM]->(n)
				RETURN toString(t.notifiedOn) AS notified, toString(c.startedOn) AS started, n.e164 AS callerId,
				       t.notifiedAt IS NULL AS noInventedTime""", Map.of())).containsExactly(Map.of("notified",
				"2023-09-08", "started", "2023-09-07", "callerId", "+12128845448", "noInventedTime", true));
	}

	@Test
	void aBadChartRowRejectsTheWholeLetter() {
		String chart = "row,itg_notification_date,call_date,caller_id,campaign,recording_url,potential_violation\n"
				+ "1,2023-09-08,2023-09-07,+12128845448,A,,\n" + "2,2023-09-08,2023-02-30,+12128845448,A,,\n";

		assertThat(uploadLetter(Examples.bytes(LETTER), chart.getBytes(StandardCharsets.UTF_8))).hasStatus(422)
			.bodyJson()
			.isLenientlyEqualTo("{\"errors\": [{\"row\": 3, \"field\": \"call_date\"}]}");
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void aLetterWithoutIdGetsOneFromItsIssuerDateAndRecipient() {
		byte[] letter = "{\"issuer\": \"FTC\", \"issued_on\": \"2023-11-27\", \"recipient\": {\"name\": \"X Voice\"}}"
			.getBytes(StandardCharsets.UTF_8);

		assertThat(uploadLetter(letter, Examples.bytes(CHART))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"letterId\": \"FTC-2023-11-27-X\", \"recipientProviderId\": \"x-voice\"}");
	}

	private MvcTestResult uploadLetter(byte[] letter, byte[] chart) {
		return this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "letter.json", "application/json", letter))
			.file(new MockMultipartFile("chart", "chart.csv", "text/csv", chart))
			.exchange();
	}

}
