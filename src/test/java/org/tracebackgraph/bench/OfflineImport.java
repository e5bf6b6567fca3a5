package org.tracebackgraph.bench;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * M1(b): Neo4j's offline bulk importer ({@code neo4j-admin database import full}, run
 * from its Maven artifacts) on the same data, in the app's model. The node and
 * relationship files are written from PostgreSQL's normalised tables (untimed: the
 * importer needs its own CSV layout); only the importer's run is timed. It writes every
 * node, property and relationship the app writes, incl. {@code ROUTES_TO} with calls and
 * first and last date (aggregated by PostgreSQL), but not the app's derived values
 * (traceback status, hop count, content hash, provider counters) nor the schema's
 * indexes.
 */
final class OfflineImport {

	private static final String UTC = "YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"";

	private static final Map<String, String> NODES = new LinkedHashMap<>();

	private static final Map<String, String> RELATIONSHIPS = new LinkedHashMap<>();

	static {
		NODES.put("Provider", "SELECT provider_id AS \"providerId:ID(Provider)\", name, country FROM provider");
		NODES.put("Campaign",
				"SELECT DISTINCT campaign AS \"name:ID(Campaign)\" FROM call WHERE campaign IS NOT NULL AND campaign <> ''");
		NODES.put("PhoneNumber", "SELECT caller_id AS \"e164:ID(PhoneNumber)\" FROM call WHERE caller_id <> '' "
				+ "UNION SELECT called_number FROM call WHERE called_number <> ''");
		NODES.put("Call", "SELECT call_id AS \"callId:ID(Call)\", to_char(started_at AT TIME ZONE 'UTC', '" + UTC
				+ "') AS \"startedAt:datetime\", started_on AS \"startedOn:date\", attestation, "
				+ "recording_url AS \"recordingUrl\", array_to_string(violations, '|') AS \"violations:string[]\" FROM call");
		NODES.put("Traceback",
				"SELECT traceback_id AS \"tracebackId:ID(Traceback)\", source, to_char(notified_at AT TIME ZONE 'UTC', '"
						+ UTC + "') AS \"notifiedAt:datetime\", note FROM traceback");
		NODES.put("Hop",
				"SELECT traceback_id || '#' || position AS \":ID(Hop)\", position AS \"position:long\", role, "
						+ "response, attestation, to_char(notified_at AT TIME ZONE 'UTC', '" + UTC
						+ "') AS \"notifiedAt:datetime\", to_char(responded_at AT TIME ZONE 'UTC', '" + UTC
						+ "') AS \"respondedAt:datetime\" FROM hop");
		RELATIONSHIPS.put("TRACES",
				"SELECT traceback_id AS \":START_ID(Traceback)\", call_id AS \":END_ID(Call)\" FROM traceback");
		RELATIONSHIPS.put("HAS_HOP", "SELECT traceback_id AS \":START_ID(Traceback)\", traceback_id || '#' || position "
				+ "AS \":END_ID(Hop)\" FROM hop");
		RELATIONSHIPS.put("BY", "SELECT traceback_id || '#' || position AS \":START_ID(Hop)\", provider_id "
				+ "AS \":END_ID(Provider)\" FROM hop");
		RELATIONSHIPS.put("RECEIVED_FROM", "SELECT traceback_id || '#' || position AS \":START_ID(Hop)\", "
				+ "traceback_id || '#' || (position + 1) AS \":END_ID(Hop)\" FROM hop h WHERE EXISTS (SELECT 1 FROM hop u "
				+ "WHERE u.traceback_id = h.traceback_id AND u.position = h.position + 1)");
		RELATIONSHIPS.put("FROM", "SELECT call_id AS \":START_ID(Call)\", caller_id AS \":END_ID(PhoneNumber)\" "
				+ "FROM call WHERE caller_id <> ''");
		RELATIONSHIPS.put("TO", "SELECT call_id AS \":START_ID(Call)\", called_number AS \":END_ID(PhoneNumber)\" "
				+ "FROM call WHERE called_number <> ''");
		RELATIONSHIPS.put("IN_CAMPAIGN", "SELECT call_id AS \":START_ID(Call)\", campaign AS \":END_ID(Campaign)\" "
				+ "FROM call WHERE campaign <> ''");
		RELATIONSHIPS.put("ROUTES_TO", "SELECT from_id AS \":START_ID(Provider)\", to_id AS \":END_ID(Provider)\", "
				+ "calls AS \"calls:long\", first_seen AS \"firstSeen:date\", last_seen AS \"lastSeen:date\" FROM routes_to");
	}

	private OfflineImport() {
	}

	/**
	 * Writes the importer's files to {@code home/import} and runs the importer into
	 * {@code home/data}; returns the importer's elapsed nanoseconds.
	 */
	static long run(Connection connection, Path home, String classPath) throws Exception {
		Path input = Files.createDirectories(home.resolve("import"));
		Files.createDirectories(home.resolve("conf"));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
						"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
						"--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
						"--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
						"-cp", classPath, "org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j",
						"--overwrite-destination=true", "--ignore-empty-strings=true", "--array-delimiter=|",
						"--id-type=string", "--threads=2"));
		for (Map.Entry<String, String> node : NODES.entrySet()) {
			command.add("--nodes=" + node.getKey() + "=" + export(connection, node.getValue(), input, node.getKey()));
		}
		for (Map.Entry<String, String> relationship : RELATIONSHIPS.entrySet()) {
			command.add("--relationships=" + relationship.getKey() + "="
					+ export(connection, relationship.getValue(), input, relationship.getKey()));
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(home.resolve("import.log").toFile());
		builder.environment().put("NEO4J_HOME", home.toString());
		builder.environment().put("NEO4J_CONF", home.resolve("conf").toString());
		long start = System.nanoTime();
		int exit = builder.start().waitFor();
		long elapsed = System.nanoTime() - start;
		if (exit != 0) {
			throw new IllegalStateException(
					"neo4j-admin import failed (" + exit + "), see " + home.resolve("import.log"));
		}
		return elapsed;
	}

	private static String export(Connection connection, String query, Path dir, String name) throws Exception {
		File file = dir.resolve(name + ".csv").toFile();
		try (Writer writer = Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8)) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER true)", writer);
		}
		return file.getPath();
	}

}
