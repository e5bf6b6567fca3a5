package org.tracebackgraph.security;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestAccounts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * People log in to the web UI with a form and a session cookie; the API reads that
 * session, never makes one, and asks the session's changes for the CSRF token.
 */
class BrowserSessionTests extends GraphTest {

	private static final String KEY = ApiKeyAuthenticationFilter.HEADER;

	private MockHttpSession logIn(String user, String password) {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.header(KEY, "")
			.param("username", user)
			.param("password", password)
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus(302).hasRedirectedUrl("/");
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	private MockHttpSession logIn() {
		return logIn(TestAccounts.PERSON, TestAccounts.PERSON_PASSWORD);
	}

	@Test
	void aPageAsksAPersonWhoIsNotLoggedInToLogIn() {
		assertThat(this.mvc.get().uri("/providers/robo-origin").header(KEY, "")).hasStatus(302)
			.hasRedirectedUrl("/login");
		assertThat(this.mvc.get().uri("/login").header(KEY, "")).hasStatusOk()
			.bodyText()
			.contains("name=\"username\"", "name=\"_csrf\"");
	}

	@Test
	void anApiKeyOpensNoPage() {
		assertThat(this.mvc.get().uri("/").header(KEY, TestAccounts.ADMIN_KEY)).hasStatus(302);
	}

	@Test
	void aPersonLogsInWithTheFormAndSeesTheStartPage() {
		MockHttpSession session = logIn();
		assertThat(this.mvc.get().uri("/").header(KEY, "").session(session)).hasStatusOk()
			.bodyText()
			.contains("Signed in as <strong id=\"user\">" + TestAccounts.PERSON + "</strong>");
	}

	@Test
	void aWrongPasswordGoesBackToTheFormWithAnError() {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.header(KEY, "")
			.param("username", TestAccounts.PERSON)
			.param("password", "wrong")
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus(302).hasRedirectedUrl("/login?error");
	}

	@Test
	void theLoginFormRefusesAPostWithoutTheCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/login")
			.header(KEY, "")
			.param("username", TestAccounts.PERSON)
			.param("password", TestAccounts.PERSON_PASSWORD)).hasStatus(403);
	}

	@Test
	void theApiReadsTheBrowserSessionAndSetsNoCookie() {
		MockHttpSession session = logIn();
		MvcTestResult read = this.mvc.get().uri("/api/campaigns").header(KEY, "").session(session).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read.getResponse().getCookies()).isEmpty();
		assertThat(read.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void theSessionKeepsThePersonsRoles() {
		MockHttpSession session = logIn();
		assertThat(this.mvc.get().uri("/api/audit").header(KEY, "").session(session)).hasStatus(403);
		assertThat(this.mvc.get().uri("/import").header(KEY, "").session(session)).hasStatus(403);
	}

	@Test
	void aChangeWithABrowserSessionNeedsTheCsrfToken() {
		MockHttpSession session = logIn();
		MvcTestResult refused = this.mvc.post()
			.uri("/api/risk/reports?wait=true")
			.header(KEY, "")
			.session(session)
			.exchange();
		assertThat(refused).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("CSRF token missing");
	}

	@Test
	void aChangeWithTheSessionsCsrfTokenIsJudgedByThePersonsRole() {
		MockHttpSession session = logIn();
		// ada is an investigator: with the token the request reaches authorization.
		assertThat(this.mvc.post()
			.uri("/api/tracebacks")
			.header(KEY, "")
			.session(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))).hasStatus(403)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Forbidden");
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void machinesNeedNoCsrfTokenAndGetNoCookie() {
		MvcTestResult written = this.mvc.post()
			.uri("/api/tracebacks")
			.header(KEY, TestAccounts.INGEST_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))
			.exchange();
		assertThat(written).hasStatusOk();
		assertThat(written.getResponse().getCookies()).isEmpty();
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").header(KEY, "").with(httpBasic("nobody", "x")))
			.hasStatus(401);
	}

	@Test
	void aCrossSiteChangeIsRefusedEvenWithCredentialsTheBrowserCached() {
		assertThat(this.mvc.post()
			.uri("/api/tracebacks")
			.header(KEY, TestAccounts.INGEST_KEY)
			.header(BrowserWrites.FETCH_SITE, "cross-site")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Examples.text("examples/tracebacks.json"))).hasStatus(403);
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void theWebUiGetsA401WithoutTheBasicChallengeThatWouldOpenTheBrowsersDialog() {
		MvcTestResult fromUi = this.mvc.get()
			.uri("/api/campaigns")
			.header(KEY, "")
			.header(ProblemResponses.REQUESTED_WITH, "XMLHttpRequest")
			.exchange();
		assertThat(fromUi).hasStatus(401);
		assertThat(fromUi.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
		assertThat(this.mvc.get().uri("/api/campaigns").header(KEY, "")).hasStatus(401)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"traceback-graph\"");
	}

	@Test
	void loggingOutEndsTheSession() {
		MockHttpSession session = logIn();
		assertThat(this.mvc.post().uri("/logout").header(KEY, "").session(session).with(csrf())).hasStatus(302)
			.hasRedirectedUrl("/login?logout");
		assertThat(session.isInvalid()).isTrue();
		assertThat(this.mvc.get().uri("/api/campaigns").header(KEY, "").session(new MockHttpSession())).hasStatus(401);
	}

	@Test
	void pagesForbidFramingElsewhereAndLoadNothingFromElsewhere() {
		MockHttpSession session = logIn();
		MvcTestResult page = this.mvc.get().uri("/").header(KEY, "").session(session).exchange();
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'",
				"frame-ancestors 'self'", "object-src 'none'");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
	}

}
