package org.tracebackgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The app's side: its REST API (with the API key the security contract asks for) and the
 * same Cypher files the app runs, sent directly over Bolt.
 */
final class GraphSide implements AutoCloseable {

	/** The highest {@code maxNodes} of the upstream contract. */
	static final int MAX_NODES = 10_000;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String apiKey;

	private final Driver driver;

	private final Session session;

	private final String routeOfCall;

	GraphSide(String baseUrl, String apiKey, String boltUri, String boltPassword, Path cypherDir) throws IOException {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
		this.driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", boltPassword));
		this.session = this.driver.session();
		this.routeOfCall = cypher(cypherDir.resolve("route/route-of-call-or-traceback.cypher"));
	}

	/** The query of a Cypher file without its comments and its {@code :param} block. */
	static String cypher(Path file) throws IOException {
		String text = Files.readString(file);
		String withoutComments = text.lines()
			.filter((line) -> !line.startsWith("//"))
			.collect(Collectors.joining("\n"));
		int param = withoutComments.indexOf(":param");
		if (param >= 0) {
			int end = withoutComments.indexOf("};", param);
			withoutComments = withoutComments.substring(0, param) + withoutComments.substring(end + 2);
		}
		String query = withoutComments.strip();
		return query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
	}

	String get(String pathAndQuery) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery))
			.header("X-API-Key", this.apiKey)
			.timeout(Duration.ofSeconds(120))
			.GET()
			.build();
		return body(request);
	}

	String postJson(String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/tracebacks"))
			.header("X-API-Key", this.apiKey)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return body(request);
	}

	private String body(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			String body = response.body();
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
					+ ((body.length() > 300) ? body.substring(0, 300) + "…" : body));
		}
		return response.body();
	}

	String routeOverRest(String callId) throws IOException, InterruptedException {
		return get("/api/calls/" + encode(callId) + "/route");
	}

	String rankingOverRest(LocalDate from, LocalDate to, String role) throws IOException, InterruptedException {
		return get("/api/providers/ranking?role=" + role + "&from=" + from + "&to=" + to + "&size=20");
	}

	/**
	 * The reached providers only, as the network rework answers them; the cap is the
	 * highest, so that a cut answer is a failed check rather than a smaller payload.
	 */
	String upstreamOverRest(String providerId, int depth) throws IOException, InterruptedException {
		return get("/api/providers/" + encode(providerId) + "/upstream?depth=" + depth + "&maxNodes=" + MAX_NODES);
	}

	/**
	 * The REST floor: the same client and headers, no database. The liveness group, not
	 * the whole health: the Neo4j indicator runs a query through the app's driver.
	 */
	String liveness() throws IOException, InterruptedException {
		return get("/actuator/health/liveness");
	}

	/**
	 * The app's route query (one per lookup), as the app runs it, over Bolt; the hops as
	 * the query returns them (the app orders them in Java, the check does likewise).
	 */
	List<Answers.Hop> routeOverBolt(String callId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("tracebackId", null);
		parameters.put("callId", callId);
		List<List<Answers.Hop>> routes = this.session.run(this.routeOfCall, parameters)
			.list((row) -> row.get("hops")
				.asList((hop) -> new Answers.Hop(hop.get("position").isNull() ? null : hop.get("position").asInt(),
						hop.get("providerId").asString(), hop.get("role").asString())));
		if (routes.size() != 1) {
			throw new IllegalStateException("no traceback of call " + callId);
		}
		return routes.getFirst();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.session.close();
		this.driver.close();
	}

}
