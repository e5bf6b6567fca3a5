package org.tracebackgraph.ingest;

import org.tracebackgraph.web.Counted;

/**
 * What an ingest or import did.
 *
 * @param tracebacks tracebacks received
 * @param hops hops received
 * @param created tracebacks that were new
 * @param replaced tracebacks whose content changed and was replaced
 * @param unchanged tracebacks already stored with the same content
 * @param batches transactions used
 * @param durationMs time taken, in milliseconds
 */
record ImportSummary(long tracebacks, long hops, long created, long replaced, long unchanged, long batches,
		long durationMs) implements Counted {

	@Override
	public long resultCount() {
		return this.tracebacks;
	}

}
