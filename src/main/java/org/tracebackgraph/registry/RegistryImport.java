package org.tracebackgraph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.WriteTx;
import org.tracebackgraph.web.ConflictException;
import org.tracebackgraph.model.TracebacksWritten;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Loads an RMD export and matches providers to its filings, in one transaction: the
 * filings, the removals, the links and the flags are written together or not at all.
 */
@Service
class RegistryImport {

	private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

	private final GraphWriter graph;

	private final CypherQuery mergeFilings = CypherQuery.load("ingest/merge-filings");

	private final CypherQuery markRemoved = CypherQuery.load("ingest/mark-removed-filings");

	private final CypherQuery filingsForResolution = CypherQuery.load("ingest/filings-for-resolution");

	private final CypherQuery providersForResolution = CypherQuery.load("ingest/providers-for-resolution");

	private final CypherQuery link = CypherQuery.load("ingest/link-providers-to-filings");

	private final CypherQuery flag = CypherQuery.load("ingest/flag-providers-by-registry");

	private final CypherQuery latestExport = CypherQuery.load("ingest/latest-registry-export");

	private final CypherQuery recordExport = CypherQuery.load("ingest/record-registry-export");

	RegistryImport(GraphWriter graph) {
		this.graph = graph;
	}

	/**
	 * The whole export is read and checked before anything is written.
	 * @param asOf the export's date, which removals are dated with; {@code null}: the
	 * newest {@code last_updated} in the file
	 */
	RmdImportSummary importExport(InputStream csv, LocalDate asOf) throws IOException {
		long started = System.nanoTime();
		return importFilings(RmdExport.read(csv), asOf, started);
	}

	/**
	 * Writes filings read and checked before (the command line checks before Neo4j
	 * starts).
	 */
	RmdImportSummary importFilings(List<Filing> filings, LocalDate asOf, long started) {
		LocalDate exportDate = (asOf != null) ? asOf
				: filings.stream()
					.map(Filing::lastUpdated)
					.filter(Objects::nonNull)
					.max(Comparator.naturalOrder())
					.orElse(LocalDate.now());
		RmdImportSummary summary = this.graph.write(tx -> {
			LocalDate newest = tx.one(this.latestExport, Parameters.none(), row -> row.date("newestAsOf")).orElse(null);
			if (newest != null && exportDate.isBefore(newest)) {
				throw new ConflictException("older-export", "Older than the loaded export",
						"An RMD export of " + newest + " is loaded; this one of " + exportDate
								+ " is older and would mark newer filings removed (give asOf if its date is wrong)");
			}
			tx.run(this.recordExport, Parameters.of("asOf", exportDate).and("filings", filings.size()));
			List<Map<String, Object>> rows = filings.stream().map(Filing::asParameters).toList();
			Map<String, Long> merged = tx
				.one(this.mergeFilings, Parameters.of("filings", rows),
						row -> Map.of("created", row.longValue("created"), "updated", row.longValue("updated"),
								"restored", row.longValue("restored")))
				.orElseThrow();
			long removed = tx
				.one(this.markRemoved,
						Parameters.of("rmdNumbers", filings.stream().map(Filing::rmdNumber).toList())
							.and("asOf", exportDate),
						row -> row.longValue("removed"))
				.orElse(0L);
			Resolved resolved = resolve(tx, false);
			long created = merged.get("created");
			long updated = merged.get("updated");
			return new RmdImportSummary(filings.size(), created, updated, filings.size() - created - updated, removed,
					merged.get("restored"), exportDate, resolved.providers(), resolved.links(), resolved.candidates(),
					(System.nanoTime() - started) / 1_000_000);
		});
		log.info("RMD export of {}: {} filings ({} new, {} updated, {} removed); {} providers matched, {} linked",
				exportDate, summary.filings(), summary.created(), summary.updated(), summary.removed(),
				summary.providersMatched(), summary.linked());
		return summary;
	}

	/**
	 * Matches every provider without a confirmed filing again, and recomputes the flags.
	 */
	Resolved resolveAll() {
		return this.graph.write(tx -> resolve(tx, false));
	}

	/**
	 * After an import of tracebacks or letters: the providers never matched are, and
	 * every provider's flags are recomputed (its roles may have changed). Nothing happens
	 * before a registry is loaded.
	 */
	@EventListener
	void tracebacksWritten(TracebacksWritten written) {
		Resolved resolved = this.graph.write(tx -> resolve(tx, true));
		if (resolved.providers() > 0) {
			log.debug("Registry: {} new providers matched, {} linked", resolved.providers(), resolved.links());
		}
	}

	private Resolved resolve(WriteTx tx, boolean onlyNew) {
		List<Resolution.FilingNames> filings = tx.list(this.filingsForResolution, Parameters.none(),
				row -> new Resolution.FilingNames(row.string("rmdNumber"), row.string("businessName"),
						row.strings("dbaNames"), row.strings("previousNames")));
		if (filings.isEmpty()) {
			return new Resolved(0, 0, 0);
		}
		List<Resolution.ProviderName> providers = tx.list(this.providersForResolution,
				Parameters.of("onlyNew", onlyNew), row -> new Resolution.ProviderName(row.string("providerId"),
						row.string("name"), new HashSet<>(row.strings("rejected"))));
		Resolution.Outcome outcome = new Resolution(filings).resolve(providers);
		tx.run(this.link,
				Parameters.of("providerIds", providers.stream().map(Resolution.ProviderName::providerId).toList())
					.and("links", outcome.links().stream().map(RegistryImport::asParameters).toList())
					.and("candidates", outcome.candidates().stream().map(RegistryImport::asParameters).toList()));
		tx.run(this.flag, Parameters.none());
		return new Resolved(providers.size(), outcome.links().size(),
				outcome.candidates().stream().map(Resolution.Match::providerId).distinct().count());
	}

	private static Map<String, Object> asParameters(Resolution.Match match) {
		return Map.of("providerId", match.providerId(), "rmdNumber", match.rmdNumber(), "method", match.method(),
				"score", match.score(), "reason", match.reason());
	}

	/**
	 * @param providers providers matched
	 * @param links linked automatically
	 * @param candidates providers left with candidates
	 */
	record Resolved(long providers, long links, long candidates) {
	}

}
