package org.tracebackgraph.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracebackgraph.Examples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An investigator's way through the web UI in a real browser, on the demo letter and the
 * example tracebacks: search, the route drawn, the provider, its network, its evidence;
 * logging in and out; what the browser may and may not do with the session.
 */
class InvestigatorBrowserTests extends BrowserTest {

	@Test
	void searchLeadsToTheRouteThenTheProviderItsNetworkAndItsEvidence() {
		loadDemoDataAndExamples();
		logIn();
		Chromium.screenshot(this.driver, "ui-start");
		assertThat(text("count-tracebacks")).isEqualTo("119");
		assertThat(text("letters")).contains("Bandwidth Inc.", "2023-11-27");

		WebElement search = this.driver.findElement(By.id("search"));
		search.sendKeys("EX-C-2");
		follow(this.driver.findElement(By.cssSelector("form.search button")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/calls/EX-C-2");
		// Origin first: the break where wholesale-one did not answer, then the three
		// hops.
		List<Map<String, Object>> nodes = drawnNodes();
		assertThat(nodes).extracting((node) -> node.get("id")).containsExactly("break-2", "hop-2", "hop-1", "hop-0");
		assertThat(nodes).extracting((node) -> ((Number) node.get("x")).doubleValue()).isSorted();
		assertThat(nodes.get(0).get("label")).asString().contains("chain stops", "did not answer");
		assertThat(nodes.get(1).get("classes")).asString().contains("no-response");
		assertThat(nodes.get(1).get("label")).asString().contains("Wholesale One Corp", "NO RESPONSE");
		assertThat(drawnEdges()).containsExactly("break-2>hop-2", "hop-2>hop-1", "hop-1>hop-0");
		assertThat(text("verdict")).contains("BROKEN", "did not answer");
		assertThat(text("call")).contains("Amazon-Impers-P2", "+12125550101", "C");
		Chromium.screenshot(this.driver, "ui-route-broken");

		follow(this.driver.findElement(By.linkText("Wholesale One Corp")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/providers/wholesale-one");
		assertThat(text("title")).isEqualTo("Wholesale One Corp");
		assertThat(text("roles")).contains("Intermediate");
		// Upstream, one hand-over deep (the default): least-cost; two deep adds
		// quick-dial.
		assertThat(drawnNodes()).extracting((node) -> node.get("id"))
			.containsExactlyInAnyOrder("wholesale-one", "least-cost");
		assertThat(drawnEdges()).containsExactly("least-cost>wholesale-one");
		new Select(this.driver.findElement(By.id("depth"))).selectByVisibleText("2");
		this.driver.findElement(By.id("redraw")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((d) -> drawnNodes().size() == 3);
		assertThat(drawnNodes()).extracting((node) -> node.get("id"))
			.containsExactlyInAnyOrder("wholesale-one", "least-cost", "quick-dial");
		assertThat(drawnEdges()).containsExactlyInAnyOrder("least-cost>wholesale-one", "quick-dial>least-cost");
		assertThat(text("non-responses")).contains("EX-T-2", "NO RESPONSE");
		assertThat(consoleErrors()).isEmpty();

		// Downstream, three deep: big-carrier, then acme-voice.
		this.driver.findElement(By.cssSelector("input[name=direction][value=downstream]")).click();
		new Select(this.driver.findElement(By.id("depth"))).selectByVisibleText("3");
		this.driver.findElement(By.id("redraw")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until((d) -> drawnNodes().stream().anyMatch((node) -> "acme-voice".equals(node.get("id"))));
		assertThat(drawnNodes()).extracting((node) -> node.get("id"))
			.containsExactlyInAnyOrder("wholesale-one", "big-carrier", "acme-voice");
		assertThat(drawnEdges()).containsExactlyInAnyOrder("wholesale-one>big-carrier", "big-carrier>acme-voice");
		assertThat(js("return cy.$id('wholesale-one>big-carrier').data('calls')")).isEqualTo(2L);
		String png = (String) asyncJs(
				"""
						const blob = cy.png({full: true, output: 'blob', bg: '#fff'});
						const reader = new FileReader(); reader.onload = () => done(reader.result); reader.readAsDataURL(blob);""");
		assertThat(png).startsWith("data:image/png;base64,").hasSizeGreaterThan(2000);
		Chromium.screenshot(this.driver, "ui-provider");

		// A click on a neighbour opens it, with the same network settings.
		String before = this.driver.getCurrentUrl();
		js("cy.$id('big-carrier').emit('tap')");
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().equals(before));
		waitReady();
		assertThat(this.driver.getCurrentUrl()).endsWith("/providers/big-carrier?direction=downstream&depth=3");
		assertThat(drawnNodes()).extracting((node) -> node.get("id"))
			.containsExactlyInAnyOrder("big-carrier", "acme-voice");

		follow(this.driver.findElement(By.id("evidence-link")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/providers/big-carrier/evidence");
		this.driver.switchTo().frame("frame");
		String chart = this.driver.findElement(By.tagName("body")).getText();
		this.driver.switchTo().defaultContent();
		assertThat(chart).contains("3 calls", "9/20/2023", "9/12/2023", "9/8/2023", "+12125550101");
		Chromium.screenshot(this.driver, "ui-evidence");
	}

	@Test
	void aCompleteRouteALateAnswerAndAHopOfUnknownPositionAreDrawnAsSuch() {
		loadDemoDataAndExamples();
		logIn();
		open("/calls/EX-C-1");
		List<Map<String, Object>> nodes = drawnNodes();
		assertThat(nodes).extracting((node) -> node.get("id"))
			.containsExactly("hop-5", "hop-4", "hop-3", "hop-2", "hop-1", "hop-0");
		assertThat(nodes.get(2).get("classes")).asString().contains("late");
		assertThat(nodes.get(2).get("label")).asString().contains("Least Cost Routing LLC", "LATE (35 h)");
		assertThat(text("verdict")).contains("COMPLETE");
		assertThat(text("hops")).contains("LATE (35 h)");
		Chromium.screenshot(this.driver, "ui-route-complete");

		open("/calls/EX-C-4");
		assertThat(drawnNodes()).filteredOn((node) -> "unplaced".equals(node.get("parent")))
			.extracting((node) -> node.get("id"))
			.containsExactly("unplaced-quick-dial");
		assertThat(text("unplaced")).contains("Quick Dial Telecom");

		// The letter says only that Bandwidth carried the call: apart, and the chain
		// breaks there for that reason.
		open("/calls/FTC-2023-11-27-BANDWIDTH-R001");
		assertThat(drawnNodes()).extracting((node) -> node.get("id"))
			.containsExactly("unplaced", "unplaced-bandwidth-inc");
		assertThat(text("breaks")).contains("a provider carried it at an unknown hop");
		assertThat(text("call")).contains("Chinese-ISP/Cable/Wireless-Impers", "listen");
		Chromium.screenshot(this.driver, "ui-route-letter");

		follow(this.driver.findElement(By.linkText("Chinese-ISP/Cable/Wireless-Impers")));
		assertThat(text("title")).isEqualTo("Campaign Chinese-ISP/Cable/Wireless-Impers");
		assertThat(this.driver.findElements(By.cssSelector("#calls-chart rect.bar"))).isNotEmpty();
		Chromium.screenshot(this.driver, "ui-campaign");
	}

	@Test
	void aProvidersLettersSitOnItsTrafficOverTimeAndItsRiskScoreIsCharted() {
		loadDemoDataAndExamples();
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").exchange()).hasStatus(201);
		logIn();
		assertThat(text("risk")).contains("Rank", "Score");
		open("/providers/bandwidth-inc");
		assertThat(text("letters")).contains("FTC-2023-11-27-BANDWIDTH", "115", "none: it stopped");
		WebElement marker = this.driver.findElement(By.cssSelector("#traffic line.marker"));
		assertThat(marker.getDomAttribute("data-label")).contains("2023-11-27");
		List<WebElement> bars = this.driver.findElements(By.cssSelector("#traffic rect.bar"));
		assertThat(bars.stream().mapToLong((bar) -> Long.parseLong(bar.getDomAttribute("data-calls"))).sum())
			.isEqualTo(115);
		assertThat(this.driver.findElements(By.cssSelector("#risk-chart circle.point"))).hasSize(1);
		assertThat(text("registry")).contains("RMD0002564", "Bandwidth Inc.", "No registry flags.");
		Chromium.screenshot(this.driver, "ui-provider-letter");

		open("/risk");
		this.driver.switchTo().frame("frame");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).contains("bandwidth-inc");
		this.driver.switchTo().defaultContent();
	}

	@Test
	void aPersonLogsInLandsWhereTheyWereGoingAndLogsOut() {
		this.driver.get(url("/providers/acme-voice"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
		Chromium.screenshot(this.driver, "ui-login");
		logIn(USER, "not the password");
		// the form posts and the login page comes back with the error: wait for it, not
		// for time
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until((d) -> !d.findElements(By.id("login-error")).isEmpty());
		assertThat(this.driver.findElement(By.id("login-error")).getText()).contains("Wrong user name or password");
		logIn(USER, PASSWORD);
		waitReady();
		assertThat(this.driver.getCurrentUrl()).contains("/providers/acme-voice");
		assertThat(text("user")).isEqualTo(USER);
		// The session cookie is out of the page's reach.
		assertThat((String) js("return document.cookie")).doesNotContain("JSESSIONID");

		this.driver.findElement(By.id("logout")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until((d) -> d.getCurrentUrl().endsWith("/login?logout"));
		assertThat(this.driver.findElement(By.id("logged-out")).isDisplayed()).isTrue();
		Object api = asyncJs("""
				fetch('/api/campaigns', {headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
				  .then(r => done(r.status + ' ' + r.headers.get('WWW-Authenticate')));""");
		assertThat(api).isEqualTo("401 null");
		this.driver.get(url("/"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void aChangeWithoutTheSessionsCsrfTokenIsRefusedAndWithItAccepted() {
		logIn();
		String traceback = Examples.text("examples/tracebacks.json");
		Object refused = asyncJs(
				"""
						fetch('/api/tracebacks', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: arguments[0]})
						  .then(r => r.json().then(j => done(r.status + ' ' + j.title)));""",
				traceback);
		assertThat(refused).isEqualTo("403 CSRF token missing");
		assertThat(counts().nodes()).isZero();
		Object accepted = asyncJs("""
				const token = document.querySelector('meta[name="_csrf"]').content;
				const header = document.querySelector('meta[name="_csrf_header"]').content;
				fetch('/api/tracebacks', {method: 'POST', body: arguments[0],
				      headers: {'Content-Type': 'application/json', [header]: token}})
				  .then(r => r.json().then(j => done(r.status + ' ' + j.created)));""", traceback);
		assertThat(accepted).isEqualTo("200 4");
	}

	@Test
	void everythingIsReachableFromTheKeyboard() {
		loadDemoDataAndExamples();
		logIn();
		// "/" jumps to the search box.
		this.driver.findElement(By.tagName("body")).sendKeys("/");
		assertThat(js("return document.activeElement.id")).isEqualTo("search");
		String before = this.driver.getCurrentUrl();
		new Actions(this.driver).sendKeys("EX-C-1").sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().equals(before));
		waitReady();
		assertThat(this.driver.getCurrentUrl()).endsWith("/calls/EX-C-1");

		// The first Tab reaches the skip link, which leads past the header.
		js("document.activeElement.blur(); window.scrollTo(0, 0)");
		new Actions(this.driver).sendKeys(Keys.TAB).perform();
		assertThat(js("return document.activeElement.className")).isEqualTo("skip");
		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		assertThat(this.driver.getCurrentUrl()).endsWith("#content");

		// Tab on to the hop table's first provider, Enter opens it.
		String focused = "";
		for (int i = 0; i < 40 && !focused.equals("Robo Origin VoIP"); i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			focused = (String) js("return document.activeElement.textContent");
		}
		assertThat(focused).isEqualTo("Robo Origin VoIP");
		String route = this.driver.getCurrentUrl();
		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().equals(route));
		waitReady();
		assertThat(this.driver.getCurrentUrl()).endsWith("/providers/robo-origin");
		// Every form control on the page has a label.
		assertThat(js("""
				return Array.from(document.querySelectorAll('input:not([type=hidden]):not([type=radio]), select'))
				  .filter(e => !(e.labels && e.labels.length)).map(e => e.id || e.name)""")).asList().isEmpty();
	}

	@Test
	void anImportShowsItsErrorsRowByRowAndThenWhatItWrote() throws Exception {
		logIn();
		open("/import");
		String csv = Examples.text("examples/tracebacks.csv");
		Path bad = Files.createTempFile("tracebacks-", ".csv");
		Files.writeString(bad, csv.replaceFirst("TERMINATING", "BOSS").replace("+12125550100", "+1212"));
		this.driver.findElement(By.id("tracebacks-file")).sendKeys(bad.toString());
		this.driver.findElement(By.cssSelector("#tracebacks-form button")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((d) -> !d.findElements(By.id("result-title")).isEmpty());
		assertThat(text("result-title")).contains("nothing was written");
		List<WebElement> rows = this.driver.findElements(By.cssSelector("#result tbody tr"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		assertThat(text("result")).contains("hop_role", "caller_id");
		assertThat(rows.get(0).findElements(By.tagName("td")).get(0).getText()).matches("\\d+");
		assertThat(counts().nodes()).isZero();
		Chromium.screenshot(this.driver, "ui-import-errors");

		Path good = Files.createTempFile("tracebacks-", ".csv");
		Files.writeString(good, csv);
		this.driver.findElement(By.id("tracebacks-file")).clear();
		this.driver.findElement(By.id("tracebacks-file")).sendKeys(good.toString());
		this.driver.findElement(By.cssSelector("#tracebacks-form button")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((d) -> text("result-title").equals("Imported"));
		assertThat(text("result")).contains("tracebacks", "4");
		assertThat(js("return document.getElementById('progress').value")).isEqualTo(100L);
		assertThat(counts().nodes()).isPositive();
	}

}
