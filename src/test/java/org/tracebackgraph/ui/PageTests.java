package org.tracebackgraph.ui;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestAccounts;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracebackgraph.TestTracebacks.traceback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages as the server renders them (the browser tests check what their scripts draw).
 */
class PageTests extends GraphTest {

	private MockHttpSession logIn() {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.header("X-API-Key", "")
			.param("username", TestAccounts.PERSON)
			.param("password", TestAccounts.PERSON_PASSWORD)
			.with(csrf())
			.exchange();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	private MvcTestResult page(MockHttpSession session, String uri, Object... variables) {
		return this.mvc.get().uri(uri, variables).header("X-API-Key", "").session(session).exchange();
	}

	@Test
	void everyPageRendersItsFrameWithTheCsrfTokenForItsScript() {
		MockHttpSession session = logIn();
		for (String uri : new String[] { "/", "/search?q=x", "/calls/EX-C-1", "/tracebacks/EX-T-1",
				"/providers/big-carrier", "/providers/big-carrier/evidence", "/campaigns?name=Amazon-Impers-P2",
				"/numbers/+12125550100", "/risk" }) {
			assertThat(page(session, uri)).as(uri)
				.hasStatusOk()
				.bodyText()
				.contains("<meta name=\"_csrf\" content=\"", "<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">",
						"<a class=\"skip\" href=\"#content\">Skip to content</a>",
						"<label for=\"search\">Search</label>", "<main id=\"content\"");
		}
	}

	@Test
	void whatTheUrlNamesReachesThePageOnlyAsAnEscapedAttribute() throws Exception {
		String html = page(logIn(), "/calls/{id}", "\"><img src=x onerror=alert(1)>").getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<img src=x")
			.contains("data-call-id=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
	}

	@Test
	void onlyPagesThatDrawLoadCytoscape() {
		MockHttpSession session = logIn();
		assertThat(page(session, "/calls/EX-C-1")).bodyText()
			.containsPattern("/webjars/cytoscape/[0-9.]*/?dist/cytoscape.min.js");
		assertThat(page(session, "/providers/big-carrier")).bodyText()
			.containsPattern("/webjars/cytoscape/[0-9.]*/?dist/cytoscape.min.js");
		assertThat(page(session, "/")).bodyText().doesNotContain("cytoscape");
	}

	@Test
	void cytoscapeIsServedFromItsWebJarWithoutAVersionInTheUrl() {
		assertThat(this.mvc.get().uri("/webjars/cytoscape/dist/cytoscape.min.js").header("X-API-Key", "")).hasStatusOk()
			.bodyText()
			.contains("cytoscape");
	}

	@Test
	void theImportPageIsForIngestAccountsOnly() {
		assertThat(page(logIn(), "/import")).hasStatus(403);
	}

	@Test
	void theOverviewCountsWhatIsLoadedAndListsTheNewestLetters() {
		load(traceback("T1").route("robo", "mid", "term"), traceback("T2").route("robo", "term"));
		for (String[] letter : new String[][] { { "L-OLD", "2024-03-15" }, { "L-NEW", "2024-06-01" } }) {
			assertThat(this.mvc.post()
				.uri("/api/imports/letters?letterId={l}&recipient=Robo VoIP&recipientId=robo&issuedOn={d}", letter[0],
						letter[1])
				.contentType("text/csv")
				.content("Date of ITG Notification,Date of Call\n2024-03-01,2024-03-01\n")).hasStatusOk();
		}

		var overview = assertThat(this.mvc.get().uri("/api/overview")).hasStatusOk().bodyJson();
		overview.extractingPath("$.counts")
			.asMap()
			.containsEntry("tracebacks", 4)
			.containsEntry("providers", 3)
			.containsEntry("letters", 2)
			.containsEntry("filings", 0);
		overview.extractingPath("$.recentLetters[*].letterId").asArray().containsExactly("L-NEW", "L-OLD");
		overview.extractingPath("$.recentLetters[0].recipients[0].providerId").isEqualTo("robo");
	}

}
