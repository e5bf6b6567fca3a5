package org.tracebackgraph.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated files are what the app imports: the CSV through the CSV import, the JSON
 * lines through the JSON ingest, giving the same graph.
 */
class GeneratedDataImportTests extends GraphTest {

	@TempDir
	Path dir;

	@Test
	void generatedCsvAndJsonLinesImportIntoTheSameGraph() throws Exception {
		Path csv = this.dir.resolve("t.csv");
		Path jsonl = this.dir.resolve("t.jsonl");
		GenerateCommand.write(300, 42, "csv", csv, this.dir.resolve("a.json"));
		GenerateCommand.write(300, 42, "jsonl", jsonl, this.dir.resolve("b.json"));

		assertThat(postCsv("/api/imports/tracebacks", Files.readAllBytes(csv))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": 300, \"created\": 300}");
		GraphCounts fromCsv = counts();
		List<Map<String, Object>> statuses = statuses();
		emptyGraph();
		String array = Files.readAllLines(jsonl).stream().collect(Collectors.joining(",", "[", "]"));
		assertThat(postJson("/api/tracebacks", array)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": 300, \"created\": 300}");

		assertThat(counts()).isEqualTo(fromCsv);
		assertThat(statuses()).isEqualTo(statuses);
		assertThat(statuses).extracting(row -> row.get("status")).contains("COMPLETE", "NON_RESPONSIVE");
	}

	private List<Map<String, Object>> statuses() {
		return rows("MATCH (t:Traceback) RETURN t.status AS status, count(*) AS tracebacks ORDER BY status", Map.of());
	}

}
