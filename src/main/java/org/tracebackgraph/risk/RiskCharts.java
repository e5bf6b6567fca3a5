package org.tracebackgraph.risk;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * Inline SVG charts for the HTML report, drawn on the server so the page needs no script
 * and no network: the score distribution, the top movers, and one stacked bar per
 * provider showing what its score is made of.
 */
final class RiskCharts {

	/** One colour per factor, in the order of the weights. */
	static final Map<String, String> COLOURS = Map.ofEntries(Map.entry(Factor.ORIGINATING, "#b2182b"),
			Map.entry(Factor.GATEWAY, "#d6604d"), Map.entry(Factor.INTERMEDIATE, "#f4a582"),
			Map.entry(Factor.TERMINATING, "#fddbc7"), Map.entry(Factor.CAMPAIGNS, "#8073ac"),
			Map.entry(Factor.RECENCY, "#b2abd2"), Map.entry(Factor.NON_RESPONSIVE, "#e08214"),
			Map.entry(Factor.WEAK_ATTESTATION, "#fdb863"), Map.entry(Factor.SPOOFED_A_ATTESTATION, "#7f3b08"),
			Map.entry(Factor.FOREIGN_UPSTREAM, "#35978f"), Map.entry(Factor.AFTER_LETTER, "#01665e"),
			Map.entry(Factor.REPEAT_OFFENDER, "#2d004b"), Map.entry(Factor.PROPAGATION, "#4393c3"));

	private RiskCharts() {
	}

	static String colour(String factor) {
		return COLOURS.getOrDefault(factor, "#999999");
	}

	/** Providers per score band of {@code band} points, as vertical bars. */
	static String distribution(List<Double> scores, double maximum, int band) {
		int bands = Math.max(1, (int) Math.ceil(maximum / band));
		int[] counts = new int[bands];
		for (double score : scores) {
			counts[Math.min(bands - 1, Math.max(0, (int) (score / band)))]++;
		}
		int highest = 1;
		for (int count : counts) {
			highest = Math.max(highest, count);
		}
		int width = 600;
		int height = 220;
		double barWidth = (width - 60.0) / bands;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg class=\"chart\" id=\"distribution\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Score distribution\">",
				width, height));
		svg.append("<line x1=\"40\" y1=\"180\" x2=\"590\" y2=\"180\" stroke=\"#333\"/>");
		for (int i = 0; i < bands; i++) {
			double barHeight = 150.0 * counts[i] / highest;
			double x = 45 + i * barWidth;
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4393c3\"><title>%d–%d: %d providers</title></rect>",
					x, 180 - barHeight, barWidth - 2, barHeight, i * band, (i + 1) * band, counts[i]));
			if (counts[i] > 0) {
				svg.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%d</text>",
						x + barWidth / 2, 176 - barHeight, counts[i]));
			}
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"195\" font-size=\"10\" text-anchor=\"middle\">%d</text>", x, i * band));
		}
		svg.append("<text x=\"315\" y=\"214\" font-size=\"11\" text-anchor=\"middle\">score</text>");
		svg.append(
				"<text x=\"12\" y=\"100\" font-size=\"11\" transform=\"rotate(-90 12 100)\" text-anchor=\"middle\">providers</text>");
		return svg.append("</svg>").toString();
	}

	/**
	 * The movers' changes of score as horizontal bars left (down) or right (up) of zero.
	 * @param previousReportId the report compared with, or {@code null} for the first
	 */
	static String movers(List<RiskReport.Mover> movers, String previousReportId) {
		int rowHeight = 22;
		int height = Math.max(1, movers.size()) * rowHeight + 30;
		double largest = movers.stream().mapToDouble(m -> Math.abs(m.change())).max().orElse(1);
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg class=\"chart\" id=\"movers\" width=\"600\" height=\"%d\" role=\"img\" aria-label=\"Top movers\">",
				height));
		if (movers.isEmpty()) {
			// No axis: there is nothing to measure against it, and it would cross the
			// text.
			String text = (previousReportId == null) ? "the first report: nothing to compare with"
					: "no provider's score changed since " + escape(previousReportId);
			return svg.append("<text x=\"10\" y=\"20\" font-size=\"12\">")
				.append(text)
				.append("</text></svg>")
				.toString();
		}
		svg.append(String.format(Locale.ROOT, "<line x1=\"360\" y1=\"5\" x2=\"360\" y2=\"%d\" stroke=\"#333\"/>",
				height - 20));
		for (int i = 0; i < movers.size(); i++) {
			RiskReport.Mover mover = movers.get(i);
			double length = 170 * Math.abs(mover.change()) / largest;
			double x = (mover.change() >= 0) ? 360 : 360 - length;
			double y = 8 + i * rowHeight;
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s: %+.2f</title></rect>",
					x, y, Math.max(1, length), (mover.change() >= 0) ? "#b2182b" : "#2166ac",
					escape(mover.providerId()), mover.change()));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"5\" y=\"%.1f\" font-size=\"11\">%s</text><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"%s\">%+.2f</text>",
					y + 12, escape(mover.providerId()), (mover.change() >= 0) ? x + length + 3 : x - 3, y + 12,
					(mover.change() >= 0) ? "start" : "end", mover.change()));
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A provider's score as a bar stacked by factor contribution, on a 0..maximum scale.
	 */
	static String stackedBar(List<Factor> factors, double maximum) {
		int width = 260;
		StringBuilder svg = new StringBuilder(
				String.format(Locale.ROOT, "<svg class=\"stack\" width=\"%d\" height=\"14\">", width));
		double x = 0;
		for (Factor factor : factors) {
			if (factor.contribution() <= 0) {
				continue;
			}
			double w = width * factor.contribution() / Math.max(1e-9, maximum);
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"14\" fill=\"%s\"><title>%s: %.2f</title></rect>",
					x, w, colour(factor.name()), factor.name(), factor.contribution()));
			x += w;
		}
		return svg.append("</svg>").toString();
	}

	static String escape(String value) {
		return (value != null) ? HtmlUtils.htmlEscape(value, "UTF-8") : "";
	}

}
