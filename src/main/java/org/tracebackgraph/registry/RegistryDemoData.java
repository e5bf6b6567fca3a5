package org.tracebackgraph.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the FCC's real RMD export ({@code data/registry/}, packaged as
 * {@code demo/registry/}) beside the demo letters when the app starts on an empty
 * database, so the demo shows providers linked to their filings. It notes whether the
 * database was empty before the demo letters go in, and loads once the app is ready,
 * after them, so their recipients are matched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "traceback.demo.enabled", matchIfMissing = true)
class RegistryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

	private final RegistryImport registryImport;

	private final GraphReader graph;

	private final CypherQuery databaseIsEmpty = CypherQuery.load("ingest/database-is-empty");

	private boolean emptyAtStart;

	RegistryDemoData(RegistryImport registryImport, GraphReader graph) {
		this.registryImport = registryImport;
		this.graph = graph;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.emptyAtStart = this.graph.one(this.databaseIsEmpty, Parameters.none(), row -> row.bool("empty"))
			.orElse(false);
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() throws IOException {
		if (!this.emptyAtStart) {
			return;
		}
		for (Resource export : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:demo/registry/*.csv")) {
			try (InputStream in = export.getInputStream()) {
				RmdImportSummary summary = this.registryImport.importExport(in,
						RegistryCommands.dateInName(Path.of(export.getFilename())));
				log.info("Demo data: registry {}", summary.describe());
			}
		}
	}

}
