package org.tracebackgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date in the forms investigators' material prints it: ISO
 * ({@code 2023-09-08}), US numeric as letters and spreadsheets write it
 * ({@code 9/8/2023}, {@code 09/08/2023}), and with the month's name
 * ({@code Aug 04, 2021}, {@code August 4, 2021}, {@code 4 August 2021}). One parser for
 * every door: imports, query parameters, and the app's own exports read back.
 */
public final class Dates {

	/** What to write instead, in every "not a date" reason. */
	public static final String FORMS = "2023-09-08, 9/8/2023 or Sep 8, 2023";

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
			Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
			Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6),
			Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
			Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
			Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

	private Dates() {
	}

	/**
	 * @param text the date as written (surrounding blanks are ignored)
	 * @return the date
	 * @throws InvalidDateException saying "no such day" for a real form with an
	 * impossible day ({@code 2023-02-30}), else that the text is not a date and which
	 * forms are
	 */
	public static LocalDate parse(String text) {
		String value = text.strip();
		Matcher m;
		if ((m = ISO.matcher(value)).matches()) {
			return day(m.group(1), m.group(2), m.group(3));
		}
		if ((m = US.matcher(value)).matches()) {
			return day(m.group(3), m.group(1), m.group(2));
		}
		if ((m = MONTH_DAY_YEAR.matcher(value)).matches() && month(m.group(1)) != null) {
			return day(m.group(3), month(m.group(1)).toString(), m.group(2));
		}
		if ((m = DAY_MONTH_YEAR.matcher(value)).matches() && month(m.group(2)) != null) {
			return day(m.group(3), month(m.group(2)).toString(), m.group(1));
		}
		throw new InvalidDateException("is not a date: write it as " + FORMS);
	}

	private static Integer month(String name) {
		return MONTHS.get(name.toLowerCase(Locale.ROOT));
	}

	private static LocalDate day(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			throw new InvalidDateException("no such day");
		}
	}

	/** A text that is not a date, with the reason in words fit for an error answer. */
	public static final class InvalidDateException extends IllegalArgumentException {

		public InvalidDateException(String reason) {
			super(reason);
		}

		public String reason() {
			return getMessage();
		}

	}

}
