package org.tracebackgraph.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.tracebackgraph.model.Attestation;
import org.tracebackgraph.model.Dates;
import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.model.TracebackStatus;
import org.tracebackgraph.phone.PhoneNumbers;

/**
 * A validated, normalised traceback, ready to write ({@link TracebackParameters} turns it
 * into the rows the write queries take, and {@link ContentHash} fingerprints those rows).
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

		/**
		 * Reads an ISO date-time with an offset, or a date in any form {@link Dates}
		 * reads (ISO, {@code 9/8/2023}, {@code Aug 04, 2021}, ...).
		 * @return the moment
		 * @throws Dates.InvalidDateException saying why the text is none of these
		 */
		static Moment parse(String text) {
			String value = text.strip();
			try {
				OffsetDateTime at = OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
				return new Moment(at, at.toLocalDate());
			}
			catch (DateTimeParseException ex) {
				// not a date-time with an offset; a date below, or a date-time without
				// one
			}
			if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*")) {
				// Its zone would have to be guessed.
				throw new Dates.InvalidDateException(
						"is a date-time without an offset: add Z or +hh:mm, e.g. 2023-09-07T15:04:05Z");
			}
			return new Moment(null, Dates.parse(value));
		}

	}

	record Call(String callId, Moment started, PhoneNumbers.Normalized callerId, PhoneNumbers.Normalized calledNumber,
			String campaign, Attestation attestation, String recordingUrl, List<String> violations) {

	}

	record Hop(Integer position, Provider provider, HopRole role, Moment notified, Moment responded,
			HopResponse response, Attestation attestation) {

		/** How long a provider has to answer a traceback (47 CFR 64.1200(n)(1)). */
		static final Duration ANSWER_WITHIN = Duration.ofHours(24);

		/**
		 * Whether the provider answered after the 24 hours it had. Both times must be
		 * known: a date alone cannot tell (letters give only dates).
		 */
		boolean late() {
			return this.notified != null && this.responded != null && this.notified.at() != null
					&& this.responded.at() != null
					&& this.responded.at().isAfter(this.notified.at().plus(ANSWER_WITHIN));
		}

	}

	record Provider(String id, String name, String country) {

		boolean foreign() {
			return this.country != null && !"US".equals(this.country);
		}

		String normalizedName() {
			return (this.name != null) ? this.name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "") : null;
		}

	}

}
