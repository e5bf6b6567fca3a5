package org.tracebackgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.TestNeo4j;
import org.tracebackgraph.TracebackGraphApplication;
import org.tracebackgraph.generator.GenerateCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import bulk} run as the command line runs it (the {@code cli} profile, its own
 * embedded store), against {@code import tracebacks} into the test harness: the same file
 * must give the same graph, node for node and property for property.
 */
class BulkImportTests extends GraphTest {

	/**
	 * Small batches, so that re-posted tracebacks land in a later batch, as they must.
	 */
	private static final int BATCH_SIZE = 100;

	@Autowired
	private ApplicationContext context;

	@TempDir
	Path dir;

	@Test
	void aBulkLoadGivesTheGraphTheOnlineImportGivesWithItsSchemaBuilt() throws Exception {
		Path csv = generatedWithReposts();
		onlineImport().importFile(csv);
		List<String> online = dump(TestNeo4j.database(), Set.of());
		List<String> onlineIndexes = indexes(TestNeo4j.database());

		try (Cli bulk = bulk(this.dir.resolve("store"), csv)) {
			assertThat(bulk.exitCode()).as(bulk.err()).isZero();
			GraphDatabaseService store = bulk.database();

			assertThat(dump(store, Set.of())).isEqualTo(online);
			// Each store id handed to the importer went to one node: no holes.
			assertThat(rows(store, "MATCH (n) RETURN count(n) AS nodes, max(id(n)) + 1 AS ids")).singleElement()
				.satisfies(row -> assertThat(row.get("ids")).isEqualTo(row.get("nodes")));
			assertThat(indexes(store)).isEqualTo(onlineIndexes);
			assertThat(rows(store, "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS notOnline"))
				.containsExactly(Map.of("notOnline", 0L));
			assertThat(bulk.out())
				.containsPattern("300 tracebacks \\([0-9,]+ hops\\) loaded in [0-9.]+ s, [0-9,]+ hops/s");
			assertThat(bulk.err()).contains("some traceback or call ids come again");
		}
	}

	@Test
	void aFileWhoseIdsAllDifferIsWrittenForTheImporterAsItIsCheckedAndGivesTheSameGraph() throws Exception {
		Path csv = generated(this.dir.resolve("once.csv"), 450);
		onlineImport().importFile(csv);
		List<String> online = dump(TestNeo4j.database(), Set.of());

		try (Cli bulk = bulk(this.dir.resolve("store"), csv)) {
			assertThat(bulk.exitCode()).as(bulk.err()).isZero();

			assertThat(dump(bulk.database(), Set.of())).isEqualTo(online);
			assertThat(bulk.out()).contains("450 tracebacks").contains("with the files written alongside");
		}
	}

	@Test
	void anErrorInTheLastRowsWritesNothingThoughTheFilesWereBeingWritten() throws Exception {
		Path csv = generated(this.dir.resolve("bad-end.csv"), 450);
		List<String> lines = new ArrayList<>(Files.readAllLines(csv));
		String last = lines.removeLast();
		String broken = last.replaceFirst(",[A-Z]{2},([A-Z]+),", ",Atlantis,$1,");
		assertThat(broken).isNotEqualTo(last);
		lines.add(broken);
		Files.write(csv, lines);
		Path store = this.dir.resolve("store");

		try (Cli refused = bulk(store, csv)) {
			assertThat(refused.exitCode()).isEqualTo(1);
			assertThat(refused.err()).contains("provider_country");
		}
		assertThat(store.resolve("data/databases/neo4j")).doesNotExist();
	}

	@Test
	void theMonthCountersAndTheirDaysAddUpTheHopsOfTheirProviderCallDateAndCampaign() throws Exception {
		Path csv = generatedWithReposts();
		try (Cli bulk = bulk(this.dir.resolve("store"), csv)) {
			assertThat(bulk.exitCode()).as(bulk.err()).isZero();
			GraphDatabaseService store = bulk.database();
			String day = "n.month + duration({days: n.days[i] - 1})";

			assertThat(dayCounters(store, "ProviderMonth", day)).isEqualTo(countersFromHops(store, "c.startedOn"))
				.isNotEmpty();
			assertThat(counters(store, "ProviderMonth", "n.month"))
				.isEqualTo(countersFromHops(store, "date.truncate('month', c.startedOn)"));
			assertThat(dayCounters(store, "ProviderCampaignMonth", "n.campaign + ' ' + toString(" + day + ")"))
				.isEqualTo(countersFromHops(store,
						"CASE WHEN c.startedOn IS NOT NULL THEN campaign.name + ' ' + toString(c.startedOn) END"))
				.isNotEmpty();
			assertThat(counters(store, "ProviderCampaignMonth", "n.campaign + ' ' + toString(n.month)"))
				.isEqualTo(countersFromHops(store,
						"CASE WHEN c.startedOn IS NOT NULL THEN campaign.name + ' '"
								+ " + toString(date.truncate('month', c.startedOn)) END"))
				.isNotEmpty();
			assertThat(counters(store, "ProviderCampaignUndated", "n.campaign"))
				.isEqualTo(countersFromHops(store, "CASE WHEN c.startedOn IS NULL THEN campaign.name END"));
			assertThat(rows(store,
					"MATCH (n) WHERE n.counts[0] = 0 OR any(i IN range(0, size(coalesce(n.days, [])) - 1) WHERE n.dayCounts[i * 9] = 0)"
							+ " RETURN count(n) AS empty"))
				.containsExactly(Map.of("empty", 0L));
			assertThat(rows(store, "MATCH (c:Counters) RETURN c.name AS name, c.version AS version"))
				.containsExactly(Map.of("name", "provider-days", "version", 3L));
		}
	}

	@Test
	void aBadFileAndAStoreThatHoldsDataAreRefusedAndNothingChanges() throws Exception {
		Path store = this.dir.resolve("store");
		Path bad = Files.writeString(this.dir.resolve("bad.csv"), "traceback_id,call_id\nT,C\n");
		try (Cli refused = bulk(store, bad)) {
			assertThat(refused.exitCode()).isEqualTo(1);
			assertThat(refused.err()).contains("line 1, provider_id: required column is missing");
		}
		assertThat(store.resolve("data/databases/neo4j")).doesNotExist();

		Path good = Files.write(this.dir.resolve("t.csv"), Examples.bytes("examples/tracebacks.csv"));
		List<String> loaded;
		try (Cli first = bulk(store, good)) {
			assertThat(first.exitCode()).as(first.err()).isZero();
			loaded = dump(first.database(), Set.of());
		}
		try (Cli again = bulk(store, good)) {
			assertThat(again.exitCode()).isEqualTo(1);
			assertThat(again.err()).contains("holds data already")
				.contains("import bulk loads an empty store only: add to this one with import tracebacks");
			assertThat(dump(again.database(), Set.of())).isEqualTo(loaded);
		}
	}

	/**
	 * 300 generated tracebacks, then three posted again: one with a hop less (replaced),
	 * one as it was (unchanged), one with another call (the first call stays, unlinked).
	 */
	private Path generatedWithReposts() throws Exception {
		Path csv = generated(this.dir.resolve("tracebacks.csv"), 300);
		List<String> lines = Files.readAllLines(csv);
		Map<String, List<String>> byTraceback = new LinkedHashMap<>();
		lines.subList(1, lines.size())
			.forEach(line -> byTraceback.computeIfAbsent(line.substring(0, line.indexOf(',')), id -> new ArrayList<>())
				.add(line));
		List<List<String>> tracebacks = List.copyOf(byTraceback.values());
		List<String> shorter = tracebacks.stream().filter(rows -> rows.size() >= 3).findFirst().orElseThrow();
		List<String> reposted = new ArrayList<>(shorter.subList(0, shorter.size() - 1));
		reposted.addAll(tracebacks.get(1));
		List<String> otherCall = tracebacks.get(2);
		String callId = otherCall.getFirst().split(",")[4];
		otherCall.forEach(line -> reposted.add(line.replace("," + callId + ",", "," + callId + "-AGAIN,")));
		Files.write(csv, reposted, java.nio.file.StandardOpenOption.APPEND);
		return csv;
	}

	private static Path generated(Path csv, int tracebacks) {
		assertThat(GenerateCommand.run(new String[] { "generate", "--tracebacks", Integer.toString(tracebacks),
				"--seed", "7", "--out", csv.toString() }, System.out, System.err))
			.isZero();
		return csv;
	}

	private TracebackCsvImport onlineImport() {
		return new TracebackCsvImport(this.context.getBean(TracebackValidator.class),
				this.context.getBeanProvider(TracebackWriter.class),
				new IngestProperties(BATCH_SIZE, 5000, 100, DataSize.ofMegabytes(200), 20_000, 100_000), this.context);
	}

	/**
	 * Every node as its labels and properties (a hop also names its traceback, as its
	 * only key), every relationship as its type, its ends and its properties; sorted.
	 */
	static List<String> dump(GraphDatabaseService database, Set<String> leftOut) {
		List<String> lines = new ArrayList<>();
		try (Transaction tx = database.beginTx()) {
			for (Node node : tx.getAllNodes()) {
				if (node.getLabels().iterator().hasNext()
						&& leftOut.contains(node.getLabels().iterator().next().name())) {
					continue;
				}
				lines.add("node " + describe(node));
			}
			for (Relationship relationship : tx.getAllRelationships()) {
				lines.add("relationship " + describe(relationship.getStartNode()) + " -["
						+ relationship.getType().name() + " " + properties(relationship.getAllProperties()) + "]-> "
						+ describe(relationship.getEndNode()));
			}
		}
		lines.sort(null);
		return lines;
	}

	private static String describe(Node node) {
		List<String> labels = new ArrayList<>();
		node.getLabels().forEach(label -> labels.add(label.name()));
		labels.sort(null);
		Map<String, Object> properties = new TreeMap<>(node.getAllProperties());
		if (node.hasLabel(Label.label("Hop"))) {
			node.getRelationships().forEach(r -> {
				if (r.getType().name().equals("HAS_HOP")) {
					properties.put("(traceback)", r.getStartNode().getProperty("tracebackId"));
				}
			});
		}
		return labels + properties(properties);
	}

	private static String properties(Map<String, Object> properties) {
		StringBuilder text = new StringBuilder("{");
		new TreeMap<>(properties).forEach((key, value) -> {
			text.append(key).append('=');
			if (value.getClass().isArray()) {
				List<Object> elements = new ArrayList<>();
				for (int i = 0; i < Array.getLength(value); i++) {
					elements.add(Array.get(value, i));
				}
				text.append(value.getClass().getComponentType().getSimpleName()).append(elements);
			}
			else if (value instanceof Integer number) {
				// Cypher has one INTEGER: in-process writes keep a Java int in 32 bits,
				// the
				// importer in 64; no query tells them apart.
				text.append("Long:").append(number.longValue());
			}
			else {
				text.append(value.getClass().getSimpleName()).append(':').append(value);
			}
			text.append(", ");
		});
		return text.append('}').toString();
	}

	private static List<String> indexes(GraphDatabaseService database) {
		return rows(database, "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN *").stream()
			.map(Object::toString)
			.filter(index -> !index.contains("LOOKUP"))
			.sorted()
			.toList();
	}

	private static List<Map<String, Object>> counters(GraphDatabaseService database, String label, String key) {
		return rows(database, "MATCH (n:" + label + ") RETURN n.providerId AS providerId, " + key
				+ " AS key, n.counts[0] AS calls, n.counts[1] AS originating, n.counts[2] AS gateway,"
				+ " n.counts[3] AS intermediate, n.counts[4] AS terminating, n.counts[5] AS unknown, n.counts[6] AS hops,"
				+ " n.counts[7] AS noResponses, n.counts[8] AS lateResponses ORDER BY providerId, key");
	}

	/** The counts of each day of the month counters, by the day's {@code key}. */
	private static List<Map<String, Object>> dayCounters(GraphDatabaseService database, String label, String key) {
		return rows(database, "MATCH (n:" + label + ") UNWIND range(0, size(n.days) - 1) AS i"
				+ " WITH n, i, i * 9 AS at RETURN n.providerId AS providerId, " + key
				+ " AS key, n.dayCounts[at] AS calls, n.dayCounts[at + 1] AS originating, n.dayCounts[at + 2] AS gateway,"
				+ " n.dayCounts[at + 3] AS intermediate, n.dayCounts[at + 4] AS terminating,"
				+ " n.dayCounts[at + 5] AS unknown, n.dayCounts[at + 6] AS hops, n.dayCounts[at + 7] AS noResponses,"
				+ " n.dayCounts[at + 8] AS lateResponses ORDER BY providerId, key");
	}

	/** The same counters, counted again from the hops of every traceback. */
	private static List<Map<String, Object>> countersFromHops(GraphDatabaseService database, String keyOfCall) {
		return rows(database, """
				MATCH (t:Traceback)-[:TRACES]->(c:Call)
				OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(campaign:Campaign)
				WITH t, %s AS key WHERE key IS NOT NULL
				MATCH (t)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
				WITH p.providerId AS providerId, key, t, collect(h) AS hs
				WITH providerId, key, count(t) AS calls,
				     sum(CASE WHEN any(h IN hs WHERE h:Originating) THEN 1 ELSE 0 END) AS originating,
				     sum(CASE WHEN any(h IN hs WHERE h:Gateway) THEN 1 ELSE 0 END) AS gateway,
				     sum(CASE WHEN any(h IN hs WHERE h:Intermediate) THEN 1 ELSE 0 END) AS intermediate,
				     sum(CASE WHEN any(h IN hs WHERE h:Terminating) THEN 1 ELSE 0 END) AS terminating,
				     sum(CASE WHEN any(h IN hs WHERE h:UnknownRole) THEN 1 ELSE 0 END) AS unknown,
				     sum(size(hs)) AS hops,
				     sum(size([h IN hs WHERE h:NoResponse])) AS noResponses,
				     sum(size([h IN hs WHERE h:Late])) AS lateResponses
				RETURN providerId, key, calls, originating, gateway, intermediate, terminating, unknown, hops,
				       noResponses, lateResponses
				ORDER BY providerId, key
				""".formatted(keyOfCall));
	}

	private static List<Map<String, Object>> rows(GraphDatabaseService database, String cypher) {
		try (Transaction tx = database.beginTx(); var result = tx.execute(cypher)) {
			List<Map<String, Object>> rows = new ArrayList<>();
			result.forEachRemaining(row -> rows.add(new LinkedHashMap<>(row)));
			return rows;
		}
	}

	/**
	 * The command line in this process, on its own store; closed, it stops that store.
	 */
	private Cli bulk(Path store, Path csv) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream systemOut = System.out;
		PrintStream systemErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			SpringApplication application = new SpringApplication(TracebackGraphApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("cli");
			// The test classes' configurations (the harness's database) are no part of
			// it.
			application.addInitializers(context -> context.getBeanFactory()
				.registerSingleton(NoTestConfigurations.class.getName(), new NoTestConfigurations()));
			ConfigurableApplicationContext cli = application.run("import", "bulk", csv.toString(),
					"--spring.neo4j.uri=", "--traceback.embedded.store-directory=" + store,
					"--traceback.ingest.batch-size=" + BATCH_SIZE);
			int exitCode = cli.getBeansOfType(ExitCodeGenerator.class)
				.values()
				.stream()
				.mapToInt(ExitCodeGenerator::getExitCode)
				.filter(code -> code != 0)
				.findFirst()
				.orElse(0);
			return new Cli(cli, exitCode, out, err);
		}
		finally {
			System.setOut(systemOut);
			System.setErr(systemErr);
		}
	}

	private record Cli(ConfigurableApplicationContext context, int exitCode, ByteArrayOutputStream output,
			ByteArrayOutputStream errors) implements AutoCloseable {

		/** Starts the store if the command did not. */
		GraphDatabaseService database() {
			return this.context.getBean(GraphDatabaseService.class);
		}

		String out() {
			return this.output.toString(StandardCharsets.UTF_8);
		}

		String err() {
			return this.errors.toString(StandardCharsets.UTF_8);
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

	static final class NoTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NoTestConfigurations;
		}

		@Override
		public int hashCode() {
			return NoTestConfigurations.class.hashCode();
		}

	}

}
