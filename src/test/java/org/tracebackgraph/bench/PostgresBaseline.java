package org.tracebackgraph.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * The relational baseline: the same generated CSV loaded with {@code COPY} into a staging
 * table, normalised into provider, call, traceback and hop tables plus a
 * provider-to-provider edge table (what {@code ROUTES_TO} holds), indexed and analysed;
 * then the same questions in SQL.
 */
final class PostgresBaseline implements AutoCloseable {

	private static final String[] LOAD = { "DROP TABLE IF EXISTS staging, routes_to, hop, traceback, call, provider",
			"""
					CREATE UNLOGGED TABLE staging (traceback_id text, source text, traceback_notified_at text, note text,
					  call_id text, call_started_at text, caller_id text, called_number text, campaign text,
					  call_attestation text, recording_url text, violations text, hop_position text, provider_id text,
					  provider_name text, provider_country text, hop_role text, hop_notified_at text,
					  hop_responded_at text, hop_response text, hop_attestation text)""",
			"COPY staging FROM STDIN WITH (FORMAT csv, HEADER true)", """
					CREATE TABLE provider AS SELECT DISTINCT ON (provider_id) provider_id, provider_name AS name,
					  provider_country AS country FROM staging ORDER BY provider_id""",
			"""
					CREATE TABLE call AS SELECT DISTINCT ON (call_id) call_id, call_started_at::timestamptz AS started_at,
					  (call_started_at::timestamptz AT TIME ZONE 'UTC')::date AS started_on, caller_id, called_number,
					  campaign, call_attestation AS attestation, recording_url, string_to_array(violations, '|') AS violations
					  FROM staging ORDER BY call_id""",
			"""
					CREATE TABLE traceback AS SELECT DISTINCT ON (traceback_id) traceback_id, call_id, source,
					  traceback_notified_at::timestamptz AS notified_at, note FROM staging ORDER BY traceback_id""",
			"""
					CREATE TABLE hop AS SELECT traceback_id, hop_position::int AS position, provider_id, hop_role AS role,
					  hop_response AS response, hop_notified_at::timestamptz AS notified_at,
					  hop_responded_at::timestamptz AS responded_at, hop_attestation AS attestation FROM staging""",
			"ALTER TABLE provider ADD PRIMARY KEY (provider_id)", "ALTER TABLE call ADD PRIMARY KEY (call_id)",
			"ALTER TABLE traceback ADD PRIMARY KEY (traceback_id)",
			"ALTER TABLE hop ADD PRIMARY KEY (traceback_id, position)",
			"CREATE INDEX traceback_call ON traceback (call_id)", "CREATE INDEX call_started_on ON call (started_on)",
			"CREATE INDEX hop_provider_role ON hop (provider_id, role)",
			"""
					CREATE TABLE routes_to AS SELECT up.provider_id AS from_id, down.provider_id AS to_id, count(*) AS calls,
					  min(c.started_on) AS first_seen, max(c.started_on) AS last_seen
					  FROM hop up JOIN hop down ON down.traceback_id = up.traceback_id AND down.position = up.position - 1
					  JOIN traceback t ON t.traceback_id = up.traceback_id JOIN call c ON c.call_id = t.call_id
					  GROUP BY up.provider_id, down.provider_id""",
			"ALTER TABLE routes_to ADD PRIMARY KEY (to_id, from_id)",
			"CREATE INDEX routes_to_from ON routes_to (from_id)", "DROP TABLE staging", "ANALYZE" };

	// The app's route answers the call's newest traceback only (naming the others), so
	// the SQL does too, with the app's tie-break and its hop order: placed hops origin
	// first, then unplaced ones by provider.
	private static final String ROUTE = """
			SELECT t.traceback_id, t.source, c.started_at, c.caller_id, c.called_number, c.campaign,
			       h.position, h.role, h.response, h.notified_at, h.responded_at, p.provider_id, p.name, p.country
			FROM traceback t JOIN call c ON c.call_id = t.call_id
			JOIN hop h ON h.traceback_id = t.traceback_id JOIN provider p ON p.provider_id = h.provider_id
			WHERE t.traceback_id = (SELECT traceback_id FROM traceback WHERE call_id = ?
			                        ORDER BY notified_at DESC, traceback_id LIMIT 1)
			ORDER BY h.position DESC NULLS LAST, p.provider_id, h.role""";

	// The app's definition of a call in a role: a traceback with at least one hop by the
	// provider in that role, its call dated in the window (a call traced twice counts
	// twice); ties by provider id, which the C collation orders as Cypher does.
	private static final String RANKING = """
			SELECT h.provider_id, count(DISTINCT h.traceback_id) AS calls
			FROM call c JOIN traceback t ON t.call_id = c.call_id JOIN hop h ON h.traceback_id = t.traceback_id
			WHERE c.started_on BETWEEN ? AND ? AND h.role = ?
			GROUP BY h.provider_id ORDER BY calls DESC, h.provider_id LIMIT 20""";

	// UNION (not UNION ALL) keeps one row per provider and depth: with the depth bound,
	// that is the cycle guard, and it keeps the work per ring proportional to the ring's
	// edges instead of to the number of paths. The centre is left out everywhere (a
	// self-loop would otherwise bring it back at depth 1); the app's centre row at
	// distance 0 is left out of the comparison likewise.
	private static final String UPSTREAM = """
			WITH RECURSIVE up(provider_id, depth) AS (
			  SELECT from_id, 1 FROM routes_to WHERE to_id = ? AND from_id <> ?
			  UNION
			  SELECT r.from_id, u.depth + 1 FROM up u JOIN routes_to r ON r.to_id = u.provider_id
			  WHERE u.depth < ? AND r.from_id <> ?)
			SELECT provider_id, min(depth) AS depth FROM up GROUP BY provider_id""";

	private final Connection connection;

	PostgresBaseline(String url) throws SQLException {
		this.connection = DriverManager.getConnection(url);
	}

	/**
	 * Loads the CSV and returns the elapsed nanoseconds (COPY, normalise, index,
	 * analyse).
	 */
	long load(Path csv) throws Exception {
		long start = System.nanoTime();
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : LOAD) {
				if (sql.startsWith("COPY")) {
					try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
						this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, reader);
					}
				}
				else {
					statement.execute(sql);
				}
			}
		}
		return System.nanoTime() - start;
	}

	Connection connection() {
		return this.connection;
	}

	List<String> randomCalls(int count, double seed) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("SELECT setseed(" + seed + ")");
			return strings("SELECT call_id FROM call ORDER BY random() LIMIT " + count);
		}
	}

	/**
	 * The biggest and the smallest provider (by upstream partners) that has upstream
	 * partners.
	 */
	List<String> bigAndSmallProvider() throws SQLException {
		List<String> ordered = strings(
				"SELECT to_id FROM routes_to GROUP BY to_id HAVING count(*) >= 2 ORDER BY count(*) DESC, to_id");
		return List.of(ordered.getFirst(), ordered.getLast());
	}

	LocalDate[] callDateRange() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT min(started_on), max(started_on) FROM call")) {
			rows.next();
			return new LocalDate[] { rows.getDate(1).toLocalDate(), rows.getDate(2).toLocalDate() };
		}
	}

	/**
	 * The route's hops in the app's order (every column comes over the wire; the hops are
	 * kept).
	 */
	List<Answers.Hop> route(String callId) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(ROUTE)) {
			statement.setString(1, callId);
			return rows(statement, (row) -> new Answers.Hop(row.getObject("position", Integer.class),
					row.getString("provider_id"), row.getString("role")));
		}
	}

	List<Answers.Ranked> ranking(LocalDate from, LocalDate to, String role) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(RANKING)) {
			statement.setDate(1, Date.valueOf(from));
			statement.setDate(2, Date.valueOf(to));
			statement.setString(3, role);
			return rows(statement, (row) -> new Answers.Ranked(row.getString("provider_id"), row.getLong("calls")));
		}
	}

	/** The providers upstream of the centre with their fewest hand-overs, unordered. */
	List<Answers.Reached> upstream(String providerId, int depth) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(UPSTREAM)) {
			statement.setString(1, providerId);
			statement.setString(2, providerId);
			statement.setInt(3, depth);
			statement.setString(4, providerId);
			return rows(statement, (row) -> new Answers.Reached(row.getString("provider_id"), row.getInt("depth")));
		}
	}

	long tableBytes() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
						+ "WHERE c.relname IN ('provider','call','traceback','hop','routes_to')")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static <T> List<T> rows(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
		List<T> values = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(mapper.map(rows));
			}
		}
		return values;
	}

	@FunctionalInterface
	private interface RowMapper<T> {

		T map(ResultSet row) throws SQLException;

	}

	private List<String> strings(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
