package org.tracebackgraph.provider;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads ranking answers as one line per row, so a test can compare every number of every
 * row at a glance:
 * {@code id calls O/G/I/T/U campaigns first..last hops noResponses lateResponses share}.
 */
final class ProviderRankings {

	private ProviderRankings() {
	}

	/**
	 * @param rows the rows, one line each
	 * @param hasMore whether another page follows
	 */
	record Answer(List<String> rows, boolean hasMore) {

		/** The rows' provider ids, in order. */
		List<String> ids() {
			return this.rows.stream().map(row -> row.split(" ")[0]).toList();
		}

		/** The rows as {@code id calls}, in order. */
		List<String> idsAndCalls() {
			return this.rows.stream().map(row -> row.split(" ")[0] + " " + row.split(" ")[1]).toList();
		}

	}

	static Answer read(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		JsonNode page = json(result);
		List<String> rows = new ArrayList<>();
		page.get("items").forEach(row -> rows.add(line(row)));
		return new Answer(rows, page.get("hasMore").asBoolean());
	}

	static JsonNode json(MvcTestResult result) {
		try {
			return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String line(JsonNode row) {
		JsonNode byRole = row.get("byRole");
		return String.join(" ", row.get("provider").get("id").asString(), row.get("tracedCalls").toString(),
				byRole.get("originating") + "/" + byRole.get("gateway") + "/" + byRole.get("intermediate") + "/"
						+ byRole.get("terminating") + "/" + byRole.get("unknown"),
				row.get("campaigns").toString(),
				row.get("firstSeen").asString() + ".." + row.get("lastSeen").asString(),
				row.get("tracedHops").toString(), row.get("noResponses").toString(),
				row.get("lateResponses").toString(), row.get("nonResponseShare").toString());
	}

}
