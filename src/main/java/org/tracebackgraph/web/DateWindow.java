package org.tracebackgraph.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import org.tracebackgraph.model.Dates;
import org.tracebackgraph.neo4j.Parameters;

/**
 * A window of call dates from the {@code from} and {@code to} query parameters (both
 * inclusive, either open), in any form {@link Dates} reads. Controllers take it as an
 * argument (bound by {@link QueryParameterObjects}); queries take it as {@code $from} and
 * {@code $to}.
 *
 * @param from first day, or {@code null}
 * @param to last day, or {@code null}
 */
public record DateWindow(
		@Parameter(description = "first call date, inclusive: 2024-03-01, 3/1/2024 or Mar 1, 2024") LocalDate from,
		@Parameter(description = "last call date, inclusive, in the same forms") LocalDate to)
		implements
			Parameters.Source {

	public DateWindow {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadParameterException("from", "must not be after 'to'");
		}
	}

	/**
	 * @throws BadParameterException naming {@code from} or {@code to} when it is not a
	 * date (or no such day) or the window is reversed
	 */
	public static DateWindow of(String from, String to) {
		return new DateWindow(date("from", from), date("to", to));
	}

	public boolean isOpen() {
		return this.from == null && this.to == null;
	}

	@Override
	public void bindTo(Parameters parameters) {
		parameters.and("from", this.from).and("to", this.to);
	}

	static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Dates.parse(value);
		}
		catch (Dates.InvalidDateException ex) {
			throw new BadParameterException(name, ex.reason());
		}
	}

}
