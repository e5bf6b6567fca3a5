package org.tracebackgraph.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tracebackgraph.web.CsvOutput;

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
		List<String> header = new ArrayList<>(List.of("report_id", "rank", "provider_id", "name", "country", "score",
				"direct", "previous_score", "change", "new"));
		for (String name : factorNames) {
			header.add(name + "_value");
			header.add(name + "_contribution");
		}
		List<List<String>> rows = new ArrayList<>();
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
			rows.add(cells);
		}
		return CsvOutput.of(header, rows, CsvOutput.Cells.DEFUSED);
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

}
