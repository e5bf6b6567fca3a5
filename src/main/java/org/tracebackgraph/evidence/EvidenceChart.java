package org.tracebackgraph.evidence;

import java.time.LocalDate;
import java.util.List;

import org.tracebackgraph.neo4j.Row;

/**
 * A provider's evidence chart: the calls traced through it, in the columns of a letter's
 * Attachment A. Missing cells stay {@code null}: nothing is invented.
 *
 * @param provider the provider
 * @param from first call date of the window, if any
 * @param to last call date of the window, if any
 * @param rows the calls, newest notification first
 * @param truncated whether rows were cut at the cap (narrow the window to see them all)
 */
record EvidenceChart(Provider provider, LocalDate from, LocalDate to, List<TracedCall> rows, boolean truncated) {

	record Provider(String id, String name) {

	}

	/**
	 * One traced call.
	 *
	 * @param notifiedOn Date of ITG Notification
	 * @param calledOn Date of Call
	 * @param callerId Caller ID (E.164)
	 * @param campaign Robocall Campaign Identifier
	 * @param recordingUrl Link to Robocall Recording
	 * @param violations Potential Violation(s)
	 * @param tracebackId the traceback, for follow-up
	 * @param callId the call, for its route
	 */
	record TracedCall(LocalDate notifiedOn, LocalDate calledOn, String callerId, String campaign, String recordingUrl,
			List<String> violations, String tracebackId, String callId) {

		static TracedCall of(Row row) {
			return new TracedCall(row.date("notifiedOn"), row.date("calledOn"), row.string("callerId"),
					row.string("campaign"), row.string("recordingUrl"), row.strings("violations"),
					row.string("tracebackId"), row.string("callId"));
		}

	}

}
