package org.tracebackgraph.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.tracebackgraph.web.CsvOutput;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes an evidence chart as the FTC's letters print Attachment A: a CSV with their
 * column names, or a printable, self-contained HTML page. Dates as the letters write them
 * (M/d/yyyy); caller IDs in E.164.
 */
final class AttachmentFormat {

	static final List<String> COLUMNS = List.of("Date of ITG Notification", "Date of Call", "Caller ID",
			"Robocall Campaign Identifier", "Link to Robocall Recording", "Potential Violation");

	private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

	private AttachmentFormat() {
	}

	static String csv(EvidenceChart chart) {
		return CsvOutput.of(COLUMNS, chart.rows().stream().map(AttachmentFormat::cells).toList(),
				CsvOutput.Cells.DEFUSED);
	}

	static String html(EvidenceChart chart) {
		String name = (chart.provider().name() != null) ? chart.provider().name() : chart.provider().id();
		StringBuilder out = new StringBuilder(4096 + chart.rows().size() * 300);
		out.append("""
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8">
				<title>Attachment A — traced calls through %s</title>
				<style>
				  body { font-family: Georgia, 'Times New Roman', serif; margin: 2rem; color: #111; }
				  h1 { font-size: 1.3rem; text-align: center; letter-spacing: .05em; }
				  p.meta { text-align: center; color: #444; font-size: .9rem; }
				  table { border-collapse: collapse; width: 100%%; font-size: .82rem; }
				  th, td { border: 1px solid #555; padding: .3rem .4rem; vertical-align: top; text-align: left; }
				  th { background: #e8e8e8; }
				  tbody tr:nth-child(even) { background: #f7f7f7; }
				  td.url { word-break: break-all; }
				  @media print { body { margin: 0; } a { color: #000; } thead { display: table-header-group; }
				    tr { page-break-inside: avoid; } }
				</style></head><body>
				""".formatted(escape(name)));
		out.append("<h1>ATTACHMENT A</h1>\n<p class=\"meta\">Traced calls through <strong>")
			.append(escape(name))
			.append("</strong> (")
			.append(escape(chart.provider().id()))
			.append(")<br>")
			.append(window(chart))
			.append(" · ")
			.append(chart.rows().size())
			.append(chart.rows().size() == 1 ? " call" : " calls")
			.append(chart.truncated() ? " (cut at the cap: narrow the window)" : "")
			.append("</p>\n<table>\n<thead><tr>");
		COLUMNS.forEach(column -> out.append("<th>").append(escape(column)).append("</th>"));
		out.append("</tr></thead>\n<tbody>\n");
		for (EvidenceChart.TracedCall row : chart.rows()) {
			List<String> cells = cells(row);
			out.append("<tr>");
			for (int i = 0; i < cells.size(); i++) {
				String cell = cells.get(i);
				if (i == 4 && cell != null && !cell.isEmpty()) {
					out.append("<td class=\"url\"><a href=\"")
						.append(escape(cell))
						.append("\">")
						.append(escape(cell))
						.append("</a></td>");
				}
				else {
					out.append("<td>").append(escape(cell)).append("</td>");
				}
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table>\n</body></html>\n");
		return out.toString();
	}

	private static String window(EvidenceChart chart) {
		if (chart.from() == null && chart.to() == null) {
			return "all call dates";
		}
		return "calls " + ((chart.from() != null) ? "from " + date(chart.from()) + " " : "")
				+ ((chart.to() != null) ? "to " + date(chart.to()) : "").strip();
	}

	private static List<String> cells(EvidenceChart.TracedCall row) {
		return List.of(date(row.notifiedOn()), date(row.calledOn()), nullToEmpty(row.callerId()),
				nullToEmpty(row.campaign()), nullToEmpty(row.recordingUrl()), String.join("; ", row.violations()));
	}

	private static String date(LocalDate date) {
		return (date != null) ? LETTER_DATE.format(date) : "";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String escape(String value) {
		return (value != null) ? HtmlUtils.htmlEscape(value, "UTF-8") : "";
	}

}
