package org.tracebackgraph.risk;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report as a browser renders it: headless Chromium opens the self-contained
 * page from a file (no network), dumps the DOM it built and takes a screenshot, kept as
 * {@code target/risk-report.png}. Skipped where Chromium is not installed
 * ({@code .ci/run} installs it).
 */
class RiskReportHtmlTests extends GraphTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@Test
	void theHtmlReportRendersItsRankedTableFactorBreakdownsAndCharts() throws Exception {
		// CI installs Chromium (.ci/run): there a missing browser is a failure, not a
		// skip.
		if (System.getenv("CI") != null) {
			assertThat(CHROMIUM).as("Chromium, installed by .ci/run").isExecutable();
		}
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").exchange()).hasStatus(201);
		assertThat(postJson("/api/tracebacks",
				RiskGraphs.array(RiskGraphs.traceback("H1", "2024-06-21", "Amazon-Impers-P2", "A", "+12127363100",
						RiskGraphs.hop(0, "acme-voice", "TERMINATING", 1, "A"),
						RiskGraphs.hop(1, "robo-origin", "ORIGINATING", 50, "A")))))
			.hasStatusOk();
		assertThat(this.mvc.post().uri("/api/risk/reports?wait=true").exchange()).hasStatus(201);
		var page = this.mvc.get().uri("/api/risk/reports/latest.html").exchange();
		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		String html = RiskReportTests.body(page);
		assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
		Path target = Path.of("target").toAbsolutePath();
		Path file = target.resolve("risk-report.html");
		Files.writeString(file, html, StandardCharsets.UTF_8);
		Path screenshot = target.resolve("risk-report.png");
		Files.deleteIfExists(screenshot);

		String dom = chromium(file, "--dump-dom");
		chromium(file, "--screenshot=" + screenshot, "--window-size=1280,2000");

		int providers = count(html, "<tr class=\"provider\">");
		// the eight providers of data/examples/tracebacks.json
		assertThat(providers).isEqualTo(8);
		assertThat(count(dom, "<tr class=\"provider\">")).isEqualTo(providers);
		assertThat(dom).contains("<svg class=\"chart\" id=\"distribution\"", "<svg class=\"chart\" id=\"movers\"");
		assertThat(count(section(dom, "id=\"distribution\""), "<rect class=\"bar\"")).isPositive();
		assertThat(count(section(dom, "id=\"movers\""), "<rect class=\"bar\"")).isPositive();
		assertThat(count(dom, "<table class=\"factors\">")).isEqualTo(providers);
		assertThat(dom).contains("robo-origin", "afterLetter", "propagation");
		assertThat(screenshot).exists();
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	private static String chromium(Path file, String... arguments) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("chromium-profile");
		List<String> command = new ArrayList<>(
				List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
		command.addAll(List.of(arguments));
		command.add(file.toUri().toString());
		File out = Files.createTempFile("chromium", ".out").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(false)
			.redirectOutput(out)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
		assertThat(process.exitValue()).as("Chromium's exit code").isZero();
		return Files.readString(out.toPath(), StandardCharsets.UTF_8);
	}

	private static int count(String text, String needle) {
		Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static String section(String dom, String svgId) {
		int start = dom.indexOf(svgId);
		return dom.substring(start, dom.indexOf("</svg>", start));
	}

}
