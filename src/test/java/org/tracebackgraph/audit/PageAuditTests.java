package org.tracebackgraph.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestAccounts;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The web UI's requests go on the audit trail like the API's: the pages a person opens,
 * the API calls their pages make with the session, the login and the logout.
 */
class PageAuditTests extends GraphTest {

	private static final String KEY = "X-API-Key";

	private MockHttpSession logIn() {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.header(KEY, "")
			.param("username", TestAccounts.PERSON)
			.param("password", TestAccounts.PERSON_PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus(302);
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	private MvcTestResult audit(String query) {
		return this.mvc.get().uri("/api/audit" + query).exchange();
	}

	@Test
	void aPageAndTheApiCallsItMakesAreRecordedWithThePersonAndTheSession() {
		MockHttpSession session = logIn();
		String call = "AUDIT-" + UUID.randomUUID();
		assertThat(this.mvc.get().uri("/calls/" + call).header(KEY, "").session(session)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/calls/" + call + "/route").header(KEY, "").session(session)).hasStatus(404);

		assertThat(audit("?path=/calls/" + call)).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("user", TestAccounts.PERSON)
			.containsEntry("authentication", "session")
			.containsEntry("endpoint", "/calls/{callId}")
			.containsEntry("status", 200);
		assertThat(audit("?path=/api/calls/" + call)).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("user", TestAccounts.PERSON)
			.containsEntry("authentication", "session")
			.containsEntry("status", 404);
	}

	@Test
	void loginsAndLogoutsAreRecorded() {
		MockHttpSession session = logIn();
		assertThat(this.mvc.post().uri("/logout").header(KEY, "").session(session).with(csrf())).hasStatus(302);
		assertThat(audit("?path=/login&user=" + TestAccounts.PERSON)).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("method", "POST")
			.containsEntry("authentication", "form")
			.containsEntry("status", 302);
		assertThat(audit("?path=/logout")).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("method", "POST")
			.containsEntry("status", 302);
	}

	@Test
	void aPageRefusedToSomeoneNotLoggedInIsRecordedToo() {
		String provider = "AUDIT-" + UUID.randomUUID();
		assertThat(this.mvc.get().uri("/providers/" + provider).header(KEY, "")).hasStatus(302);
		assertThat(audit("?path=/providers/" + provider)).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("user", "anonymous")
			.containsEntry("status", 302);
	}

	@Test
	void scriptsStylesAndTheNeo4jBrowserGuideAreNotRecorded() {
		assertThat(this.mvc.get().uri("/ui/app.css").header(KEY, "")).hasStatusOk();
		assertThat(this.mvc.get().uri("/guides/traceback.grass").header(KEY, "")).hasStatusOk();
		assertThat(audit("?path=/ui/")).bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(audit("?path=/guides/")).bodyJson().extractingPath("$.items").asArray().isEmpty();
	}

}
