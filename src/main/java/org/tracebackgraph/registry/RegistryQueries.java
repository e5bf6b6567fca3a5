package org.tracebackgraph.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Paging;

import org.springframework.stereotype.Repository;

/**
 * The registry questions, and the analysts' decisions on links.
 */
@Repository
class RegistryQueries {

	private final GraphReader reader;

	private final GraphWriter writer;

	private final CypherQuery registryOfProvider = CypherQuery.load("queries/registry/registry-of-provider");

	private final CypherQuery filingsMatching = CypherQuery.load("queries/registry/filings-matching");

	private final CypherQuery flaggedProviders = CypherQuery.load("queries/registry/flagged-providers");

	private final CypherQuery confirm = CypherQuery.load("ingest/confirm-provider-filing");

	private final CypherQuery reject = CypherQuery.load("ingest/reject-provider-filing");

	private final CypherQuery flag = CypherQuery.load("ingest/flag-providers-by-registry");

	RegistryQueries(GraphReader reader, GraphWriter writer) {
		this.reader = reader;
		this.writer = writer;
	}

	Optional<ProviderRegistry> ofProvider(String providerId) {
		return this.reader.one(this.registryOfProvider, Parameters.of("providerId", providerId), ProviderRegistry::of);
	}

	/**
	 * @param text an RMD number, an FRN (leading zeros optional) or part of a name
	 */
	List<FilingHit> filings(String text, Paging paging) {
		String value = text.strip();
		String upper = value.toUpperCase(Locale.ROOT);
		String digits = value.replaceAll("[\\s-]", "");
		Parameters parameters = Parameters.of("rmdNumber", upper.matches("RMD\\d{7}") ? upper : null)
			.and("frn", digits.matches("\\d{1,10}") ? "0".repeat(10 - digits.length()) + digits : null)
			.and("text", (value.length() >= 2) ? value.toLowerCase(Locale.ROOT) : null);
		paging.bindTo(parameters);
		return this.reader.list(this.filingsMatching, parameters, FilingHit::of);
	}

	List<FlaggedProvider> flagged(String flag, String campaign, DateWindow window, Paging paging) {
		Parameters parameters = Parameters.of("flag", flag).and("campaign", campaign);
		window.bindTo(parameters);
		paging.bindTo(parameters);
		return this.reader.list(this.flaggedProviders, parameters, FlaggedProvider::of);
	}

	/**
	 * @return whether the provider and the filing both exist
	 */
	boolean decide(String providerId, String rmdNumber, boolean confirmed, String decidedBy) {
		return this.writer.write(tx -> {
			boolean found = tx
				.one(confirmed ? this.confirm : this.reject,
						Parameters.of("providerId", providerId).and("rmdNumber", rmdNumber).and("decidedBy", decidedBy),
						row -> row.string("rmdNumber"))
				.isPresent();
			if (found) {
				tx.run(this.flag, Parameters.none());
			}
			return found;
		});
	}

}
