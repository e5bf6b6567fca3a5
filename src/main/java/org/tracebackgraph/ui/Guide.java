package org.tracebackgraph.ui;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import org.tracebackgraph.neo4j.CypherQuery;

/**
 * The Neo4j Browser guide: an investigation walk-through whose runnable queries are the
 * app's own Cypher files, read when the app starts (a missing file stops it), so the
 * guide cannot drift from the queries the app runs. Each query comes as its file's header
 * (what it answers), its {@code :param} block and the query, each a click away from
 * Browser's editor.
 */
final class Guide {

	static final String TITLE = "Traceback Graph: an investigation";

	private static final List<Step> STEPS = List.of(
			new Step("Investigating illegal robocalls",
					"Each traceback follows one illegal call back from the provider that delivered it to the one that"
							+ " put it on the network, hop by hop, or until a provider does not answer. Apply the style"
							+ " first: providers are then captioned by name, hops by position and role, and letters"
							+ " stand out. Then see what is loaded.",
					true, "queries/ui/what-is-loaded"),
			new Step("The route of a call",
					"Who carried the call, in which order, who answered and who did not, and where the chain breaks."
							+ " The first query is the one the app's route page reads; the second draws it.",
					false, "route/route-of-call-or-traceback", "guide/route-of-a-traceback-as-graph"),
			new Step("Who is on the most routes",
					"Providers by their traced calls in a role: ORIGINATING, GATEWAY, INTERMEDIATE, TERMINATING,"
							+ " UNKNOWN or ANY.",
					false, "queries/provider/ranking-by-counters"),
			new Step("One provider",
					"Its calls by role, the campaigns it carried, its letters and partners; then the tracebacks it"
							+ " left unanswered or answered more than 24 hours late.",
					false, "queries/provider/profile-of-provider", "queries/provider/non-responses-of-provider"),
			new Step("Upstream and downstream",
					"Who hands traffic to a provider, and whom it hands traffic to, each provider at its fewest"
							+ " hand-overs with the calls it moved; the last query draws two rings upstream.",
					false, "queries/network/upstream-of-provider", "queries/network/downstream-of-provider",
					"guide/upstream-of-a-provider-as-graph"),
			new Step("Letters: did it stop?",
					"For each letter a provider received, its traced calls before and after the letter's date.", false,
					"queries/provider/letters-to-provider", "guide/letters-and-their-recipients-as-graph"),
			new Step("A campaign", "Its calls and caller IDs, and the providers that carried it, by role.", false,
					"queries/campaign/campaign-summary", "queries/campaign/campaign-providers-by-role",
					"queries/campaign/campaign-top-caller-ids"),
			new Step("A caller ID", "The calls that showed it, and the caller IDs that share campaigns or originators.",
					false, "queries/number/calls-from-number", "queries/number/numbers-related-to-number"),
			new Step("Risk over time", "A provider's score in every complete risk report.", false,
					"queries/risk/risk-history-of-provider"),
			new Step("The evidence", "Every traced call through a provider, in the columns of a letter's Attachment A.",
					false, "queries/evidence/evidence-chart-of-provider"),
			new Step("Find anything",
					"What an identifier names: a call, a traceback, a provider, a campaign, a number, a registry"
							+ " filing.",
					false, "queries/search/things-with-this-identifier"));

	private final List<LoadedStep> steps;

	Guide() {
		this.steps = STEPS.stream()
			.map((step) -> new LoadedStep(step, step.fileList().stream().map(CypherQuery::load).toList()))
			.toList();
	}

	/** Every query the guide shows, for tests. */
	List<CypherQuery> queries() {
		return this.steps.stream().flatMap((step) -> step.queries().stream()).toList();
	}

	/**
	 * @param appUrl where this app is reached from the browser, e.g.
	 * {@code http://localhost:8080}
	 * @return the guide as Neo4j Browser reads it: one {@code <slide>} per step
	 */
	String html(String appUrl) {
		StringBuilder html = new StringBuilder(32_768);
		html.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
			.append(TITLE)
			.append("</title>\n</head>\n<body>\n");
		int number = 0;
		for (LoadedStep step : this.steps) {
			number++;
			html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>")
				.append(number)
				.append(". ")
				.append(escape(step.step().title()))
				.append("</h3>\n<p>")
				.append(escape(step.step().text()))
				.append("</p>\n");
			if (step.step().styleLink()) {
				html.append("<p><a data-exec=\"style ")
					.append(escape(appUrl))
					.append("/guides/traceback.grass\">Apply the Traceback Graph style</a> (Browser may ask"
							+ " to allow it), then run the query below.</p>\n");
			}
			for (CypherQuery query : step.queries()) {
				appendQuery(html, query);
			}
			html.append("</div>\n</slide>\n");
		}
		html.append("</body>\n</html>\n");
		return html.toString();
	}

	private static void appendQuery(StringBuilder html, CypherQuery query) {
		StringBuilder header = new StringBuilder();
		StringBuilder body = new StringBuilder();
		for (String line : query.text().split("\n")) {
			if (body.isEmpty() && line.startsWith("//")) {
				header.append(line.substring(2).strip()).append(' ');
			}
			else {
				body.append(line).append('\n');
			}
		}
		html.append("<h4>").append(escape(query.name())).append(".cypher</h4>\n");
		html.append("<p>").append(escape(header.toString().strip())).append("</p>\n");
		query.exampleParameters()
			.filter((parameters) -> !parameters.equals("{}"))
			.ifPresent((parameters) -> html.append("<p>Set the parameters (change the values to yours):</p>\n")
				.append("<pre mode=\"cypher\" class=\"runnable\">:params ")
				.append(escape(parameters))
				.append("</pre>\n"));
		html.append("<pre mode=\"cypher\" class=\"runnable\">")
			.append(escape(body.toString().strip()))
			.append("</pre>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * One slide.
	 *
	 * @param title its heading
	 * @param text what it is about
	 * @param styleLink whether it offers to apply the style
	 * @param files the Cypher files it runs, below {@code cypher/}
	 */
	private record Step(String title, String text, boolean styleLink, String... files) {

		List<String> fileList() {
			return List.of(this.files);
		}

	}

	private record LoadedStep(Step step, List<CypherQuery> queries) {

	}

}
