package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.tracebackgraph.model.Attestation;
import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.model.TracebackStatus;
import org.tracebackgraph.phone.PhoneNumbers;

/**
 * A validated, normalised traceback, ready to write. Its {@code toString()} covers every
 * written value, which makes it the basis of the content hash that keeps ingest
 * idempotent.
 */
record Traceback(String tracebackId, String source, Moment notified, Call call, List<Hop> hops, String note,
		TracebackStatus status) {

	/**
	 * A point in time as precisely as the source gave it: letters give only dates, and a
	 * date must not turn into an invented midnight.
	 *
	 * @param at the instant (UTC), if a time was given
	 * @param on the date (UTC), always set
	 */
	record Moment(OffsetDateTime at, LocalDate on) {

	}

	record Call(String callId, Moment started, PhoneNumbers.Normalized callerId, PhoneNumbers.Normalized calledNumber,
			String campaign, Attestation attestation, String recordingUrl, List<String> violations) {

	}

	record Hop(Integer position, Provider provider, HopRole role, Moment notified, Moment responded,
			HopResponse response, Attestation attestation) {

	}

	record Provider(String id, String name, String country) {

		boolean foreign() {
			return this.country != null && !"US".equals(this.country);
		}

		String normalizedName() {
			return (this.name != null) ? this.name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "")
					: null;
		}

	}

}
