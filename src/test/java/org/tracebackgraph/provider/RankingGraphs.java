package org.tracebackgraph.provider;

import org.tracebackgraph.TestTracebacks.Traceback;

import static org.tracebackgraph.TestTracebacks.GATEWAY;
import static org.tracebackgraph.TestTracebacks.INTERMEDIATE;
import static org.tracebackgraph.TestTracebacks.ORIGINATING;
import static org.tracebackgraph.TestTracebacks.TERMINATING;
import static org.tracebackgraph.TestTracebacks.UNKNOWN;
import static org.tracebackgraph.TestTracebacks.hop;
import static org.tracebackgraph.TestTracebacks.traceback;

/**
 * Small graphs for the ranking tests, routes in call order (origin first). "robo at an
 * unknown position" is a traceback whose only hop nobody placed, as a letter's chart row
 * gives. Every hop is answered within the hour unless it says otherwise.
 */
final class RankingGraphs {

	private RankingGraphs() {
	}

	/**
	 * Nine providers in every role over six calls; campaigns K and S:
	 *
	 * <pre>
	 * T1 2024-01-05 K  robo -> whole -> acme
	 * T2 2024-02-10 K  robo -> whole -> big -> acme
	 * T3 2024-03-15 S  overseas (IN, no answer) -> gw -> big -> acme
	 * T4 2024-04-20 S  spam -> least -> acme
	 * T5 2024-05-25 K  big -> metro
	 * T6 2024-06-30    robo at an unknown position
	 * </pre>
	 *
	 * All calls: acme 4; big and robo 3; whole 2; gw, least, metro, overseas, spam 1. big
	 * is originator once and intermediate twice; robo originator twice and once at an
	 * unknown position. Providers are stored in another order than their ids', so ties
	 * ranked by id are not ranked by chance.
	 */
	static Traceback[] nineProviders() {
		return new Traceback[] { traceback("T1").on("2024-01-05").campaign("K").route("robo", "whole", "acme"),
				traceback("T2").on("2024-02-10").campaign("K").route("robo", "whole", "big", "acme"),
				traceback("T3").on("2024-03-15")
					.campaign("S")
					.hops(hop(3, "overseas", ORIGINATING).in("IN").noAnswer(), hop(2, "gw", GATEWAY),
							hop(1, "big", INTERMEDIATE), hop(0, "acme", TERMINATING)),
				traceback("T4").on("2024-04-20").campaign("S").route("spam", "least", "acme"),
				traceback("T5").on("2024-05-25").campaign("K").route("big", "metro"),
				traceback("T6").on("2024-06-30").hops(hop(null, "robo", UNKNOWN)) };
	}

	/**
	 * Calls on the edges of February and March:
	 *
	 * <pre>
	 * W1 2024-01-31 K  robo -> acme            the day before February
	 * W2 2024-02-01 K  robo -> acme            February's first day
	 * W3 2024-02-20 S  spam -> whole -> acme
	 * W4 2024-03-01    robo at an unknown position
	 * W5 2024-03-31 S  robo -> whole -> metro  March's last day
	 * W6 2024-04-01 K  robo -> acme            the day after March
	 * </pre>
	 */
	static Traceback[] aroundFebruaryAndMarch() {
		return new Traceback[] { traceback("W1").on("2024-01-31").campaign("K").route("robo", "acme"),
				traceback("W2").on("2024-02-01").campaign("K").route("robo", "acme"),
				traceback("W3").on("2024-02-20").campaign("S").route("spam", "whole", "acme"),
				traceback("W4").on("2024-03-01").hops(hop(null, "robo", UNKNOWN)),
				traceback("W5").on("2024-03-31").campaign("S").route("robo", "whole", "metro"),
				traceback("W6").on("2024-04-01").campaign("K").route("robo", "acme") };
	}

	/**
	 * Two campaigns sharing acme and big:
	 *
	 * <pre>
	 * K1 2024-01-05 K  robo -> whole -> acme
	 * K2 2024-02-10 K  robo -> big -> acme
	 * K3 2024-03-15 K  robo at an unknown position
	 * K4 2024-04-20 K  shady (no answer) -> big -> metro
	 * S1 2024-02-15 S  overseas (IN, no answer) -> gw -> big -> acme
	 * S2 2024-03-20 S  overseas (IN, no answer) -> gw -> acme
	 * </pre>
	 */
	static Traceback[] twoCampaigns() {
		return new Traceback[] { traceback("K1").on("2024-01-05").campaign("K").route("robo", "whole", "acme"),
				traceback("K2").on("2024-02-10").campaign("K").route("robo", "big", "acme"),
				traceback("K3").on("2024-03-15").campaign("K").hops(hop(null, "robo", UNKNOWN)),
				traceback("K4").on("2024-04-20")
					.campaign("K")
					.hops(hop(2, "shady", ORIGINATING).noAnswer(), hop(1, "big", INTERMEDIATE),
							hop(0, "metro", TERMINATING)),
				traceback("S1").on("2024-02-15")
					.campaign("S")
					.hops(hop(3, "overseas", ORIGINATING).in("IN").noAnswer(), hop(2, "gw", GATEWAY),
							hop(1, "big", INTERMEDIATE), hop(0, "acme", TERMINATING)),
				traceback("S2").on("2024-03-20")
					.campaign("S")
					.hops(hop(2, "overseas", ORIGINATING).in("IN").noAnswer(), hop(1, "gw", GATEWAY),
							hop(0, "acme", TERMINATING)) };
	}

}
