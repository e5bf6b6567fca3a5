package org.tracebackgraph.risk;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.tracebackgraph.risk.RiskCharts.escape;

/**
 * A report as one self-contained HTML page (inline CSS and SVG, no script, no network):
 * summary and weights, the score distribution and the top movers, the ranked table with a
 * stacked bar per provider, and each provider's factor breakdown.
 */
final class RiskReportHtml {

	private static final String STYLE = """
			body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#222}
			h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}h3{font-size:14px;margin:16px 0 4px}
			table{border-collapse:collapse;font-size:12px}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left}
			th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}
			.charts{display:flex;gap:24px;flex-wrap:wrap}.charts figure{margin:0}figcaption{font-size:12px;color:#555}
			.legend span{display:inline-block;margin:2px 10px 2px 0;font-size:11px}
			.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
			.meta{font-size:12px;color:#555}.up{color:#b2182b}.down{color:#2166ac}
			.breakdown{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:8px 24px}
			""";

	private RiskReportHtml() {
	}

	static String html(RiskReport report) {
		double maximum = report.weights().values().stream().mapToDouble(Double::doubleValue).sum();
		StringBuilder out = new StringBuilder(64 * 1024);
		out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Risk report ")
			.append(escape(report.reportId()))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>");
		out.append("<h1>Provider risk report</h1><p class=\"meta\">Report <b>")
			.append(escape(report.reportId()))
			.append("</b> · ")
			.append(escape(report.status()))
			.append(" · scored as of ")
			.append(report.referenceDate())
			.append(" · started ")
			.append(report.startedAt())
			.append(" · ")
			.append(report.providers())
			.append(" providers · ")
			.append((report.previousReportId() != null)
					? report.newProviders() + " new since " + escape(report.previousReportId())
					: "the first report: nothing to compare with")
			.append("</p>");
		legend(out, report.weights());
		out.append("<div class=\"charts\"><figure>")
			.append(RiskCharts.distribution(report.scores().stream().map(ProviderRisk::score).toList(),
					Math.max(maximum, 1), 5))
			.append("<figcaption>Score distribution of the providers shown (")
			.append(report.scores().size())
			.append(")</figcaption></figure><figure>")
			.append(RiskCharts.movers(report.movers(), report.previousReportId()))
			.append("<figcaption>Top movers since the previous report (points)</figcaption></figure></div>");
		ranking(out, report, maximum);
		out.append("<h2>Factor breakdown</h2><div class=\"breakdown\">");
		for (ProviderRisk risk : report.scores()) {
			breakdown(out, risk);
		}
		return out.append("</div></body></html>").toString();
	}

	private static void legend(StringBuilder out, Map<String, Double> weights) {
		out.append("<h2>Weights</h2><div class=\"legend\">");
		weights.forEach((name, weight) -> out.append("<span><i style=\"background:")
			.append(RiskCharts.colour(name))
			.append("\"></i>")
			.append(escape(name))
			.append(' ')
			.append(RiskReportCsv.number(weight))
			.append("</span>"));
		out.append("</div>");
	}

	private static void ranking(StringBuilder out, RiskReport report, double maximum) {
		out.append("<h2>Ranking</h2><table id=\"ranking\"><thead><tr><th>rank</th><th>provider</th><th>name</th>")
			.append("<th>country</th><th>score</th><th>change</th><th>what it is made of</th></tr></thead><tbody>");
		for (ProviderRisk risk : report.scores()) {
			out.append("<tr class=\"provider\"><td class=\"n\">")
				.append(risk.rank())
				.append("</td><td><a href=\"#p-")
				.append(escape(risk.providerId()))
				.append("\">")
				.append(escape(risk.providerId()))
				.append("</a></td><td>")
				.append(escape(risk.name()))
				.append("</td><td>")
				.append(escape(risk.country()))
				.append("</td><td class=\"n\">")
				.append(String.format(Locale.ROOT, "%.2f", risk.score()))
				.append("</td><td class=\"n\">")
				.append(change(risk))
				.append("</td><td>")
				.append(RiskCharts.stackedBar(risk.factors(), maximum))
				.append("</td></tr>");
		}
		out.append("</tbody></table>");
	}

	private static String change(ProviderRisk risk) {
		if (risk.isNew()) {
			return "new";
		}
		if (risk.change() == null) {
			return "";
		}
		String css = (risk.change() > 0) ? "up" : (risk.change() < 0) ? "down" : "";
		return String.format(Locale.ROOT, "<span class=\"%s\">%+.2f</span>", css, risk.change());
	}

	private static void breakdown(StringBuilder out, ProviderRisk risk) {
		out.append("<section id=\"p-")
			.append(escape(risk.providerId()))
			.append("\"><h3>")
			.append(risk.rank())
			.append(". ")
			.append(escape(risk.providerId()))
			.append(" — ")
			.append(String.format(Locale.ROOT, "%.2f", risk.score()))
			.append("</h3><table class=\"factors\"><thead><tr><th>factor</th><th>value</th><th>0..1</th>")
			.append("<th>weight</th><th>points</th><th>measured</th></tr></thead><tbody>");
		List<Factor> factors = risk.factors();
		for (Factor factor : factors) {
			out.append("<tr><td><i style=\"display:inline-block;width:8px;height:8px;background:")
				.append(RiskCharts.colour(factor.name()))
				.append("\"></i> ")
				.append(escape(factor.name()))
				.append("</td><td class=\"n\">")
				.append(RiskReportCsv.number(factor.value()))
				.append("</td><td class=\"n\">")
				.append(String.format(Locale.ROOT, "%.3f", factor.normalized()))
				.append("</td><td class=\"n\">")
				.append(RiskReportCsv.number(factor.weight()))
				.append("</td><td class=\"n\">")
				.append(String.format(Locale.ROOT, "%.2f", factor.contribution()))
				.append("</td><td>")
				.append(escape(factor.detail()))
				.append("</td></tr>");
		}
		out.append("</tbody></table></section>");
	}

}
