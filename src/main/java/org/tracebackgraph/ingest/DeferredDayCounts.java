package org.tracebackgraph.ingest;

/**
 * The month and campaign counter changes of a large import, summed in memory across its
 * batches and written when they reach a given number of counters and at the end. Per
 * batch, locking, summing and rewriting the counters it touched took 39 % of a
 * 100k-traceback import, and a busy provider's months were rewritten by nearly every
 * batch; summed, each is written a few times per import. While changes are held here the
 * counters are marked as possibly short ({@link DayCounters#defer}), so the rankings
 * count the calls instead: an import killed midway loses its held changes, and `rebuild
 * counters` counts them again.
 */
final class DeferredDayCounts implements AutoCloseable {

	private final DayCounters counters;

	private final int most;

	private DayCounts held = new DayCounts();

	private boolean closed;

	DeferredDayCounts(DayCounters counters, int most) {
		this.counters = counters;
		this.most = most;
	}

	/** Holds the change of a committed batch. */
	synchronized void add(DayCounts change) {
		if (this.closed) {
			// a batch that committed after the import gave up: written as it comes
			this.counters.write(change);
			return;
		}
		this.held.add(change);
		if (this.held.size() >= this.most) {
			flush();
		}
	}

	private void flush() {
		DayCounts changes = this.held;
		this.held = new DayCounts();
		this.counters.write(changes);
	}

	/**
	 * Writes the changes held and ends the deferral; if they cannot be written the
	 * counters stay marked as short.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		flush();
		this.counters.endDeferral();
	}

}
