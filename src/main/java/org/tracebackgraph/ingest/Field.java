package org.tracebackgraph.ingest;

/**
 * The fields of a traceback, with their name in JSON and their column in the CSV format,
 * so the same validation can point at either.
 */
enum Field {

	TRACEBACK_ID("tracebackId", "traceback_id"), SOURCE("source", "source"),
	NOTIFIED_AT("notifiedAt", "traceback_notified_at"), NOTE("note", "note"), CALL("call", "call_id"),
	CALL_ID("call.callId", "call_id"), CALL_STARTED_AT("call.startedAt", "call_started_at"),
	CALLER_ID("call.callerId", "caller_id"), CALLED_NUMBER("call.calledNumber", "called_number"),
	CAMPAIGN("call.campaign", "campaign"), CALL_ATTESTATION("call.attestation", "call_attestation"),
	RECORDING_URL("call.recordingUrl", "recording_url"), VIOLATIONS("call.violations", "violations"),
	HOPS("hops", "hop_position"), HOP_POSITION("position", "hop_position"), HOP_PROVIDER("provider", "provider_id"),
	PROVIDER_ID("provider.id", "provider_id"), PROVIDER_NAME("provider.name", "provider_name"),
	PROVIDER_COUNTRY("provider.country", "provider_country"), HOP_ROLE("role", "hop_role"),
	HOP_NOTIFIED_AT("notifiedAt", "hop_notified_at"), HOP_RESPONDED_AT("respondedAt", "hop_responded_at"),
	HOP_RESPONSE("response", "hop_response"), HOP_ATTESTATION("attestation", "hop_attestation");

	private final String json;

	private final String csv;

	Field(String json, String csv) {
		this.json = json;
		this.csv = csv;
	}

	/**
	 * @param hop the hop's index in the request, for hop fields
	 * @return the field's path in the JSON request
	 */
	String jsonPath(Integer hop) {
		return (hop != null) ? "hops[" + hop + "]." + this.json : this.json;
	}

	String csvColumn() {
		return this.csv;
	}

}
