package org.tracebackgraph.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FCC's real export imported through the API: whole, again (nothing changes), and a
 * later export over it (changes updated, missing filings marked removed, never deleted).
 */
class RegistryImportTests extends GraphTest {

	private static final String EXPORT = Examples.text(ResolutionEvaluationTests.EXPORT);

	private MvcTestResult importRmd(String csv, String asOf) {
		return this.mvc.post()
			.uri("/api/imports/rmd" + ((asOf != null) ? "?asOf=" + asOf : ""))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	private long filings() {
		return ((Number) rows("MATCH (f:Filing) RETURN count(f) AS n", Map.of()).getFirst().get("n")).longValue();
	}

	@Test
	void theRealExportImportsWholeAndAgainChangesNothing() {
		long started = System.nanoTime();
		assertThat(importRmd(EXPORT, null)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"filings": 7346, "created": 7346, "updated": 0, "unchanged": 0, "removed": 0,
				 "asOf": "2025-01-21"}""");
		System.out.printf("RMD export of 7,346 filings imported in %d ms%n", (System.nanoTime() - started) / 1_000_000);
		GraphCounts once = counts();

		assertThat(importRmd(EXPORT, null)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"filings": 7346, "created": 0, "updated": 0, "unchanged": 7346, "removed": 0}""");
		assertThat(counts()).isEqualTo(once);
		assertThat(rows("MATCH (f:Filing {rmdNumber: 'RMD0002564'}) RETURN f.frn AS frn, f.businessName AS name,"
				+ " f.previousNames AS previous, f.implementation AS implementation, f.declaresGateway AS gateway",
				Map.of()))
			.containsExactly(Map.of("frn", "0015443773", "name", "Bandwidth Inc.", "previous",
					List.of("Bandwidth.com, Inc."), "implementation", "Yes", "gateway", true));
	}

	@Test
	void aLaterExportUpdatesChangedFilingsAndMarksMissingOnesRemovedWithoutDeletingThem() {
		assertThat(importRmd(EXPORT, "2025-01-21")).hasStatusOk();
		List<String> lines = EXPORT.lines().toList();
		String later = lines.stream()
			.filter(line -> !line.contains("RMD0002564"))
			.map(line -> line.contains("RMD0003709") ? line.replace(",Yes,Yes,Yes,Yes,", ",No,Yes,Yes,Yes,") : line)
			.collect(Collectors.joining("\n"));
		assertThat(later).isNotEqualTo(EXPORT).contains("RMD0003709");

		assertThat(importRmd(later, "2025-03-01")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"filings": 7345, "created": 0, "updated": 1, "unchanged": 7344, "removed": 1, "asOf": "2025-03-01"}""");
		assertThat(filings()).isEqualTo(7346);
		assertThat(rows("MATCH (f:Filing) WHERE f.removedOn IS NOT NULL RETURN f.rmdNumber AS rmdNumber,"
				+ " toString(f.removedOn) AS removedOn", Map.of()))
			.containsExactly(Map.of("rmdNumber", "RMD0002564", "removedOn", "2025-03-01"));
		assertThat(
				rows("MATCH (f:Filing {rmdNumber: 'RMD0003709'}) RETURN f.implementation AS implementation", Map.of()))
			.containsExactly(Map.of("implementation", "No"));

		assertThat(importRmd(EXPORT, "2025-04-01")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"restored\": 1, \"updated\": 1, \"removed\": 0}");
		assertThat(importRmd(later, "2025-02-01")).hasStatus(409)
			.bodyJson()
			.isLenientlyEqualTo("{\"title\": \"Older than the loaded export\"}");
	}

	@Test
	void aBadExportNamesTheRowAndColumnAndWritesNothing() {
		String header = EXPORT.lines().findFirst().orElseThrow();
		String row = EXPORT.lines().skip(1).findFirst().orElseThrow();
		String bad = String.join("\n", header, row,
				row.replace("RMD0004008", "RMD0004009").replace("16085920", "16O85920"),
				row.replace("RMD0004008", "RMD0004010").replace("2024-04-24", "2024-02-30"),
				row.replace("RMD0004008", "XYZ"), row);

		assertThat(importRmd(bad, null)).hasStatus(422).bodyJson().isLenientlyEqualTo("""
				{"errors": [{"row": 3, "field": "frn", "reason": "is not an FRN (up to 10 digits)"},
				            {"row": 4, "field": "last_updated"},
				            {"row": 5, "field": "number"},
				            {"row": 6, "field": "number", "reason": "repeats row 2"}]}""");
		assertThat(importRmd("a,number\n1,2\n", null)).hasStatus(400).bodyJson().isLenientlyEqualTo("""
				{"errors": [{"row": 1, "field": "a", "reason": "unknown column"},
				            {"row": 1, "field": "business_name", "reason": "required column is missing"}]}""");
		assertThat(filings()).isZero();
	}

	@Test
	void theExportMayComeAsAnUpload() {
		assertThat(this.mvc.post()
			.uri("/api/imports/rmd")
			.multipart()
			.file(new MockMultipartFile("file", "rmd.csv", "text/csv",
					String.join("\n", EXPORT.lines().limit(11).toList()).getBytes(StandardCharsets.UTF_8))))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.created")
			.isEqualTo(10);
	}

}
