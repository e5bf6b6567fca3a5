package org.tracebackgraph.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by its own chromedriver through Selenium (Selenium Manager is
 * never asked to download anything). Missing locally, the browser tests are skipped;
 * under {@code CI=true} ({@code .ci/run} installs both) a missing browser fails them.
 */
public final class Chromium {

	public static final Path BROWSER = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/** Skips the calling test where Chromium is missing, fails it so under CI. */
	public static void require() {
		if (System.getenv("CI") != null) {
			assertThat(BROWSER).as("Chromium, installed by .ci/run").isExecutable();
			assertThat(DRIVER).as("chromium-driver, installed by .ci/run").isExecutable();
		}
		assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
				"Chromium or chromedriver is not installed at " + BROWSER + ", " + DRIVER);
	}

	public static ChromeDriver start(int width, int height) {
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		System.setProperty("SE_OFFLINE", "true");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--hide-scrollbars", "--window-size=" + width + "," + height,
				"--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * A screenshot of the whole page, kept in {@code target/ui-screenshots/} and, when
	 * the system property {@code ui.screenshots} names a folder (e.g.
	 * {@code docs/images}), there too.
	 */
	public static void screenshot(ChromeDriver driver, String name) {
		Dimension window = driver.manage().window().getSize();
		Object height = ((JavascriptExecutor) driver)
			.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
		int fullHeight = Math.min(4000, Math.max(window.getHeight(), ((Number) height).intValue()));
		driver.manage().window().setSize(new Dimension(window.getWidth(), fullHeight));
		try {
			byte[] png = driver.getScreenshotAs(OutputType.BYTES);
			for (String folder : folders()) {
				Path directory = Path.of(folder);
				Files.createDirectories(directory);
				Files.write(directory.resolve(name + ".png"), png);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	private static List<String> folders() {
		String extra = System.getProperty("ui.screenshots");
		return (extra == null || extra.isBlank()) ? List.of("target/ui-screenshots")
				: List.of("target/ui-screenshots", extra);
	}

}
