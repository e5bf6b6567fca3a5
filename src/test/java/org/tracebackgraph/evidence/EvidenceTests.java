package org.tracebackgraph.evidence;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

class EvidenceTests extends GraphTest {

	@Test
	void theDemoLettersChartIsReproducedRowForRow() throws Exception {
		loadDemoLetter();
		List<List<String>> letterRows = new ArrayList<>();
		try (CSVParser chart = CSVParser.builder()
			.setReader(new StringReader(Examples.text("letters/ftc-2023-11-27-bandwidth-attachment-a.csv")))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
			.get()) {
			for (CSVRecord row : chart) {
				letterRows.add(List.of(letterDate(row.get("itg_notification_date")), letterDate(row.get("call_date")),
						row.get("caller_id"), row.get("campaign"), row.get("recording_url"),
						row.get("potential_violation")));
			}
		}
		letterRows.sort(Comparator.<List<String>, String>comparing(r -> iso(r.get(0)))
			.thenComparing(r -> iso(r.get(1)))
			.reversed());

		MvcTestResult result = this.mvc.get()
			.uri("/api/providers/bandwidth-inc/evidence")
			.accept("text/csv")
			.exchange();

		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		List<CSVRecord> records = CSVParser.builder()
			.setReader(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.setFormat(CSVFormat.RFC4180)
			.get()
			.getRecords();
		assertThat(records.getFirst().toList()).containsExactlyElementsOf(AttachmentFormat.COLUMNS);
		List<List<String>> chartRows = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
		assertThat(chartRows).hasSize(115);
		// same rows, same order up to ties on both dates (the letter orders those by its
		// own row number)
		assertThat(chartRows).containsExactlyInAnyOrderElementsOf(letterRows);
		assertThat(chartRows.stream().map(r -> iso(r.get(0)) + iso(r.get(1))).toList())
			.isEqualTo(letterRows.stream().map(r -> iso(r.get(0)) + iso(r.get(1))).toList());
	}

	@Test
	void theChartAsJsonKeepsMissingCellsMissing() {
		loadDemoLetter();

		var json = assertThat(this.mvc.get().uri("/api/providers/bandwidth-inc/evidence?to=2021-12-31")).hasStatusOk()
			.bodyJson();

		json.extractingPath("$.provider.name").isEqualTo("Bandwidth Inc.");
		json.extractingPath("$.to").isEqualTo("2021-12-31");
		json.extractingPath("$.truncated").isEqualTo(false);
		json.extractingPath("$.rows[*].calledOn").asArray().allSatisfy(d -> assertThat((String) d).startsWith("2021-"));
		json.extractingPath("$.rows[?(@.campaign == null)]").asArray().isNotEmpty();
	}

	private static final String RECORDING = "https://portal.tracebacks.org/api/public/attachments/";

	private static final String VIOLATION = "16 C.F.R. § 310.4(b)(1)(v)";

	/** Four calls through the gateway gw, and one that is not. */
	private void callsThroughAGateway() {
		load(traceback("E1").on("2024-01-10")
			.campaign("K")
			.callerId("+12125550101")
			.recording(RECORDING + "1")
			.violations(VIOLATION)
			.hops(hop(0, "term", TERMINATING), hop(1, "gw", GATEWAY), hop(2, "orig", ORIGINATING)),
				traceback("E2").on("2024-01-20")
					.campaign("K")
					.callerId("+12125550102")
					.recording(RECORDING + "2")
					.violations(VIOLATION)
					.hops(hop(0, "term", TERMINATING), hop(1, "gw", GATEWAY), hop(2, "orig", ORIGINATING)),
				traceback("E3").on("2024-03-05")
					.campaign("J")
					.callerId("+12125550103")
					.hops(hop(0, "term", TERMINATING), hop(1, "gw", GATEWAY), hop(2, "orig2", ORIGINATING)),
				traceback("E4").on("2024-06-20")
					.campaign("K")
					.callerId("+12125550109")
					.recording(RECORDING + "9")
					.violations(VIOLATION)
					.hops(hop(0, "term", TERMINATING), hop(1, "gw", GATEWAY), hop(2, "orig", ORIGINATING)),
				traceback("E5").on("2024-02-01").route("orig2", "term"));
	}

	@Test
	void aProvidersChartListsEveryCallThroughItNewestFirst() {
		callsThroughAGateway();

		var json = assertThat(this.mvc.get().uri("/api/providers/gw/evidence")).hasStatusOk().bodyJson();

		json.extractingPath("$.rows[*].tracebackId").asArray().containsExactly("E4", "E3", "E2", "E1");
		json.extractingPath("$.rows[0].notifiedOn").isEqualTo("2024-06-21");
		json.extractingPath("$.rows[0].calledOn").isEqualTo("2024-06-20");
		json.extractingPath("$.rows[0].callerId").isEqualTo("+12125550109");
		json.extractingPath("$.rows[0].campaign").isEqualTo("K");
		json.extractingPath("$.rows[0].recordingUrl").isEqualTo(RECORDING + "9");
		json.extractingPath("$.rows[0].violations").asArray().containsExactly(VIOLATION);
	}

	@Test
	void aWindowKeepsTheCallsMadeInItWrittenAnyWayAChartWritesDates() {
		callsThroughAGateway();

		assertThat(this.mvc.get().uri("/api/providers/gw/evidence?from=1/1/2024&to=Jan 31, 2024")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.rows[*].tracebackId")
			.asArray()
			.containsExactly("E2", "E1");
	}

	@Test
	void theCsvPathGivesAnAttachmentWithTheLettersColumns() throws Exception {
		callsThroughAGateway();

		MvcTestResult result = this.mvc.get().uri("/api/providers/gw/evidence.csv?from=2024-03-01").exchange();

		assertThat(result).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"evidence-gw.csv\"");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
				"""
						Date of ITG Notification,Date of Call,Caller ID,Robocall Campaign Identifier,Link to Robocall Recording,Potential Violation\r
						6/21/2024,6/20/2024,+12125550109,K,https://portal.tracebacks.org/api/public/attachments/9,16 C.F.R. § 310.4(b)(1)(v)\r
						3/6/2024,3/5/2024,+12125550103,J,,\r
						""");
	}

	@Test
	void theHtmlPageIsPrintableAndEscapesWhatItShows() throws Exception {
		assertThat(postJson("/api/tracebacks",
				"""
						{"tracebackId": "X-1", "notifiedAt": "2024-02-02",
						 "call": {"callId": "X-C-1", "startedAt": "2024-02-01", "campaign": "<script>alert(1)</script>, \\"quoted\\""},
						 "hops": [{"position": 0, "provider": {"id": "acme", "name": "Acme & Sons"}, "role": "TERMINATING"}]}
						"""))
			.hasStatusOk();

		MvcTestResult html = this.mvc.get().uri("/api/providers/acme/evidence.html").exchange();
		MvcTestResult csv = this.mvc.get().uri("/api/providers/acme/evidence").accept("text/csv").exchange();

		assertThat(html).hasStatusOk().hasContentType("text/html;charset=UTF-8");
		String page = html.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<title>Attachment A — traced calls through Acme &amp; Sons</title>")
			.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;, &quot;quoted&quot;</td>")
			.contains("1 call")
			.doesNotContain("<script>");
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.endsWith("2/2/2024,2/1/2024,,\"<script>alert(1)</script>, \"\"quoted\"\"\",,\r\n");
	}

	@Test
	void aCellASpreadsheetWouldRunAsAFormulaIsDefused() throws Exception {
		assertThat(postJson("/api/tracebacks", """
				{"tracebackId": "F-1", "notifiedAt": "2024-02-02",
				 "call": {"callId": "F-C-1", "startedAt": "2024-02-01", "callerId": "+12128845448",
				          "campaign": "=HYPERLINK(\\"http://evil\\")"},
				 "hops": [{"position": 0, "provider": {"id": "acme"}, "role": "TERMINATING"}]}
				""")).hasStatusOk();

		MvcTestResult csv = this.mvc.get().uri("/api/providers/acme/evidence.csv").exchange();

		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.endsWith("2/2/2024,2/1/2024,+12128845448,\"'=HYPERLINK(\"\"http://evil\"\")\",,\r\n");
	}

	@Test
	void unknownProvidersAndBadWindowsAreProblems() {
		assertThat(this.mvc.get().uri("/api/providers/nobody/evidence")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/providers/nobody/evidence.csv")).hasStatus(404);
		callsThroughAGateway();
		assertThat(this.mvc.get().uri("/api/providers/gw/evidence?from=2024-13-01")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0]")
			.isEqualTo(Map.of("field", "from", "reason", "no such day"));
		assertThat(this.mvc.get().uri("/api/providers/gw/evidence?from=2024-03-01&to=2024-01-01")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/providers/gw/evidence?campaign=K")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("campaign");
	}

	private void loadDemoLetter() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "l.json", "application/json",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-letter.json")))
			.file(new MockMultipartFile("chart", "c.csv", "text/csv",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-attachment-a.csv")))
			.exchange()).hasStatusOk();
	}

	private static String letterDate(String iso) {
		LocalDate date = LocalDate.parse(iso);
		return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
	}

	private static String iso(String letterDate) {
		String[] parts = letterDate.split("/");
		return String.format("%s-%02d-%02d", parts[2], Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

}
