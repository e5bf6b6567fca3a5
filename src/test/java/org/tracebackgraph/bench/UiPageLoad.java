package org.tracebackgraph.bench;

import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracebackgraph.ui.Chromium;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Page load of the web UI's route and provider pages in headless Chromium, as a person
 * sees it: time to the first byte of the page, and time until its script has drawn
 * everything (the {@code drawn} performance mark; for the provider page also the
 * network's own mark). Run by {@code bench/ui-page-load.sh}, which builds the store and
 * starts the app.
 *
 * <p>
 * {@code UiPageLoad hash PASSWORD} prints a bcrypt hash for the app's configuration;
 * {@code UiPageLoad http=URL user=U password=P csv=FILE out=FILE [routes=20] [providers=10]}
 * measures and writes a Markdown table.
 */
public final class UiPageLoad {

	private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private UiPageLoad() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && "hash".equals(args[0])) {
			System.out.println("{bcrypt}" + new BCryptPasswordEncoder(10).encode(args[1]));
			return;
		}
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		String http = options.get("http");
		int routes = Integer.parseInt(options.getOrDefault("routes", "20"));
		int providerRuns = Integer.parseInt(options.getOrDefault("providers", "10"));
		List<String> calls = callIds(Path.of(options.get("csv")), routes + 3);
		// The unfiltered ranking is slow on a 1M store (issue #13): the providers may be
		// given.
		List<String> providers = options.containsKey("providerIds") ? List.of(options.get("providerIds").split(","))
				: busiestAndMedianProvider(http, options.get("user"), options.get("password"));

		ChromeDriver driver = Chromium.start(1280, 900);
		List<String> rows = new ArrayList<>();
		try {
			logIn(driver, http, options.get("user"), options.get("password"));
			// Warm-up: the JIT, Cypher's plan cache, the browser's caches.
			for (String call : calls.subList(0, 3)) {
				load(driver, http + "/calls/" + call);
			}
			load(driver, http + "/providers/" + providers.get(0));
			rows.add(row("Route page (`/calls/{callId}`), " + routes + " different calls", measure(driver,
					calls.subList(3, calls.size()).stream().map((c) -> http + "/calls/" + c).toList())));
			for (String provider : providers) {
				rows.add(row("Provider page (`/providers/" + provider + "`), " + providerRuns + " loads",
						measure(driver, java.util.Collections.nCopies(providerRuns, http + "/providers/" + provider))));
			}
		}
		finally {
			driver.quit();
		}
		StringBuilder table = new StringBuilder();
		table.append(
				"| page | first byte, median | first byte, p95 | drawn, median | drawn, p95 | network drawn, median |\n");
		table.append("|---|---|---|---|---|---|\n");
		rows.forEach((row) -> table.append(row).append('\n'));
		Files.writeString(Path.of(options.get("out")), table);
		System.out.print(table);
	}

	/** Call ids spread over the file. */
	private static List<String> callIds(Path csv, int count) throws Exception {
		long lines;
		try (var stream = Files.lines(csv)) {
			lines = stream.count();
		}
		long stride = Math.max(1, lines / (count * 2L));
		Set<String> ids = new LinkedHashSet<>();
		try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			int column = List.of(header.split(",")).indexOf("call_id");
			String line;
			long n = 0;
			while ((line = reader.readLine()) != null && ids.size() < count) {
				if (n++ % stride == 0) {
					ids.add(line.split(",", -1)[column]);
				}
			}
		}
		return List.copyOf(ids);
	}

	/**
	 * The provider on the most traced calls (the heaviest page), and one from the middle
	 * of the first 200.
	 */
	private static List<String> busiestAndMedianProvider(String http, String user, String password) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		String body = client
			.send(HttpRequest.newBuilder(URI.create(http + "/api/providers/ranking?size=200"))
				.header("Authorization", "Basic " + auth)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		List<String> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile("\"providerId\":\"([^\"]+)\"").matcher(body);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		if (ids.isEmpty()) {
			matcher = ID.matcher(body);
			while (matcher.find()) {
				ids.add(matcher.group(1));
			}
		}
		return List.of(ids.getFirst(), ids.get(ids.size() / 2));
	}

	private static void logIn(ChromeDriver driver, String http, String user, String password) {
		driver.get(http + "/login");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("sign-in")).click();
		new WebDriverWait(driver, Duration.ofSeconds(60)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	private record Timing(double firstByte, double drawn, Double networkDrawn) {

	}

	private static Timing load(ChromeDriver driver, String url) {
		driver.get(url);
		JavascriptExecutor js = driver;
		new WebDriverWait(driver, Duration.ofSeconds(120))
			.until((d) -> js.executeScript("return document.body && document.body.dataset.ready || null") != null);
		@SuppressWarnings("unchecked")
		Map<String, Object> t = (Map<String, Object>) js.executeScript(
				"""
						const nav = performance.getEntriesByType('navigation')[0];
						const mark = (name) => { const m = performance.getEntriesByName(name); return m.length ? m[0].startTime : null; };
						return {firstByte: nav.responseStart, drawn: mark('drawn'), network: mark('network-drawn'),
						        ready: document.body.dataset.ready};""");
		if (!"true".equals(t.get("ready"))) {
			throw new IllegalStateException(url + " was not drawn: " + t.get("ready"));
		}
		return new Timing(number(t.get("firstByte")), number(t.get("drawn")),
				(t.get("network") != null) ? number(t.get("network")) : null);
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

	private static List<Timing> measure(ChromeDriver driver, List<String> urls) {
		List<Timing> timings = new ArrayList<>();
		for (String url : urls) {
			timings.add(load(driver, url));
		}
		return timings;
	}

	private static String row(String name, List<Timing> timings) {
		List<Double> firstBytes = timings.stream().map(Timing::firstByte).sorted().toList();
		List<Double> drawn = timings.stream().map(Timing::drawn).sorted().toList();
		List<Double> network = timings.stream()
			.map(Timing::networkDrawn)
			.filter(java.util.Objects::nonNull)
			.sorted()
			.toList();
		return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", name, ms(percentile(firstBytes, 50)),
				ms(percentile(firstBytes, 95)), ms(percentile(drawn, 50)), ms(percentile(drawn, 95)),
				network.isEmpty() ? "n/a" : ms(percentile(network, 50)));
	}

	private static double percentile(List<Double> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static String ms(double value) {
		return String.format(Locale.ROOT, "%,.0f ms", value);
	}

}
