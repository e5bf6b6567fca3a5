package org.tracebackgraph.neo4j;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * Null-safe reads of driver values for the explicit mappers of read models.
 */
public final class Values {

	private Values() {
	}

	public static String string(Value value) {
		return (value == null || value.isNull()) ? null : value.asString();
	}

	public static Integer integer(Value value) {
		return (value == null || value.isNull()) ? null : value.asInt();
	}

	public static Long number(Value value) {
		return (value == null || value.isNull()) ? null : value.asLong();
	}

	public static Boolean bool(Value value) {
		return (value == null || value.isNull()) ? null : value.asBoolean();
	}

	public static OffsetDateTime dateTime(Value value) {
		return (value == null || value.isNull()) ? null : value.asOffsetDateTime();
	}

	public static LocalDate date(Value value) {
		return (value == null || value.isNull()) ? null : value.asLocalDate();
	}

	public static List<String> strings(Value value) {
		return (value == null || value.isNull()) ? List.of() : value.asList(Value::asString);
	}

}
