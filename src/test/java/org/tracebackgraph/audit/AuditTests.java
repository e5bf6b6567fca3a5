package org.tracebackgraph.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestAccounts;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class AuditTests extends GraphTest {

	private static final String KEY = "X-API-Key";

	private MvcTestResult audit(String query) {
		return this.mvc.get().uri("/api/audit" + query).exchange();
	}

	@Test
	void aLookUpIsRecordedWithWhoWhatAndTheAnswersSize() {
		String minCalls = String.valueOf(1_000_000 + (int) (Math.random() * 1_000_000));
		assertThat(this.mvc.get()
			.uri("/api/providers/ranking?role=ORIGINATING&minCalls={m}&size=5", minCalls)
			.header(KEY, TestAccounts.INVESTIGATOR_KEY)).hasStatusOk();

		MvcTestResult result = audit("?user=test-investigator&path=/api/providers/ranking&size=200");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.parameters.minCalls[0] == '" + minCalls + "')]")
			.asArray()
			.singleElement()
			.satisfies((entry) -> assertThat(entry).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("user", "test-investigator")
				.containsEntry("authentication", "api-key")
				.containsEntry("method", "GET")
				.containsEntry("path", "/api/providers/ranking")
				.containsEntry("endpoint", "/api/providers/ranking")
				.containsEntry("status", 200)
				.containsEntry("resultCount", 0)
				.containsKey("durationMs")
				.containsKey("at"));
	}

	@Test
	void whoLookedUpANumberIsOnRecordWithTheNumber() {
		String number = "+1202555" + String.format("%04d", (int) (Math.random() * 10000));
		assertThat(this.mvc.get().uri("/api/numbers/{n}", number).header(KEY, TestAccounts.INVESTIGATOR_KEY))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/audit?path={p}", "/api/numbers/" + number)).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("user", "test-investigator")
			.containsEntry("endpoint", "/api/numbers/{e164}")
			.containsEntry("status", 404)
			.containsEntry("resultCount", 0);
	}

	@Test
	void refusedRequestsAreRecordedToo() {
		String id = "REFUSED-" + UUID.randomUUID();
		assertThat(this.mvc.get().uri("/api/tracebacks/" + id).header(KEY, "")).hasStatus(401);
		assertThat(this.mvc.get().uri("/api/tracebacks/" + id).header(KEY, TestAccounts.INGEST_KEY)).hasStatus(403);
		assertThat(audit("?path=/api/tracebacks/" + id)).bodyJson()
			.extractingPath("$.items[*].status")
			.asArray()
			.containsExactly(403, 401);
		assertThat(audit("?path=/api/tracebacks/" + id + "&status=401")).bodyJson()
			.extractingPath("$.items[0].user")
			.isEqualTo("anonymous");
	}

	@Test
	void onlyAnAdminReadsTheTrailAndNobodyChangesIt() {
		assertThat(this.mvc.get().uri("/api/audit").header(KEY, TestAccounts.ANALYST_KEY)).hasStatus(403);
		assertThat(this.mvc.delete().uri("/api/audit")).hasStatus(403);
		assertThat(this.mvc.post().uri("/api/audit")).hasStatus(403);
		assertThat(this.mvc.put().uri("/api/audit")).hasStatus(403);
	}

	@Test
	void theTrailPagesNewestFirstAndFiltersByDay() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.get().uri("/api/campaigns?size=" + (i + 1))).hasStatusOk();
		}
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		MvcTestResult page = audit("?path=/api/campaigns&size=2&from=" + today + "&to=" + today);
		assertThat(page).bodyJson().extractingPath("$.hasMore").isEqualTo(true);
		assertThat(page).bodyJson().extractingPath("$.items[*].parameters.size[0]").asArray().containsExactly("3", "2");
		assertThat(audit("?path=/api/campaigns&to=2000-01-01")).bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void badFiltersAreRefusedByName() {
		assertThat(audit("?status=42")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("status");
		assertThat(audit("?from=yesterday")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
	}

	@Test
	void theTrailIsAppendOnlyJsonLinesOnDisk() throws IOException {
		assertThat(this.mvc.get().uri("/api/campaigns")).hasStatusOk();
		List<Path> files;
		try (Stream<Path> listing = Files.list(TestAccounts.auditDirectory())) {
			files = listing.toList();
		}
		assertThat(files).isNotEmpty()
			.allSatisfy((file) -> assertThat(file.getFileName().toString())
				.matches("audit-\\d{4}-\\d{2}-\\d{2}\\.\\d{4}\\.jsonl"));
		String last = Files.readAllLines(files.getLast()).getLast();
		assertThat(last).startsWith("{\"at\":").contains("\"path\":\"/api/campaigns\"");
	}

	@Test
	void phoneNumbersStayOutOfTheApplicationLog(CapturedOutput output) {
		assertThat(this.mvc.get().uri("/api/numbers/+12025550199")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/numbers/2025550199-oops")).hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/api/numbers/+12025550199").header(KEY, "")).hasStatus(401);
		assertThat(output.getAll()).doesNotContain("2025550199");
	}

}
