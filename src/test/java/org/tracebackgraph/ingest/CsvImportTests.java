package org.tracebackgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class CsvImportTests extends GraphTest {

	@Autowired
	private TracebackValidator validator;

	@Autowired
	private ObjectProvider<TracebackWriter> writers;

	private static final String HEADER = String.join(",", CsvTracebackReader.COLUMNS);

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void jsonAndCsvOfTheSameTracebacksBuildTheSameGraph() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();
		List<Map<String, Object>> fromJson = graph();
		emptyGraph();

		assertThat(postCsv("/api/imports/tracebacks", Examples.bytes("examples/tracebacks.csv"))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": 4, \"hops\": 16, \"created\": 4, \"batches\": 1}");

		// 40 nodes, 66 relationships and 18 month counters (with and without the
		// campaign)
		assertThat(graph()).isEqualTo(fromJson).hasSize(40 + 66 + 18);
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"unchanged\": 4}");
	}

	@Test
	void aMultipartUploadImportsTheSameWay() {
		MockMultipartFile file = new MockMultipartFile("file", "tracebacks.csv", "text/csv",
				Examples.bytes("examples/tracebacks.csv"));

		assertThat(this.mvc.post().uri("/api/imports/tracebacks").multipart().file(file)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": 4, \"created\": 4}");
	}

	@Test
	void importingInBatchesOfOneGivesTheSameGraph(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("tracebacks.csv"), Examples.bytes("examples/tracebacks.csv"));
		TracebackCsvImport oneByOne = new TracebackCsvImport(this.validator, this.writers,
				new IngestProperties(1, 10, 10, DataSize.ofMegabytes(1), 20_000, 100_000), this.events);

		assertThat(oneByOne.importFile(file))
			.extracting(ImportSummary::tracebacks, ImportSummary::batches, ImportSummary::created)
			.containsExactly(4L, 4L, 4L);
		assertThat(counts()).isEqualTo(new GraphCounts(40, 66, 8, 11));
	}

	@Test
	void aLargeImportThatWritesItsCountersAfterItsBatchesBuildsTheSameGraph(@TempDir Path dir) throws Exception {
		assertThat(postCsv("/api/imports/tracebacks", Examples.bytes("examples/tracebacks.csv"))).hasStatusOk();
		List<Map<String, Object>> perBatch = graph();
		emptyGraph();
		Path file = Files.write(dir.resolve("tracebacks.csv"), Examples.bytes("examples/tracebacks.csv"));
		// "large" from one traceback on, two counter changes held at most
		TracebackCsvImport deferring = new TracebackCsvImport(this.validator, this.writers,
				new IngestProperties(1, 10, 10, DataSize.ofMegabytes(1), 1, 2), this.events);

		assertThat(deferring.importFile(file)).extracting(ImportSummary::created).isEqualTo(4L);
		assertThat(graph()).isEqualTo(perBatch);
	}

	@Test
	void aByteOrderMarkCrlfLineEndsAndQuotedFieldsAreRead() {
		String csv = "\uFEFF" + HEADER + "\r\n" + row("Q-1", "\"Name, with comma and \"\"quotes\"\"\"") + "\r\n";

		assertThat(postCsv("/api/imports/tracebacks", csv.getBytes(StandardCharsets.UTF_8))).hasStatusOk();

		assertThat(rows("MATCH (p:Provider {providerId: 'acme-voice'}) RETURN p.name AS name", Map.of()))
			.containsExactly(Map.of("name", "Name, with comma and \"quotes\""));
	}

	@Test
	void badRowsAreReportedWithTheirLineAndColumnAndNothingIsWritten() {
		String csv = HEADER + "\n" + row("OK-1", "Acme") + "\n" + row("BAD-1", "Acme").replace("TERMINATING", "BOSS")
				+ "\n" + row("BAD-2", "Acme").replace(",0,acme-voice", ",zero,acme-voice") + "\n";

		MvcTestResult result = postCsv("/api/imports/tracebacks", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(result).hasStatus(422)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"totalErrors": 2, "errors": [
							  {"row": 3, "field": "hop_role", "reason": "must be one of TERMINATING, INTERMEDIATE, GATEWAY, ORIGINATING, UNKNOWN"},
							  {"row": 4, "field": "hop_position", "reason": "must be a whole number"}]}
							""");
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void rowsOfOneTracebackThatDisagreeAreRejected() {
		String csv = HEADER + "\n" + row("T-1", "Acme") + "\n"
				+ row("T-1", "Other").replace(",0,acme-voice", ",1,other")
					.replace("TERMINATING", "ORIGINATING")
					.replace("C-1", "C-2")
				+ "\n";

		assertThat(postCsv("/api/imports/tracebacks", csv.getBytes(StandardCharsets.UTF_8))).hasStatus(422)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"errors": [{"row": 3, "field": "call_id", "reason": "differs from the traceback's first row (line 2)"}]}
							""");
	}

	@Test
	void wrongColumnsAreA400NamingThem() {
		String csv = "traceback_id,callid,provider_id\nT,C,P\n";

		assertThat(postCsv("/api/imports/tracebacks", csv.getBytes(StandardCharsets.UTF_8))).hasStatus(400)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"errors": [{"row": 1, "field": "callid"}, {"row": 1, "field": "call_id", "reason": "required column is missing"}]}
							""");
	}

	@Test
	void aFileThatIsNotUtf8IsA400() {
		byte[] latin1 = (HEADER + "\n" + row("T-1", "Télécom")).getBytes(StandardCharsets.ISO_8859_1);

		assertThat(postCsv("/api/imports/tracebacks", latin1)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].reason")
			.isEqualTo("is not valid UTF-8");
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void anUnterminatedQuoteIsA400() {
		String csv = HEADER + "\n" + row("T-1", "\"Acme");

		assertThat(postCsv("/api/imports/tracebacks", csv.getBytes(StandardCharsets.UTF_8))).hasStatus(400);
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void anEmptyBodyIsA400() {
		assertThat(postCsv("/api/imports/tracebacks", new byte[0])).hasStatus(400);
	}

	/** One hop row: a terminating provider at position 0. */
	static String row(String tracebackId, String providerName) {
		return tracebackId
				+ ",ITG,2023-09-08T14:00:00Z,,C-1,2023-09-07T15:04:05Z,+12125550100,,Campaign,C,,,0,acme-voice,"
				+ providerName + ",US,TERMINATING,,,NAMED_UPSTREAM,C";
	}

	private List<Map<String, Object>> graph() {
		return rows(
				"""
						MATCH (n)
						RETURN labels(n) AS labels, properties(n) AS properties, null AS type, null AS start, null AS end
						UNION ALL
						MATCH (a)-[r]->(b)
						WITH r, a, b,
						     [(ta:Traceback)-[:HAS_HOP]->(a) | ta.tracebackId + '#' + coalesce(toString(a.position), 'u')][0] AS hopA,
						     [(tb:Traceback)-[:HAS_HOP]->(b) | tb.tracebackId + '#' + coalesce(toString(b.position), 'u')][0] AS hopB
						RETURN null AS labels, properties(r) AS properties, type(r) AS type,
						       coalesce(hopA, a.tracebackId, a.callId, a.providerId, a.e164, a.name) AS start,
						       coalesce(hopB, b.tracebackId, b.callId, b.providerId, b.e164, b.name) AS end
						""",
				Map.of())
			.stream()
			.sorted(java.util.Comparator.comparing(Object::toString))
			.toList();
	}

}
