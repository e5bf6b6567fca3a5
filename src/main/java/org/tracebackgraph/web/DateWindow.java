package org.tracebackgraph.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A window of call dates from the {@code from} and {@code to} parameters (ISO dates, both
 * inclusive, either open).
 *
 * @param from first day, or {@code null}
 * @param to last day, or {@code null}
 */
public record DateWindow(LocalDate from, LocalDate to) {

	public static final DateWindow ALL = new DateWindow(null, null);

	/**
	 * @throws BadParameterException naming {@code from} or {@code to} when it is not an
	 * ISO date or the window is reversed
	 */
	public static DateWindow of(String from, String to) {
		DateWindow window = new DateWindow(date("from", from), date("to", to));
		if (window.from != null && window.to != null && window.from.isAfter(window.to)) {
			throw new BadParameterException("from", "must not be after 'to'");
		}
		return window;
	}

	public boolean isOpen() {
		return this.from == null && this.to == null;
	}

	private static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException(name, "must be an ISO date, e.g. 2024-03-31");
		}
	}

}
