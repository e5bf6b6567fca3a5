package org.tracebackgraph.ingest;

/**
 * What one or more batches did to the graph.
 *
 * @param created tracebacks that were new
 * @param replaced tracebacks that existed with other content, whose hops were replaced
 * @param unchanged tracebacks that existed with the same content and were left alone
 * @param hops hops written (of created and replaced tracebacks)
 */
record WriteCounts(long created, long replaced, long unchanged, long hops) {

	static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0);

	WriteCounts plus(WriteCounts other) {
		return new WriteCounts(this.created + other.created, this.replaced + other.replaced,
				this.unchanged + other.unchanged, this.hops + other.hops);
	}

}
