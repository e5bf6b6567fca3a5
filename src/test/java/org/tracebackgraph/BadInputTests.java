package org.tracebackgraph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind at every write and read endpoint: each gets a 4xx problem
 * detail, and the graph's node and relationship counts are the same after as before.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests extends GraphTest {

	/** A valid traceback, as JSON, that the cases below spoil one way at a time. */
	private static final String VALID = """
			{"tracebackId": "BAD-1", "source": "ITG", "notifiedAt": "2024-01-03T10:00:00Z", "note": "n",
			 "call": {"callId": "BAD-C-1", "startedAt": "2024-01-02T10:00:00Z", "callerId": "+12025550123",
			          "calledNumber": "+13125550111", "campaign": "Amazon-Impers-P2", "attestation": "C",
			          "violations": ["16 C.F.R. § 310.4(b)(1)(v)"]},
			 "hops": [{"position": 0, "provider": {"id": "acme-voice", "name": "Acme Voice LLC", "country": "US"},
			           "role": "TERMINATING", "notifiedAt": "2024-01-03T10:00:00Z",
			           "respondedAt": "2024-01-03T12:00:00Z", "response": "NAMED_UPSTREAM", "attestation": "C"},
			          {"position": 1, "provider": {"id": "robo-origin", "name": "Robo Origin", "country": "US"},
			           "role": "ORIGINATING", "notifiedAt": "2024-01-03T12:00:00Z", "response": "IS_ORIGIN"}]}
			""";

	private static final String CSV = Examples.text("examples/tracebacks.csv");

	private static final String HEADER = CSV.lines().findFirst().orElseThrow();

	private static final String ROW = CSV.lines().skip(1).findFirst().orElseThrow();

	private final List<DynamicTest> cases = new ArrayList<>();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private GraphCounts loaded;

	private void bad(String name, Supplier<MvcTestResult> request) {
		this.cases.add(DynamicTest.dynamicTest(name, () -> {
			GraphCounts before = counts();
			MvcTestResult result = request.get();
			int status = result.getResponse().getStatus();
			assertThat(status).as("status of " + name).isBetween(400, 499);
			assertThat(result.getResponse().getContentType()).as("content type")
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
			assertThat(result).bodyJson().extractingPath("$.title").isNotNull();
			assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
			assertThat(counts()).as("graph after " + name).isEqualTo(before).isEqualTo(this.loaded);
		}));
	}

	private void badJson(String name, String body) {
		bad("POST /api/tracebacks: " + name, () -> postJson("/api/tracebacks", body));
	}

	private void badField(String name, UnaryOperator<String> spoil) {
		String spoiled = spoil.apply(VALID);
		assertThat(spoiled).as("the case '" + name + "' changes the valid traceback").isNotEqualTo(VALID);
		badJson(name, spoiled);
	}

	private void badCsv(String name, byte[] body) {
		bad("POST /api/imports/tracebacks (text/csv): " + name, () -> postCsv("/api/imports/tracebacks", body));
		bad("POST /api/imports/tracebacks (multipart): " + name,
				() -> this.mvc.post()
					.uri("/api/imports/tracebacks")
					.multipart()
					.file(new MockMultipartFile("file", "t.csv", "text/csv", body))
					.exchange());
	}

	private void badCsv(String name, String body) {
		badCsv(name, body.getBytes(StandardCharsets.UTF_8));
	}

	private void badGet(String uri, Object... variables) {
		bad("GET " + uri + " " + List.of(variables), () -> this.mvc.get().uri(uri, variables).exchange());
	}

	@TestFactory
	Stream<DynamicTest> everyBadInputGetsA4xxProblemAndChangesNothing(CapturedOutput output) {
		loadInvestigationGraph();
		this.loaded = counts();
		malformedJson();
		wrongTypesAndMissingFields();
		hugeInput();
		badPhoneNumbers();
		impossibleDates();
		badCsvFiles();
		badLetters();
		badReadParameters();
		int listed = this.cases.size();
		everyReadParameterMalformed();
		System.out.println("Bad-input suite: " + this.cases.size() + " cases (" + (this.cases.size() - listed)
				+ " generated from the request mappings)");
		this.cases.add(DynamicTest.dynamicTest("no bad input leaves an error in the log",
				() -> assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")))
					.as("lines logged at ERROR")
					.isEmpty()));
		return this.cases.stream();
	}

	private void malformedJson() {
		for (String body : List.of("", " ", "{", "[", "nul", "{\"tracebackId\": }", VALID + " trailing", "[1, 2,",
				"{'tracebackId': 'single quotes'}", "\u0000", "[" + VALID + ",]", "[".repeat(5000) + "]".repeat(5000),
				"{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
			badJson("malformed " + abbreviate(body), body);
		}
		bad("POST /api/tracebacks as text/plain",
				() -> this.mvc.post()
					.uri("/api/tracebacks")
					.contentType(MediaType.TEXT_PLAIN)
					.content(VALID)
					.exchange());
		bad("POST /api/tracebacks as XML",
				() -> this.mvc.post()
					.uri("/api/tracebacks")
					.contentType(MediaType.APPLICATION_XML)
					.content("<traceback/>")
					.exchange());
		bad("POST /api/tracebacks with a Latin-1 body", () -> this.mvc.post()
			.uri("/api/tracebacks")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					VALID.replace("\"n\"", "\"caf\u00e9\"").replace("n\"", "n\"").getBytes(StandardCharsets.ISO_8859_1))
			.exchange());
	}

	private void wrongTypesAndMissingFields() {
		badField("tracebackId as object", (j) -> j.replace("\"BAD-1\"", "{}"));
		badField("tracebackId as list", (j) -> j.replace("\"BAD-1\"", "[\"BAD-1\"]"));
		badField("hops as text", (j) -> j.substring(0, j.indexOf("\"hops\"")) + "\"hops\": \"many\"}");
		badField("hops empty", (j) -> j.substring(0, j.indexOf("\"hops\"")) + "\"hops\": []}");
		badField("call as text", (j) -> j.replaceFirst("\"call\": \\{[^}]*}", "\"call\": \"x\""));
		badField("position as text", (j) -> j.replace("\"position\": 1", "\"position\": \"first\""));
		badField("position fractional", (j) -> j.replace("\"position\": 1", "\"position\": 1.5"));
		badField("position negative", (j) -> j.replace("\"position\": 1", "\"position\": -1"));
		badField("position too big", (j) -> j.replace("\"position\": 1", "\"position\": 1e400"));
		badField("position twice", (j) -> j.replace("\"position\": 1", "\"position\": 0"));
		badField("role unknown", (j) -> j.replace("\"ORIGINATING\"", "\"BOSS\""));
		badField("response as number", (j) -> j.replace("\"IS_ORIGIN\"", "7"));
		badField("attestation unknown", (j) -> j.replace("\"attestation\": \"C\"}", "\"attestation\": \"Z\"}"));
		badField("violations as text", (j) -> j.replace("[\"16 C.F.R. § 310.4(b)(1)(v)\"]", "\"one\""));
		badField("unknown field", (j) -> j.replace("\"note\": \"n\"", "\"colour\": \"red\""));
		badField("no tracebackId", (j) -> j.replace("\"tracebackId\": \"BAD-1\",", ""));
		badField("blank tracebackId", (j) -> j.replace("\"BAD-1\"", "\"  \""));
		badField("no call", (j) -> j.replaceFirst("\"call\": \\{[^}]*},", ""));
		badField("no callId", (j) -> j.replace("\"callId\": \"BAD-C-1\",", ""));
		badField("hop without provider", (j) -> j
			.replace("\"provider\": {\"id\": \"robo-origin\", \"name\": \"Robo Origin\", \"country\": \"US\"},", ""));
		badField("provider without id", (j) -> j.replace("\"id\": \"robo-origin\", ", ""));
		badField("country not ISO", (j) -> j.replace("\"country\": \"US\"}", "\"country\": \"Narnia\"}"));
		badJson("null body", "null");
		badJson("number body", "42");
		badJson("text body", "\"traceback\"");
		badJson("array of null", "[null]");
		badJson("a valid and an invalid traceback together: nothing written",
				"[" + VALID + ","
						+ VALID.replace("\"BAD-1\"", "\"BAD-2\"")
							.replace("\"BOSS\"", "x")
							.replace("\"ORIGINATING\"", "\"BOSS\"")
						+ "]");
	}

	private void hugeInput() {
		badField("tracebackId of 100k characters", (j) -> j.replace("\"BAD-1\"", "\"" + "T".repeat(100_000) + "\""));
		badField("note of 2 MB", (j) -> j.replace("\"note\": \"n\"", "\"note\": \"" + "n".repeat(2_000_000) + "\""));
		badField("provider name of 50k characters",
				(j) -> j.replace("\"Robo Origin\"", "\"" + "R".repeat(50_000) + "\""));
		badField("500 violations",
				(j) -> j.replace("[\"16 C.F.R. § 310.4(b)(1)(v)\"]", "[" + "\"v\",".repeat(499) + "\"v\"]"));
		badField("60 hops", (j) -> {
			StringBuilder hops = new StringBuilder();
			for (int i = 0; i < 60; i++) {
				hops.append(i == 0 ? "" : ",")
					.append("{\"position\": ")
					.append(i)
					.append(", \"provider\": {\"id\": \"p")
					.append(i)
					.append("\", \"name\": \"P\", \"country\": \"US\"}, \"role\": \"INTERMEDIATE\"}");
			}
			return j.substring(0, j.indexOf("\"hops\"")) + "\"hops\": [" + hops + "]}";
		});
		badJson("5,001 tracebacks in one request",
				"[" + String.join(",", java.util.Collections.nCopies(5001, VALID)) + "]");
		badJson("a 17 MB body",
				"[" + VALID.replace("\"note\": \"n\"", "\"note\": \"" + "n".repeat(17_000_000) + "\"") + "]");
	}

	private void badPhoneNumbers() {
		for (String number : List.of("abc", "+", "+1", "12", "+99999999999999999999", "☎", "+1 (202) 555-01234567",
				"\ud83d\udc80", "+1202555012\u0000", "+0000000000", "+1202555O123",
				"tel:+1-202-555-0123;ext=1" + "9".repeat(60))) {
			badField("callerId " + abbreviate(number),
					(j) -> j.replace("\"+12025550123\"", "\"" + number.replace("\u0000", "\\u0000") + "\""));
		}
		badField("calledNumber invalid", (j) -> j.replace("\"+13125550111\"", "\"+1312\""));
	}

	private void impossibleDates() {
		for (String date : List.of("2024-02-30T10:00:00Z", "2024-13-01T00:00:00Z", "2023-09-07T25:00:00Z",
				"2023-09-07T10:61:00Z", "yesterday", "13/09/2023", "2023-09-07 10:00", "+999999999999-01-01T00:00:00Z",
				"2023-09-07T10:00:00+25:00")) {
			badField("call time " + date, (j) -> j.replace("\"2024-01-02T10:00:00Z\"", "\"" + date + "\""));
		}
		badField("notifiedAt as number", (j) -> j.replace("\"notifiedAt\": \"2024-01-03T10:00:00Z\", \"note\"",
				"\"notifiedAt\": 1704276000, \"note\""));
		badField("answered before notified", (j) -> j.replace("\"respondedAt\": \"2024-01-03T12:00:00Z\"",
				"\"respondedAt\": \"2024-01-01T12:00:00Z\""));
	}

	private void badCsvFiles() {
		String body = HEADER + "\n" + ROW + "\n";
		badCsv("empty file", "");
		badCsv("no header", ROW + "\n");
		badCsv("a required column missing", body.replace(",provider_id", "").replace(",acme-voice", ""));
		badCsv("an unknown column", HEADER + ",colour\n" + ROW + ",red\n");
		badCsv("a misspelt column", body.replace("traceback_id", "tracebak_id"));
		badCsv("semicolons", body.replace(',', ';'));
		badCsv("a row with too few fields", HEADER + "\n" + ROW.substring(0, ROW.lastIndexOf(',')) + "\n");
		badCsv("a row with too many fields", HEADER + "\n" + ROW + ",extra\n");
		badCsv("an unbalanced quote", HEADER + "\n" + ROW.replace("Acme Voice LLC", "\"Acme Voice LLC") + "\n");
		badCsv("a line break inside a quoted name",
				HEADER + "\n" + ROW.replace("Acme Voice LLC", "\"Acme Voice\nLLC\"") + "\n");
		badCsv("a NUL byte", HEADER + "\n" + ROW.replace("Acme", "Ac\u0000me") + "\n");
		badCsv("an invalid phone number", body.replace("+12125550100", "+1212"));
		badCsv("an impossible date", body.replace("2023-09-07T15:04:05Z", "2023-02-30T15:04:05Z"));
		badCsv("a bad position", body.replace(",0,acme-voice", ",zero,acme-voice"));
		badCsv("a 2 MB field", body.replace("Acme Voice LLC", "A".repeat(2_000_000)));
		badCsv("BOM and a missing column", "\ufeff" + body.replace(",provider_id", "").replace(",acme-voice", ""));
		badCsv("CRLF and a bad position", body.replace(",0,acme-voice", ",-4,acme-voice").replace("\n", "\r\n"));
		badCsv("Latin-1 bytes", (HEADER + "\n" + ROW.replace("Acme Voice LLC", "Acm\u00e9 Voice") + "\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		badCsv("UTF-16", body.getBytes(StandardCharsets.UTF_16));
		badCsv("binary",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe });
		badCsv("a valid row and an invalid row: nothing written",
				HEADER + "\n" + ROW + "\n" + ROW.replace("EX-T-1", "EX-T-9").replace("TERMINATING", "BOSS") + "\n");
		bad("POST /api/imports/tracebacks (multipart) without a file part",
				() -> this.mvc.post()
					.uri("/api/imports/tracebacks")
					.multipart()
					.file(new MockMultipartFile("upload", "t.csv", "text/csv", body.getBytes(StandardCharsets.UTF_8)))
					.exchange());
		bad("POST /api/imports/tracebacks as JSON", () -> postJson("/api/imports/tracebacks", VALID));
	}

	private void badLetters() {
		byte[] letter = Examples.fixture("fx-letter-robo-letter.json").getBytes(StandardCharsets.UTF_8);
		byte[] chart = Examples.fixture("fx-letter-robo-attachment-a.csv").getBytes(StandardCharsets.UTF_8);
		letter("no chart", letter, null);
		letter("no letter", null, chart);
		letter("malformed letter", "{\"letterId\":".getBytes(StandardCharsets.UTF_8), chart);
		letter("letter without a recipient",
				new String(letter, StandardCharsets.UTF_8).replaceFirst("(?s)\"recipient\"\\s*:\\s*\\{[^}]*},", "")
					.getBytes(StandardCharsets.UTF_8),
				chart);
		letter("letter with an impossible date",
				new String(letter, StandardCharsets.UTF_8).replace("2024-03-15", "2024-02-30")
					.getBytes(StandardCharsets.UTF_8),
				chart);
		letter("chart with wrong columns", letter, "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
		letter("empty chart", letter, new byte[0]);
	}

	private void letter(String name, byte[] letter, byte[] chart) {
		bad("POST /api/imports/letters: " + name, () -> {
			var request = this.mvc.post().uri("/api/imports/letters").multipart();
			if (letter != null) {
				request.file(new MockMultipartFile("letter", "letter.json", "application/json", letter));
			}
			if (chart != null) {
				request.file(new MockMultipartFile("chart", "chart.csv", "text/csv", chart));
			}
			return request.exchange();
		});
	}

	private void badReadParameters() {
		for (String query : List.of("role=WIZARD", "size=0", "size=201", "size=abc", "page=-1", "page=9999999999",
				"from=2024-02-30", "from=2024-03-01&to=2024-02-01", "minCalls=-1", "minCalls=abc",
				"campaign=" + "c".repeat(5000))) {
			badGet("/api/providers/ranking?" + query);
		}
		for (String query : List.of("depth=0", "depth=7", "depth=abc", "from=yesterday", "maxNodes=0",
				"maxNodes=10001")) {
			badGet("/api/providers/robo-origin/upstream?" + query);
			badGet("/api/providers/robo-origin/downstream?" + query);
		}
		for (String query : List.of("depth=0", "depth=7", "from=yesterday", "size=0", "size=201", "page=-1",
				"maxNodes=5")) {
			badGet("/api/providers/robo-origin/upstream/edges?" + query);
			badGet("/api/providers/robo-origin/downstream/edges?" + query);
		}
		badGet("/api/paths");
		badGet("/api/paths?from=robo-origin");
		badGet("/api/paths?from=robo-origin&to=acme-voice&k=0");
		badGet("/api/paths?from=robo-origin&to=acme-voice&k=abc");
		for (String number : List.of("abc", "+", "12", "+99999999999999999999", "☎", "2".repeat(5000))) {
			badGet("/api/numbers/{n}", number);
		}
		badGet("/api/numbers/+12125550101?size=0");
		badGet("/api/campaigns?size=0");
		badGet("/api/campaigns?from=2024-13-01");
		badGet("/api/campaigns/{name}", "no such campaign");
		badGet("/api/providers/robo-origin/evidence?from=bad");
		badGet("/api/providers/robo-origin/non-responses?to=bad");
		badGet("/api/providers/robo-origin/letters?page=-3");
		badGet("/api/providers/{id}", "x".repeat(10_000));
		badGet("/api/tracebacks/{id}", "NO-SUCH");
		badGet("/api/calls/{id}/route", "NO-SUCH");
		badGet("/api/tracebacks/a%2Fb");
		badGet("/api/tracebacks/..%2F..%2Fetc");
		badGet("/api/audit?status=abc");
		badGet("/api/audit?from=2024-02-30");
	}

	/** Escapes a servlet container cannot decode, and bytes that are not UTF-8. */
	private static final List<String> MALFORMED_ENCODINGS = List.of("%", "%zz", "a%2", "%E2%82", "%C0%AF", "%FF");

	/**
	 * Every query parameter of every read endpoint, found from the app's request
	 * mappings, with undecodable escapes, a value of the wrong type, and given twice:
	 * each a 400 problem naming the parameter, over a real port (the servlet container
	 * decodes query strings, not MockMvc), and none leaves an error in the log.
	 */
	private void everyReadParameterMalformed() {
		for (Endpoint endpoint : Endpoint.reads(this.mappings)) {
			String path = examplePath(endpoint);
			for (Endpoint.Param variable : endpoint.pathVariables()) {
				for (String value : List.of("%zz", "%E2%82")) {
					String target = endpoint.pattern().replace("{*", "{").replace("{" + variable.name() + "}", value);
					for (Endpoint.Param other : endpoint.pathVariables()) {
						target = target.replace("{" + other.name() + "}", exampleValue(other.name()));
					}
					badRawPath(target);
				}
			}
			for (Endpoint.Param param : endpoint.queryParameters()) {
				String others = endpoint.requiredQueryParameters()
					.stream()
					.filter(required -> !required.name().equals(param.name()))
					.map(required -> "&" + required.name() + "=" + exampleValue(required.name()))
					.reduce("", String::concat);
				List<String> values = new ArrayList<>(MALFORMED_ENCODINGS);
				if (param.isNumber()) {
					values.addAll(List.of("abc", "1.5", "99999999999999999999"));
				}
				boolean providerIds = endpoint.pattern().equals("/api/paths");
				if (!providerIds && (param.name().equals("from") || param.name().equals("to"))) {
					values.addAll(List.of("yesterday", "2023-02-30"));
				}
				for (String value : values) {
					badRaw(path + "?" + param.name() + "=" + value + others, param.name());
				}
				String valid = exampleValue(param.name());
				badRaw(path + "?" + param.name() + "=" + valid + "&" + param.name() + "=" + valid + others,
						param.name());
			}
		}
	}

	private void badRaw(String target, String parameter) {
		this.cases.add(DynamicTest.dynamicTest("GET " + target, () -> {
			RawHttp.Response response = RawHttp.get(this.port, target, TestAccounts.ADMIN_KEY);
			assertThat(response.status()).as("status of " + target).isEqualTo(400);
			assertThat(response.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.body()).contains("\"field\":\"" + parameter + "\"")
				.doesNotContain("Exception")
				.doesNotContain("at org.");
			assertThat(counts()).isEqualTo(this.loaded);
		}));
	}

	private void badRawPath(String target) {
		this.cases.add(DynamicTest.dynamicTest("GET " + target, () -> {
			RawHttp.Response response = RawHttp.get(this.port, target, TestAccounts.ADMIN_KEY);
			assertThat(response.status()).as("status of " + target).isEqualTo(400);
			assertThat(response.contentType()).as("content type of " + target)
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}));
	}

	private static String examplePath(Endpoint endpoint) {
		String path = endpoint.pattern().replace("{*", "{");
		for (Endpoint.Param variable : endpoint.pathVariables()) {
			path = path.replace("{" + variable.name() + "}", exampleValue(variable.name()));
		}
		return path;
	}

	/** A valid value of the investigation graph for a parameter, by its name. */
	private static String exampleValue(String name) {
		return switch (name) {
			case "id", "providerId", "from" -> "robo-origin";
			case "to" -> "acme-voice";
			case "tracebackId" -> "FX-T-01";
			case "callId" -> "FX-C-01";
			case "e164" -> "+12125550101";
			case "name", "campaign" -> "Amazon-Impers-P2";
			case "reportId" -> "latest";
			default -> "1";
		};
	}

	private static String abbreviate(String text) {
		String shown = text.replace("\u0000", "\\0");
		return (shown.length() > 40) ? shown.substring(0, 40) + "… (" + text.length() + " chars)" : shown;
	}

	@Test
	void aCsvWithBomAndWindowsLineEndingsIsAcceptedAsSpreadsheetsWriteIt() {
		byte[] bom = "\ufeff".getBytes(StandardCharsets.UTF_8);
		byte[] text = CSV.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, body, 0, bom.length);
		System.arraycopy(text, 0, body, bom.length, text.length);
		assertThat(postCsv("/api/imports/tracebacks", body)).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"tracebacks\": 4, \"created\": 4}");
	}

	@Test
	void quotedFieldsWithCommasAndQuotesRoundTrip() {
		String name = "Acme \"Voice\", LLC";
		String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
		String body = HEADER + "\n"
				+ CSV.lines()
					.skip(1)
					.map((row) -> row.replace("Acme Voice LLC", quoted))
					.reduce((a, b) -> a + "\n" + b)
					.orElseThrow()
				+ "\n";
		assertThat(postCsv("/api/imports/tracebacks", body.getBytes(StandardCharsets.UTF_8))).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/providers/acme-voice")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo(name);
	}

}
