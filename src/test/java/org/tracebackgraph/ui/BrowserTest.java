package org.tracebackgraph.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that use the web UI in headless Chromium, on the shared app context's
 * real port. One browser for all tests of a class; each test starts without cookies. Logs
 * in as a person who reads, imports and runs reports (added to the app's accounts here,
 * so no other context is started for these tests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest extends GraphTest {

	static final String USER = "uma";

	static final String PASSWORD = "uma's long test password";

	@Autowired
	private UserDetailsService users;

	@Autowired
	private PasswordEncoder passwords;

	protected ChromeDriver driver;

	@BeforeAll
	void startBrowser() {
		Chromium.require();
		InMemoryUserDetailsManager accounts = (InMemoryUserDetailsManager) this.users;
		if (!accounts.userExists(USER)) {
			accounts.createUser(User.withUsername(USER)
				.password(this.passwords.encode(PASSWORD))
				.roles("INVESTIGATOR", "INGEST", "ANALYST")
				.build());
		}
		this.driver = Chromium.start(1280, 900);
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@BeforeEach
	void noCookies() {
		this.driver.get(url("/login"));
		this.driver.manage().deleteAllCookies();
		// Reading the browser's log empties it: each test sees its own.
		this.driver.manage().logs().get(LogType.BROWSER);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * The demo run's data (the Bandwidth letter and the FCC's registry) and the example
	 * tracebacks.
	 */
	void loadDemoDataAndExamples() {
		assertThat(this.mvc.post()
			.uri("/api/imports/letters")
			.multipart()
			.file(new MockMultipartFile("letter", "letter.json", "application/json",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-letter.json")))
			.file(new MockMultipartFile("chart", "chart.csv", "text/csv",
					Examples.bytes("letters/ftc-2023-11-27-bandwidth-attachment-a.csv")))
			.exchange()).hasStatusOk();
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();
		// the FCC's registry, as the demo run loads it
		assertThat(this.mvc.post()
			.uri("/api/imports/rmd")
			.contentType("text/csv")
			.content(Examples.bytes("registry/fcc-rmd-2025-01-21-us-filings.csv"))
			.exchange()).hasStatusOk();
	}

	void logIn(String user, String password) {
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.id("sign-in")).click();
	}

	void logIn() {
		logIn(USER, PASSWORD);
		waitReady();
	}

	/** Opens a page and waits until its script says it is drawn. */
	void open(String path) {
		this.driver.get(url(path));
		waitReady();
	}

	String waitReady() {
		// Read by script: the page may still be replaced by the one a redirect leads to.
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.ignoring(JavascriptException.class)
			.until((d) -> (String) js("return document.readyState === 'complete' && document.body"
					+ " && document.body.dataset.ready || null"));
	}

	/**
	 * Clicks something that goes to another page, and waits for that page to be drawn.
	 */
	void follow(WebElement element) {
		String before = this.driver.getCurrentUrl();
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> !d.getCurrentUrl().equals(before));
		waitReady();
	}

	Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	Object asyncJs(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver)
			.executeAsyncScript("const done = arguments[arguments.length - 1];\n" + script, arguments);
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> drawnNodes() {
		return (List<Map<String, Object>>) js(
				"return cy.nodes().map(n => ({id: n.id(), parent: n.data('parent') || null, label: n.data('label'),"
						+ " kind: n.data('kind') || null, x: n.position('x'), y: n.position('y'),"
						+ " classes: n.classes().join(' ')}))");
	}

	@SuppressWarnings("unchecked")
	List<String> drawnEdges() {
		return (List<String>) js("return cy.edges().map(e => e.source().id() + '>' + e.target().id())");
	}

	String text(String id) {
		return this.driver.findElement(By.id(id)).getText();
	}

	/**
	 * Errors the page logged, less the 404s it asks for on purpose (a section that is not
	 * there).
	 */
	List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> !message.contains("status of 404"))
			.toList();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
