package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the demo letters (from {@code data/letters/}, packaged as {@code demo/letters/})
 * when the app starts on an empty database, so a new user has something to look at.
 */
@Component
@ConditionalOnBooleanProperty(name = "traceback.demo.enabled", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final LetterImport letters;

	private final GraphReader graph;

	private final CypherQuery databaseIsEmpty = CypherQuery.load("ingest/database-is-empty");

	DemoData(LetterImport letters, GraphReader graph) {
		this.letters = letters;
		this.graph = graph;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		boolean empty = this.graph.one(this.databaseIsEmpty, Parameters.none(), row -> row.bool("empty")).orElse(false);
		if (!empty) {
			log.info("Database holds data: demo data not loaded");
			return;
		}
		Resource[] metadata = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:demo/letters/*-letter.json");
		Arrays.sort(metadata, Comparator.comparing(Resource::getFilename));
		for (Resource letter : metadata) {
			Resource chart = letter.createRelative(letter.getFilename().replace("-letter.json", "-attachment-a.csv"));
			try (InputStream json = letter.getInputStream(); InputStream csv = chart.getInputStream()) {
				LetterImport.LetterSummary summary = this.letters.importLetter(json, csv);
				log.info("Demo data: letter {} to {} with {} traced calls", summary.letterId(),
						summary.recipientProviderId(), summary.tracebacks().tracebacks());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read demo letter " + letter.getFilename(), ex);
			}
		}
	}

}
