package org.tracebackgraph.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report's scores as CSV: one row per provider in rank order, each factor's value and
 * contribution in its own columns, so a spreadsheet can re-add every score.
 */
final class RiskReportCsv {

	private RiskReportCsv() {
	}

	static String csv(RiskReport report) {
		List<String> factorNames = new ArrayList<>(report.weights().keySet());
		if (factorNames.isEmpty() && !report.scores().isEmpty()) {
			report.scores().getFirst().factors().forEach(factor -> factorNames.add(factor.name()));
		}
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("report_id", "rank", "provider_id", "name", "country", "score",
				"direct", "previous_score", "change", "new"));
		for (String name : factorNames) {
			header.add(name + "_value");
			header.add(name + "_contribution");
		}
		line(out, header);
		for (ProviderRisk risk : report.scores()) {
			List<String> cells = new ArrayList<>(List.of(report.reportId(), Integer.toString(risk.rank()),
					risk.providerId(), nullToEmpty(risk.name()), nullToEmpty(risk.country()), number(risk.score()),
					number(risk.direct()), number(risk.previousScore()), number(risk.change()),
					Boolean.toString(risk.isNew())));
			for (String name : factorNames) {
				Factor factor = risk.factors().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
				cells.add((factor != null) ? number(factor.value()) : "");
				cells.add((factor != null) ? number(factor.contribution()) : "");
			}
			line(out, cells);
		}
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			out.append((i > 0) ? "," : "").append(cell(cells.get(i)));
		}
		out.append("\r\n");
	}

	static String number(Double value) {
		if (value == null) {
			return "";
		}
		String text = String.format(Locale.ROOT, "%.4f", value);
		return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * Quotes per RFC 4180 and defuses cells a spreadsheet would run as a formula (a
	 * provider name starting with "=").
	 */
	private static String cell(String raw) {
		String value = (!raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 && !raw.matches("[+-]?[\\d.]+"))
				? "'" + raw : raw;
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
