package org.tracebackgraph.security;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestAccounts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

class AccessTests extends GraphTest {

	private static final String ROUTE = "/api/calls/NO-SUCH-CALL/route";

	private MvcTestResult getAs(String apiKey, String path) {
		return this.mvc.get().uri(path).header(ApiKeyAuthenticationFilter.HEADER, apiKey).exchange();
	}

	private MvcTestResult postTracebacksAs(String apiKey) {
		return this.mvc.post()
			.uri("/api/tracebacks")
			.header(ApiKeyAuthenticationFilter.HEADER, apiKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))
			.exchange();
	}

	@Test
	void aRequestWithoutCredentialsGetsA401ProblemThatAsksForBasicOrAKey() {
		MvcTestResult result = getAs("", ROUTE);
		assertThat(result).hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"traceback-graph\"");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Unauthenticated");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(ROUTE);
	}

	@Test
	void anUnknownApiKeyIsRefusedEvenForPublicLookingPaths() {
		assertThat(getAs("not-a-key", ROUTE)).hasStatus(401);
		assertThat(getAs("not-a-key", "/v3/api-docs")).hasStatus(401);
	}

	@Test
	void aProblemAboutANumberNeverEchoesTheNumber() {
		assertThat(getAs("", "/api/numbers/+12025550123")).hasStatus(401).bodyText().doesNotContain("2025550123");
	}

	@Test
	void anInvestigatorReadsButCannotWrite() {
		assertThat(getAs(TestAccounts.INVESTIGATOR_KEY, ROUTE)).hasStatus(404);
		MvcTestResult write = postTracebacksAs(TestAccounts.INVESTIGATOR_KEY);
		assertThat(write).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(write).bodyJson().extractingPath("$.title").isEqualTo("Forbidden");
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void anIngestMachineWritesButCannotRead() {
		assertThat(postTracebacksAs(TestAccounts.INGEST_KEY)).hasStatusOk();
		assertThat(getAs(TestAccounts.INGEST_KEY, "/api/tracebacks/EX-T-1")).hasStatus(403);
	}

	@Test
	void anAnalystReadsButDoesNotIngest() {
		assertThat(getAs(TestAccounts.ANALYST_KEY, ROUTE)).hasStatus(404);
		assertThat(postTracebacksAs(TestAccounts.ANALYST_KEY)).hasStatus(403);
	}

	@Test
	void anAdminMayDoEverything() {
		assertThat(postTracebacksAs(TestAccounts.ADMIN_KEY)).hasStatusOk();
		assertThat(getAs(TestAccounts.ADMIN_KEY, "/api/tracebacks/EX-T-1")).hasStatusOk();
	}

	@Test
	void aPersonLogsInWithHttpBasic() {
		assertThat(this.mvc.get()
			.uri(ROUTE)
			.header(ApiKeyAuthenticationFilter.HEADER, "")
			.with(httpBasic(TestAccounts.PERSON, TestAccounts.PERSON_PASSWORD))).hasStatus(404);
		assertThat(this.mvc.get()
			.uri(ROUTE)
			.header(ApiKeyAuthenticationFilter.HEADER, "")
			.with(httpBasic(TestAccounts.PERSON, "wrong password"))).hasStatus(401);
	}

	@Test
	void aBasicLoginSetsNoSessionCookie() {
		assertThat(this.mvc.get()
			.uri(ROUTE)
			.header(ApiKeyAuthenticationFilter.HEADER, "")
			.with(httpBasic(TestAccounts.PERSON, TestAccounts.PERSON_PASSWORD))
			.exchange()
			.getResponse()
			.getCookies()).isEmpty();
	}

	@Test
	void healthIsPublicAndNothingElseIs() {
		assertThat(getAs("", "/actuator/health")).hasStatusOk();
		assertThat(getAs("", "/actuator/info")).hasStatus(401);
		assertThat(getAs("", "/v3/api-docs")).hasStatus(401);
		assertThat(getAs("", "/swagger-ui.html")).hasStatus(401);
	}

	@Test
	void theApiDocumentOffersBasicAndApiKeyLoginToSwaggerUi() {
		assertThat(getAs(TestAccounts.INVESTIGATOR_KEY, "/v3/api-docs")).bodyJson()
			.extractingPath("$.components.securitySchemes")
			.asMap()
			.containsOnlyKeys("basic", "apiKey");
	}

	@Test
	void unknownMethodsOnTheApiAreDenied() {
		assertThat(this.mvc.delete().uri("/api/tracebacks/EX-T-1")).hasStatus(403);
	}

	@Test
	void onlyAnAnalystOrAdminRunsARiskReport() {
		assertThat(this.mvc.post()
			.uri("/api/risk/reports")
			.header(ApiKeyAuthenticationFilter.HEADER, TestAccounts.INVESTIGATOR_KEY)).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/api/risk/reports?wait=true")
			.header(ApiKeyAuthenticationFilter.HEADER, TestAccounts.ANALYST_KEY)).hasStatus(201);
		assertThat(getAs(TestAccounts.INVESTIGATOR_KEY, "/api/risk/reports/latest")).hasStatusOk();
	}

	@Test
	void anotherSitesPageIsRefusedWhateverCredentialsItsBrowserHoldsAndWritesNothing() {
		MvcTestResult write = this.mvc.post()
			.uri("/api/tracebacks")
			.header(HttpHeaders.ORIGIN, "https://other.example")
			.header(ApiKeyAuthenticationFilter.HEADER, TestAccounts.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))
			.exchange();
		MvcTestResult read = this.mvc.get()
			.uri(ROUTE)
			.header(HttpHeaders.ORIGIN, "https://other.example")
			.header(ApiKeyAuthenticationFilter.HEADER, "")
			.with(httpBasic(TestAccounts.PERSON, TestAccounts.PERSON_PASSWORD))
			.exchange();

		assertThat(write).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(write).bodyJson().extractingPath("$.title").isEqualTo("Other web origin");
		assertThat(counts().nodes()).isZero();
		assertThat(read).hasStatus(403);
		assertThat(read).bodyJson().extractingPath("$.title").isEqualTo("Other web origin");
	}

	@Test
	void thisAppsOwnPagesMayCallTheApi() {
		assertThat(this.mvc.get()
			.uri(ROUTE)
			.header(HttpHeaders.ORIGIN, "http://localhost")
			.header(ApiKeyAuthenticationFilter.HEADER, TestAccounts.INVESTIGATOR_KEY)
			.exchange()).hasStatus(404);
	}

}
