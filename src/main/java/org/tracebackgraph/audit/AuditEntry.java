package org.tracebackgraph.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request (to the API or a web UI page), as the audit trail keeps it.
 *
 * @param at when the request arrived (UTC)
 * @param user the user or API key name; {@code anonymous} without valid credentials
 * @param authentication {@code basic}, {@code api-key}, {@code session} (a person logged
 * in to the web UI), {@code form} (the login itself) or {@code none}
 * @param method the HTTP method
 * @param path the path as requested (it may hold a phone number: the audit trail is the
 * one place that keeps them, so that who looked at what can be shown)
 * @param endpoint the endpoint's template, e.g. {@code /api/numbers/{e164}}; null when no
 * endpoint was reached (refused before, or no such path)
 * @param parameters the query parameters
 * @param status the HTTP status answered
 * @param resultCount how many results the answer held, when it says
 * @param durationMs how long the request took
 * @param client the client's address
 */
record AuditEntry(Instant at, String user, String authentication, String method, String path, String endpoint,
		Map<String, List<String>> parameters, int status, Long resultCount, long durationMs, String client) {

}
