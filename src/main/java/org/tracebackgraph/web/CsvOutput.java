package org.tracebackgraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the app writes CSV: RFC 4180 (commas, quotes doubled, CRLF) through
 * commons-csv. Files meant for spreadsheets (evidence charts, risk reports) are
 * {@link Cells#DEFUSED}: a cell a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading {@code '}, so that a
 * campaign or provider named {@code =HYPERLINK(…)} cannot execute when an investigator
 * opens the file; numbers, caller IDs in E.164 among them, are left as they are. Data
 * files the app reads back (generated tracebacks) are written {@link Cells#AS_IS}.
 */
public final class CsvOutput {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private CsvOutput() {
	}

	/** How cells are written. */
	public enum Cells {

		/** Exactly as given. */
		AS_IS,

		/** Formula-looking text defused for spreadsheets. */
		DEFUSED

	}

	/** A whole file in memory: a header and its rows ({@code null} cells are empty). */
	public static String of(List<String> header, List<List<String>> rows, Cells cells) {
		StringBuilder out = new StringBuilder(256 + rows.size() * 128);
		Printer printer = printer(out, header, cells);
		rows.forEach(printer::row);
		return out.toString();
	}

	/** A printer that writes the header at once and then a row per call. */
	public static Printer printer(Appendable out, List<String> header, Cells cells) {
		try {
			Printer printer = new Printer(new CSVPrinter(out, FORMAT), cells);
			printer.row(header);
			return printer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String defuse(String cell) {
		if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
			return cell;
		}
		return "'" + cell;
	}

	/** Writes rows; the underlying output is the caller's to close. */
	public static final class Printer {

		private final CSVPrinter csv;

		private final Cells cells;

		private Printer(CSVPrinter csv, Cells cells) {
			this.csv = csv;
			this.cells = cells;
		}

		public void row(List<String> values) {
			try {
				for (String value : values) {
					String cell = (value != null) ? value : "";
					this.csv.print((this.cells == Cells.DEFUSED) ? defuse(cell) : cell);
				}
				this.csv.println();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public void flush() {
			try {
				this.csv.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
