package org.tracebackgraph.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * A traceback the provider did not answer, or answered after the 24 hours that 47 CFR
 * 64.1200(n)(1) allows.
 *
 * @param tracebackId the traceback
 * @param callId its call
 * @param callDate the date the call was made
 * @param campaign the call's campaign
 * @param position the provider's hop position (0 = terminating), if known
 * @param role its role on the call
 * @param notifiedAt when it was asked, if the time is known
 * @param notifiedOn the date it was asked
 * @param respondedAt when it answered, if it did and the time is known
 * @param respondedOn the date it answered
 * @param hoursTaken hours from notification to answer (2 decimals), or {@code null}
 * without an answer
 * @param kind NO_RESPONSE or LATE
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A traceback the provider did not answer, or answered late")
record NonResponse(String tracebackId, String callId, LocalDate callDate, String campaign, Integer position,
		String role, OffsetDateTime notifiedAt, LocalDate notifiedOn, OffsetDateTime respondedAt, LocalDate respondedOn,
		@JsonInclude(JsonInclude.Include.ALWAYS) Double hoursTaken, String kind) {

	static NonResponse of(Row row) {
		return new NonResponse(row.string("tracebackId"), row.string("callId"), row.date("callDate"),
				row.string("campaign"), row.intOrNull("position"), row.string("role"), row.dateTime("notifiedAt"),
				row.date("notifiedOn"), row.dateTime("respondedAt"), row.date("respondedOn"),
				row.doubleOrNull("hoursTaken"), row.string("kind"));
	}

}
