package org.tracebackgraph.ingest;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphWriter;
import org.tracebackgraph.neo4j.Parameters;
import org.tracebackgraph.neo4j.Row;
import org.tracebackgraph.neo4j.WriteTx;

import org.springframework.stereotype.Component;

/**
 * Keeps the providers' month and campaign counters, each month with its days (the window
 * and campaign rankings read them), equal to what the stored tracebacks say: a traceback
 * is taken out before its hops or its call change and added back after, in the writing
 * transaction. A store that held tracebacks before the counters existed is counted whole
 * by {@link #rebuild}.
 */
@Component
class DayCounters {

	static final String NAME = "provider-days";

	/**
	 * 3: months holding their days (2 kept day, week and month counters apart, 1 days and
	 * months).
	 */
	static final int VERSION = 3;

	private static final Logger log = LoggerFactory.getLogger(DayCounters.class);

	private static final int PAGE = 1_000;

	private final GraphWriter graph;

	private final CypherQuery countsOfTracebacks = CypherQuery.load("ingest/provider-day-counts-of-tracebacks");

	private final CypherQuery lockCounters = CypherQuery.load("ingest/lock-provider-day-counters");

	private final CypherQuery setCounters = CypherQuery.load("ingest/set-provider-day-counters");

	private final CypherQuery tracebacksSharingCalls = CypherQuery.load("ingest/tracebacks-sharing-calls");

	private final CypherQuery countersState = CypherQuery.load("ingest/counters-state");

	private final CypherQuery markCounters = CypherQuery.load("ingest/mark-counters");

	private final CypherQuery deleteDayCounters = CypherQuery.load("ingest/delete-day-counters");

	private final CypherQuery tracebackIdsAfter = CypherQuery.load("ingest/traceback-ids-after");

	private final CypherQuery addDeferredWrites = CypherQuery.load("ingest/add-deferred-counter-writes");

	DayCounters(GraphWriter graph) {
		this.graph = graph;
	}

	/**
	 * Marks an empty store as counted, before its first traceback is written: from then
	 * on every write keeps the counters whole.
	 */
	void markIfEmpty(WriteTx tx) {
		record State(boolean marked, boolean anyTraceback) {
		}
		State state = tx
			.one(this.countersState, Parameters.of("name", NAME).and("version", VERSION),
					(row) -> new State(row.bool("marked"), row.bool("anyTraceback")))
			.orElseThrow();
		if (!state.marked() && !state.anyTraceback()) {
			tx.run(this.markCounters, Parameters.of("name", NAME).and("version", VERSION));
		}
	}

	/**
	 * @return the stored tracebacks, other than the given ones, that trace one of these
	 * calls: writing the calls moves them to the calls' new date and campaign
	 */
	List<String> sharingCalls(WriteTx tx, Collection<String> callIds, Collection<String> tracebackIds) {
		return tx.list(this.tracebacksSharingCalls,
				Parameters.of("callIds", List.copyOf(callIds)).and("tracebackIds", List.copyOf(tracebackIds)),
				(row) -> row.string("tracebackId"));
	}

	/**
	 * Takes these tracebacks out of the counters, before their hops or their calls
	 * change.
	 * @return the change, to which {@link #finish} adds the written tracebacks
	 */
	DayCounts start(WriteTx tx, Collection<String> tracebackIds) {
		DayCounts change = new DayCounts();
		change.subtract(counts(tx, tracebackIds));
		return change;
	}

	/** Adds these tracebacks, as written, to the change and writes it. */
	void finish(WriteTx tx, DayCounts change, Collection<String> tracebackIds) {
		count(tx, change, tracebackIds);
		write(tx, change);
	}

	/**
	 * Adds these tracebacks, as written, to the change, to be written later by
	 * {@link #write(DayCounts)}.
	 */
	void count(WriteTx tx, DayCounts change, Collection<String> tracebackIds) {
		change.add(counts(tx, tracebackIds));
	}

	/**
	 * Writes a change, summed over many batches, in transactions of at most {@code PAGE}
	 * counters each: sums commute, so the parts need no common transaction.
	 */
	void write(DayCounts change) {
		for (DayCounts part : change.parts(PAGE)) {
			this.graph.write((tx) -> {
				write(tx, part);
				return null;
			});
		}
	}

	private void write(WriteTx tx, DayCounts change) {
		if (!change.isEmpty()) {
			List<Row> stored = tx.list(this.lockCounters, change.keys(), (row) -> row);
			tx.run(this.setCounters, change.sums(stored));
		}
	}

	/**
	 * Starts writing the counters later, in bulk: until {@link DeferredDayCounts#close}
	 * the counters are marked as possibly short, and the rankings count the calls.
	 * @param most the changes held before they are written
	 */
	DeferredDayCounts defer(int most) {
		long deferred = this.graph.write((tx) -> {
			markIfEmpty(tx);
			return changeDeferredWrites(tx, 1);
		});
		if (deferred > 1) {
			log.warn("The month and campaign counters are marked as being written by {} other import(s): one is"
					+ " running, or was interrupted; after an interrupted one the rankings count the calls (the"
					+ " same answers, slower) until `rebuild counters`", deferred - 1);
		}
		return new DeferredDayCounts(this, most);
	}

	/** Ends what {@link #defer} started, once every change it held is written. */
	void endDeferral() {
		this.graph.write((tx) -> changeDeferredWrites(tx, -1));
	}

	private long changeDeferredWrites(WriteTx tx, int change) {
		return tx
			.one(this.addDeferredWrites, Parameters.of("name", NAME).and("change", change),
					(row) -> row.longValue("deferredWrites"))
			.orElseThrow();
	}

	private List<Row> counts(WriteTx tx, Collection<String> tracebackIds) {
		if (tracebackIds.isEmpty()) {
			return List.of();
		}
		return tx.list(this.countsOfTracebacks, Parameters.of("tracebackIds", List.copyOf(tracebackIds)), (row) -> row);
	}

	/**
	 * Deletes every month and campaign counter (and an older version's day and week ones)
	 * and counts them again from the stored tracebacks, page by page (one transaction
	 * each), then marks them complete.
	 * @return the tracebacks counted
	 */
	long rebuild() {
		long deleted;
		do {
			deleted = this.graph.write(tx -> tx
				.one(this.deleteDayCounters, Parameters.of("limit", 10 * PAGE), (row) -> row.longValue("deleted"))
				.orElse(0L));
		}
		while (deleted > 0);
		long counted = 0;
		String after = null;
		while (true) {
			String from = after;
			List<String> page = this.graph.write(tx -> {
				List<String> ids = tx.list(this.tracebackIdsAfter, Parameters.of("after", from).and("limit", PAGE),
						(row) -> row.string("tracebackId"));
				finish(tx, new DayCounts(), ids);
				return ids;
			});
			if (page.isEmpty()) {
				break;
			}
			counted += page.size();
			after = page.getLast();
		}
		this.graph.run(this.markCounters, Parameters.of("name", NAME).and("version", VERSION));
		return counted;
	}

}
