package org.tracebackgraph.security;

/**
 * Who may do what. A higher role includes the lower ones: ADMIN includes ANALYST and
 * INGEST; ANALYST includes INVESTIGATOR.
 */
enum Role {

	/** Reads tracebacks, routes, rankings, networks, evidence and risk reports. */
	INVESTIGATOR,

	/** Reads, and runs risk reports. */
	ANALYST,

	/** Writes data: tracebacks, CSV and letter imports. For machines. */
	INGEST,

	/** Everything, including the audit trail. */
	ADMIN

}
