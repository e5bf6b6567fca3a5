package org.tracebackgraph.route;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.model.ChainAnalysis;
import org.tracebackgraph.model.ChainBreak;
import org.tracebackgraph.model.HopResponse;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.neo4j.Row;

/**
 * One traceback's route in call order: from the origin, or the furthest provider known,
 * to the terminating provider, with the places where the chain breaks and why.
 *
 * @param tracebackId the traceback
 * @param source where it comes from (ITG, or the letter that lists it)
 * @param status COMPLETE, NON_RESPONSIVE, FOREIGN_ORIGIN or PARTIAL
 * @param complete whether the chain reaches the origin without a break
 * @param notifiedAt when the first provider was notified, if the time is known
 * @param notifiedOn the date the first provider was notified
 * @param note remarks on the source data
 * @param call the traced call
 * @param hops hops with a known position, in call order (origin first)
 * @param unplacedHops providers known to have carried the call at an unknown position
 * @param breaks where the chain breaks, from the terminating side towards the origin
 * @param otherTracebackIds other tracebacks of the same call, newest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A call's route, hop by hop, in call order")
record Route(String tracebackId, String source, String status, boolean complete, OffsetDateTime notifiedAt,
		LocalDate notifiedOn, String note, Call call, List<Hop> hops, List<Hop> unplacedHops, List<ChainBreak> breaks,
		List<String> otherTracebackIds) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Call(String callId, OffsetDateTime startedAt, LocalDate startedOn, String callerId, String calledNumber,
			String campaign, String attestation, String recordingUrl, List<String> violations) {

		static Call of(Row row) {
			if (row.isNull("callId")) {
				return null;
			}
			return new Call(row.string("callId"), row.dateTime("startedAt"), row.date("startedOn"),
					row.string("callerId"), row.string("calledNumber"), row.string("campaign"),
					row.string("callAttestation"), row.string("recordingUrl"), row.strings("violations"));
		}

	}

	/**
	 * One provider's step.
	 *
	 * @param position 0 = terminating, higher = further upstream; {@code null} if unknown
	 * @param provider the provider
	 * @param role its role on the call
	 * @param response its answer to the traceback
	 * @param notifiedAt when it was asked, if the time is known
	 * @param notifiedOn the date it was asked
	 * @param respondedAt when it answered
	 * @param respondedOn the date it answered
	 * @param late whether it answered more than 24 hours after it was asked (47 CFR
	 * 64.1200(n)(1)); both times must be known
	 * @param attestation the attestation it saw
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Hop(Integer position, Provider provider, String role, String response, OffsetDateTime notifiedAt,
			LocalDate notifiedOn, OffsetDateTime respondedAt, LocalDate respondedOn, boolean late, String attestation) {

		static Hop of(Row hop) {
			return new Hop(hop.intOrNull("position"),
					new Provider(hop.string("providerId"), hop.string("providerName"), hop.string("providerCountry"),
							hop.boolOrNull("providerForeign")),
					hop.string("role"), hop.string("response"), hop.dateTime("notifiedAt"), hop.date("notifiedOn"),
					hop.dateTime("respondedAt"), hop.date("respondedOn"), hop.bool("late"), hop.string("attestation"));
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Provider(String id, String name, String country, Boolean foreign) {

	}

	/** The route from the one row of {@code route/route-of-call-or-traceback}. */
	static Route of(Row row) {
		return of(row.string("tracebackId"), row.string("source"), row.string("status"), row.dateTime("notifiedAt"),
				row.date("notifiedOn"), row.string("note"), Call.of(row), row.list("hops", Hop::of),
				row.strings("otherTracebackIds"));
	}

	static Route of(String tracebackId, String source, String status, OffsetDateTime notifiedAt, LocalDate notifiedOn,
			String note, Call call, List<Hop> hops, List<String> otherTracebackIds) {
		List<Hop> placed = hops.stream()
			.filter(hop -> hop.position() != null)
			.sorted(Comparator.comparing(Hop::position).reversed())
			.toList();
		List<Hop> unplaced = hops.stream()
			.filter(hop -> hop.position() == null)
			.sorted(Comparator.comparing(hop -> hop.provider().id()))
			.toList();
		ChainAnalysis analysis = ChainAnalysis.of(hops.stream()
			.map(hop -> new ChainAnalysis.HopFacts(hop.position(), hop.provider().id(),
					Boolean.TRUE.equals(hop.provider().foreign()), enumOrNull(HopRole.class, hop.role()),
					enumOrNull(HopResponse.class, hop.response())))
			.toList());
		return new Route(tracebackId, source, status, analysis.breaks().isEmpty(), notifiedAt, notifiedOn, note, call,
				placed, unplaced, analysis.breaks(), otherTracebackIds);
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
