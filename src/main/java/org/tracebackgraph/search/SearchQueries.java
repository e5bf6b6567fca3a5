package org.tracebackgraph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.ReadTx;
import org.tracebackgraph.phone.PhoneNumbers;
import org.tracebackgraph.web.Capped;

import org.springframework.stereotype.Repository;

/**
 * Finds what a text names, in one read transaction.
 */
@Repository
class SearchQueries {

	/** Most hits by name, per kind of thing. */
	static final int NAMES = 10;

	/** Shorter texts match too many names to be worth listing. */
	static final int MIN_NAME_LENGTH = 2;

	private final GraphReader graph;

	private final CypherQuery identifier = CypherQuery.load("queries/search/things-with-this-identifier");

	private final CypherQuery providers = CypherQuery.load("queries/search/providers-named-like");

	private final CypherQuery campaigns = CypherQuery.load("queries/search/campaigns-named-like");

	private final CypherQuery filings = CypherQuery.load("queries/search/filings-named-like");

	SearchQueries(GraphReader graph) {
		this.graph = graph;
	}

	SearchResult search(String text) {
		String e164 = PhoneNumbers.normalize(text).map(PhoneNumbers.Normalized::e164).orElse(null);
		return this.graph.read(tx -> search(tx, text, e164));
	}

	private SearchResult search(ReadTx tx, String text, String e164) {
		List<String> ids = List.of(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))
			.stream()
			.distinct()
			.toList();
		Map<String, SearchHit> hits = new LinkedHashMap<>();
		String digits = text.strip().replaceAll("[\\s-]", "");
		String frn = digits.matches("\\d{1,10}") ? "0".repeat(10 - digits.length()) + digits : null;
		tx.list(this.identifier, Parameters.of("ids", ids).and("e164", e164).and("frn", frn),
				(row) -> SearchHit.of(row, true))
			.forEach((hit) -> hits.putIfAbsent(hit.type() + " " + hit.key(), hit));
		boolean truncated = false;
		String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
		if (normalized.length() >= MIN_NAME_LENGTH) {
			List<Capped<SearchHit>> byName = new ArrayList<>();
			byName.add(named(tx, this.providers, Parameters.of("text", text).and("normalized", normalized)));
			byName.add(named(tx, this.campaigns, Parameters.of("text", text)));
			byName.add(named(tx, this.filings, Parameters.of("text", text)));
			for (Capped<SearchHit> found : byName) {
				found.items().forEach((hit) -> hits.putIfAbsent(hit.type() + " " + hit.key(), hit));
				truncated |= found.truncated();
			}
		}
		return new SearchResult(text, e164, List.copyOf(hits.values()), truncated);
	}

	private static Capped<SearchHit> named(ReadTx tx, CypherQuery query, Parameters parameters) {
		return Capped.of(tx.list(query, parameters.and("limit", NAMES + 1), (row) -> SearchHit.of(row, false)), NAMES);
	}

}
