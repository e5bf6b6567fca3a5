package org.tracebackgraph.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Loads {@link ImportFiles} into the embedded store with Neo4j's offline importer
 * ({@code neo4j-admin database import full}, run in this process from the
 * {@code neo4j-import-tool} artifact), for a first load: the importer writes the store
 * files directly, without transactions, so the database must not be running. The next
 * start applies the schema ({@code cypher/schema/}) and waits for its indexes, as every
 * start does.
 */
public final class EmbeddedStoreImport {

	private final EmbeddedNeo4jProperties properties;

	private final CypherQuery databaseIsEmpty = CypherQuery.load("ingest/database-is-empty");

	EmbeddedStoreImport(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
	}

	/**
	 * @return where the store lives
	 */
	public Path storeDirectory() {
		return this.properties.storeDirectory().toAbsolutePath();
	}

	private Path databaseDirectory(String kind) {
		return storeDirectory().resolve("data").resolve(kind).resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	private void deleteDatabase() {
		for (Path directory : List.of(databaseDirectory("databases"), databaseDirectory("transactions"))) {
			if (Files.isDirectory(directory)) {
				try (Stream<Path> paths = Files.walk(directory)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot remove the failed import from " + directory, ex);
				}
			}
		}
	}

	/**
	 * Whether the store's database holds any node. A store never started holds nothing;
	 * one that exists is opened (without ports) to look, which fails while a running app
	 * holds it.
	 */
	public boolean holdsData() {
		if (!Files.isDirectory(databaseDirectory("databases"))) {
			return false;
		}
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(storeDirectory())
			.setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.build();
		try {
			GraphReader reader = new GraphReader(
					new EmbeddedBackend(service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
							Duration.ofSeconds(10)),
					Duration.ofMinutes(1));
			return !reader.one(this.databaseIsEmpty, Parameters.none(), row -> row.bool("empty")).orElse(true);
		}
		finally {
			service.shutdown();
		}
	}

	/**
	 * Replaces the store's database with the files' nodes and relationships.
	 * @param files closed, complete files
	 * @throws IllegalStateException when the importer refuses them (its report is in the
	 * message's tail)
	 */
	public void importFiles(ImportFiles files) {
		List<String> arguments = new ArrayList<>(List.of("database", "import", "full",
				GraphDatabaseSettings.DEFAULT_DATABASE_NAME, "--overwrite-destination=true",
				// A null is written as an empty column: no property, as SET x = null.
				"--ignore-empty-strings=true", "--array-delimiter=" + ImportFiles.ARRAY_DELIMITER,
				// Each node's store id is in its :ID column, one sequence for all labels.
				"--id-type=actual", "--report-file=" + files.directory().resolve("import.report")));
		for (ImportFiles.File file : files.nodeFiles()) {
			arguments.add("--nodes=" + file.name() + "=" + file.path());
		}
		for (ImportFiles.File file : files.relationshipFiles()) {
			arguments.add("--relationships=" + file.name() + "=" + file.path());
		}
		Path conf = files.directory().resolve("conf");
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		int exit;
		try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
			// An empty configuration directory: the importer's defaults, and the store's
			// layout under its home as the embedded database lays it out.
			Files.createDirectories(conf);
			exit = AdminTool.execute(
					new ExecutionContext(storeDirectory(), conf, out, out, new DefaultFileSystemAbstraction()),
					arguments.toArray(String[]::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (exit != 0) {
			// The importer leaves a half-written database behind; the store was empty.
			deleteDatabase();
			String output = log.toString(StandardCharsets.UTF_8);
			throw new IllegalStateException("neo4j-admin database import failed (exit code " + exit + "): "
					+ output.substring(Math.max(0, output.length() - 4000)));
		}
	}

}
