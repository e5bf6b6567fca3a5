package org.tracebackgraph.ui;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.neo4j.CypherQuery;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neo4j Browser guide is made from the app's Cypher files, and only Browser's origin
 * may fetch it (and the style) from another origin.
 */
class GuideTests extends GraphTest {

	private static final String BROWSER = "http://localhost:7474";

	private String guide() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/guides/investigation.html").header("X-API-Key", "").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void everyQueryOfTheGuideIsTheTextOfItsFileRunnableInBrowser() throws Exception {
		String guide = guide();
		var queries = new Guide().queries();
		assertThat(queries).hasSizeGreaterThan(15);
		for (CypherQuery query : queries) {
			String body = query.text()
				.lines()
				.dropWhile((line) -> line.startsWith("//"))
				.reduce((a, b) -> a + "\n" + b)
				.orElseThrow()
				.strip();
			assertThat(guide).as(query.name())
				.contains("<pre mode=\"cypher\" class=\"runnable\">" + HtmlUtils.htmlEscape(body, "UTF-8") + "</pre>");
			query.exampleParameters()
				.filter((parameters) -> !parameters.equals("{}"))
				.ifPresent((parameters) -> assertThat(guide)
					.contains("class=\"runnable\">:params " + HtmlUtils.htmlEscape(parameters, "UTF-8") + "</pre>"));
		}
		assertThat(guide).contains("<title>" + Guide.TITLE + "</title>")
			.contains("data-exec=\"style http://localhost/guides/traceback.grass\"")
			.doesNotContain("<script");
		assertThat(guide.split("<slide ").length - 1).isEqualTo(11);
	}

	@Test
	void neo4jBrowserMayFetchTheGuideAndTheStyleFromItsOrigin() {
		for (String path : new String[] { "/guides/investigation.html", "/guides/traceback.grass" }) {
			MvcTestResult preflight = this.mvc.options()
				.uri(path)
				.header("X-API-Key", "")
				.header(HttpHeaders.ORIGIN, BROWSER)
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "pragma,cache-control,sentry-trace,baggage")
				.exchange();
			assertThat(preflight).hasStatusOk().hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, BROWSER);
			assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)).isNull();
			assertThat(this.mvc.get().uri(path).header("X-API-Key", "").header(HttpHeaders.ORIGIN, BROWSER))
				.hasStatusOk()
				.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, BROWSER);
		}
	}

	@Test
	void noOtherOriginMayFetchThemAndNoOtherPathAllowsBrowsersOrigin() {
		assertThat(this.mvc.get()
			.uri("/guides/investigation.html")
			.header("X-API-Key", "")
			.header(HttpHeaders.ORIGIN, "http://evil.example")).hasStatus(403);
		MvcTestResult api = this.mvc.options()
			.uri("/api/campaigns")
			.header(HttpHeaders.ORIGIN, BROWSER)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange();
		assertThat(api.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
	}

	@Test
	void theStyleCaptionsProvidersByNameHopsByPositionAndRoleAndSetsLettersApart() throws Exception {
		String grass = this.mvc.get()
			.uri("/guides/traceback.grass")
			.header("X-API-Key", "")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(grass).contains("node.Provider {", "caption: '{name}'", "node.Hop {", "caption: '{position} {role}'",
				"node.Letter {");
		String provider = grass.substring(grass.indexOf("node.Provider {"),
				grass.indexOf("}", grass.indexOf("node.Provider {")));
		String letter = grass.substring(grass.indexOf("node.Letter {"),
				grass.indexOf("}", grass.indexOf("node.Letter {")));
		assertThat(letter).doesNotContain(provider.substring(provider.indexOf("color:"), provider.indexOf(";")));
	}

}
