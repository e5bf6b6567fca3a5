package org.tracebackgraph.ingest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One traceback as clients send it. Everything is text here so that validation can report
 * every error at once rather than the first one Jackson trips over.
 */
@Schema(description = "One traceback: the call it traced and the providers it went through")
record TracebackRequest(@Schema(example = "T-1", requiredMode = Schema.RequiredMode.REQUIRED) String tracebackId,
		@Schema(description = "Where the traceback comes from", example = "ITG", defaultValue = "ITG") String source,
		@Schema(description = "When the first provider was notified (ISO date-time, ISO date or M/d/yyyy)",
				example = "2023-09-08T14:00:00Z") String notifiedAt,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) CallRequest call,
		@Schema(description = "Hops, in any order; position 0 is the terminating provider") List<HopRequest> hops,
		@Schema(description = "Free-text remark, e.g. what a transcription could not read") String note) {

	@Schema(description = "The traced call")
	record CallRequest(@Schema(example = "C-1", requiredMode = Schema.RequiredMode.REQUIRED) String callId,
			@Schema(example = "2023-09-07T15:04:05Z") String startedAt,
			@Schema(description = "Caller ID shown, any common format", example = "+12125550100") String callerId,
			@Schema(example = "+13125550111") String calledNumber,
			@Schema(example = "Amazon-Impers-P2") String campaign,
			@Schema(description = "A, B, C or UNSIGNED", example = "C") String attestation,
			@Schema(example = "https://portal.tracebacks.org/api/public/attachments/1366443") String recordingUrl,
			@Schema(example = "[\"16 C.F.R. § 310.4(b)(1)(v)\"]") List<String> violations) {

	}

	@Schema(description = "One provider's step on the call's route")
	record HopRequest(
			@Schema(description = "0 = terminating, higher = further upstream; omit if unknown",
					example = "0") Integer position,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProviderRequest provider,
			@Schema(description = "TERMINATING, INTERMEDIATE, GATEWAY, ORIGINATING or UNKNOWN",
					example = "TERMINATING") String role,
			@Schema(example = "2023-09-08T14:00:00Z") String notifiedAt,
			@Schema(example = "2023-09-08T16:30:00Z") String respondedAt,
			@Schema(description = "NAMED_UPSTREAM, IS_ORIGIN, NOT_FOUND or NO_RESPONSE",
					example = "NAMED_UPSTREAM") String response,
			@Schema(description = "Attestation the provider saw: A, B, C or UNSIGNED",
					example = "C") String attestation) {

	}

	@Schema(description = "A voice service provider")
	record ProviderRequest(
			@Schema(description = "Stable id (slug)", example = "acme-voice",
					requiredMode = Schema.RequiredMode.REQUIRED) String id,
			@Schema(example = "Acme Voice LLC") String name,
			@Schema(description = "ISO 3166 country code", example = "US") String country) {

	}

}
