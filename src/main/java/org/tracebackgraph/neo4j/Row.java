package org.tracebackgraph.neo4j;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a query's answer, or one map inside it, read by column name. A column the
 * query does not return is an error, never a silent {@code null}: a typo in a Cypher
 * alias or a Java column name fails the first time the query runs (every Cypher file's
 * test runs it). Values are read as the type the read model needs; a {@code null} where
 * the model needs a number is an error too, since defaults belong in Cypher
 * ({@code coalesce}).
 */
public final class Row {

	private final String source;

	private final Map<String, Object> values;

	/**
	 * @param source what produced the row, for error messages (e.g. the Cypher file)
	 * @param values column name to plain Java value (String, Long, Double, Boolean,
	 * LocalDate, ZonedDateTime or OffsetDateTime, List, Map)
	 */
	Row(String source, Map<String, ?> values) {
		this.source = source;
		this.values = (Map<String, Object>) values;
	}

	/** A row over a map, for tests and for maps a caller built. */
	public static Row of(String source, Map<String, ?> values) {
		return new Row(source, values);
	}

	public Set<String> columns() {
		return this.values.keySet();
	}

	/** The row's plain values, to compare what two backends return. */
	Map<String, Object> values() {
		return this.values;
	}

	public boolean isNull(String column) {
		return value(column) == null;
	}

	/**
	 * @return the text, or {@code null}
	 */
	public String string(String column) {
		Object value = value(column);
		return (value == null) ? null : typed(column, value, String.class);
	}

	/**
	 * @return the number; {@code null} is an error
	 */
	public long longValue(String column) {
		return number(column, required(column)).longValue();
	}

	/**
	 * @return the number, or {@code null}
	 */
	public Long longOrNull(String column) {
		Object value = value(column);
		return (value == null) ? null : number(column, value).longValue();
	}

	/**
	 * @return the number; {@code null} is an error
	 */
	public int intValue(String column) {
		return Math.toIntExact(longValue(column));
	}

	/**
	 * @return the number, or {@code null}
	 */
	public Integer intOrNull(String column) {
		Long value = longOrNull(column);
		return (value == null) ? null : Math.toIntExact(value);
	}

	/**
	 * @return the number; {@code null} is an error
	 */
	public double doubleValue(String column) {
		return number(column, required(column)).doubleValue();
	}

	/**
	 * @return the number, or {@code null}
	 */
	public Double doubleOrNull(String column) {
		Object value = value(column);
		return (value == null) ? null : number(column, value).doubleValue();
	}

	/**
	 * @return the flag; {@code null} is an error
	 */
	public boolean bool(String column) {
		return typed(column, required(column), Boolean.class);
	}

	/**
	 * @return the flag, or {@code null}
	 */
	public Boolean boolOrNull(String column) {
		Object value = value(column);
		return (value == null) ? null : typed(column, value, Boolean.class);
	}

	/**
	 * @return the date, or {@code null}
	 */
	public LocalDate date(String column) {
		Object value = value(column);
		return (value == null) ? null : typed(column, value, LocalDate.class);
	}

	/**
	 * @return the instant with its offset (UTC as stored), or {@code null}
	 */
	public OffsetDateTime dateTime(String column) {
		Object value = value(column);
		if (value == null) {
			return null;
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		return typed(column, value, OffsetDateTime.class);
	}

	/**
	 * @return the texts; {@code null} is an empty list
	 */
	public List<String> strings(String column) {
		return listOf(column, String.class);
	}

	/**
	 * @return the numbers; {@code null} is an empty list
	 */
	public List<Double> doubles(String column) {
		List<Double> result = new ArrayList<>();
		for (Object value : rawList(column)) {
			result.add(number(column, value).doubleValue());
		}
		return List.copyOf(result);
	}

	/**
	 * @return the whole numbers; {@code null} is an empty list
	 */
	public List<Long> longs(String column) {
		List<Long> result = new ArrayList<>();
		for (Object value : rawList(column)) {
			result.add(number(column, value).longValue());
		}
		return List.copyOf(result);
	}

	/**
	 * The maps of a list column (a {@code COLLECT} of map projections), each read as a
	 * row.
	 * @return the mapped items; {@code null} is an empty list
	 */
	public <T> List<T> list(String column, RowMapper<T> mapper) {
		List<T> result = new ArrayList<>();
		for (Object item : rawList(column)) {
			result.add(mapper.map(new Row(this.source + " " + column + "[]", typed(column, item, Map.class))));
		}
		return List.copyOf(result);
	}

	/**
	 * @return a map column as a row, or {@code null}
	 */
	public Row row(String column) {
		Object value = value(column);
		return (value == null) ? null : new Row(this.source + " " + column, typed(column, value, Map.class));
	}

	private Object value(String column) {
		if (!this.values.containsKey(column)) {
			throw new IllegalStateException(
					this.source + " returns no column '" + column + "' (it returns " + this.values.keySet() + ")");
		}
		return this.values.get(column);
	}

	private Object required(String column) {
		Object value = value(column);
		if (value == null) {
			throw new IllegalStateException(this.source + ": column '" + column + "' is null");
		}
		return value;
	}

	private Collection<?> rawList(String column) {
		Object value = value(column);
		return (value == null) ? List.of() : typed(column, value, Collection.class);
	}

	private <T> List<T> listOf(String column, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Object value : rawList(column)) {
			result.add(typed(column, value, type));
		}
		return List.copyOf(result);
	}

	private Number number(String column, Object value) {
		return typed(column, value, Number.class);
	}

	private <T> T typed(String column, Object value, Class<T> type) {
		if (!type.isInstance(value)) {
			throw new IllegalStateException(this.source + ": column '" + column + "' is a "
					+ value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
		}
		return type.cast(value);
	}

	@Override
	public String toString() {
		return "Row" + this.values.keySet();
	}

}
