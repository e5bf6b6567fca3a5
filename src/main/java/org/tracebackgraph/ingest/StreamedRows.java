package org.tracebackgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.tracebackgraph.neo4j.ImportFiles;

/**
 * Writes the importer's files on a thread of their own while the file is still being
 * checked, so that the check and the writing share the machine's cores instead of taking
 * turns. {@link BulkRows} must know in advance which traceback and call ids come again;
 * this cannot, so it gives up at the first id that comes again (the file is then written
 * after the check, from its checked tracebacks) and at the first error (the file writes
 * nothing). The batches are those that {@link CheckedTracebacks#forEachBatch} would make,
 * so both ways give the same rows.
 */
final class StreamedRows implements Consumer<Traceback>, AutoCloseable {

	private static final List<Traceback> END = List.of();

	/** Enough batches waiting to keep the writer busy, few enough to bound memory. */
	private static final int QUEUED_BATCHES = 4;

	private final int batchSize;

	private final ImportFiles files;

	private final BlockingQueue<List<Traceback>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);

	private final Thread writer;

	private final Set<String> tracebackIds = new HashSet<>();

	private final Set<String> callIds = new HashSet<>();

	private final BulkRows rows;

	private List<Traceback> batch;

	private volatile RuntimeException failure;

	private boolean ended;

	private volatile boolean givenUp;

	StreamedRows(ImportFiles files, int batchSize) {
		this.files = files;
		this.batchSize = batchSize;
		this.batch = new ArrayList<>(batchSize);
		this.rows = new BulkRows(files, Map.of(), Set.of());
		this.writer = Thread.ofPlatform().name("bulk-files").daemon().unstarted(this::writeBatches);
		this.writer.start();
	}

	/** One checked traceback, in the file's order. */
	@Override
	public void accept(Traceback traceback) {
		if (this.ended) {
			return;
		}
		if (!this.tracebackIds.add(traceback.tracebackId()) || !this.callIds.add(traceback.call().callId())) {
			this.givenUp = true;
			end();
			return;
		}
		this.batch.add(traceback);
		if (this.batch.size() == this.batchSize) {
			send(this.batch);
			this.batch = new ArrayList<>(this.batchSize);
		}
	}

	/**
	 * Completes and closes the files once the check has passed.
	 * @return whether they hold the whole file; if not, nothing more is written to them
	 */
	boolean finish() {
		if (!this.givenUp && !this.ended && !this.batch.isEmpty()) {
			send(this.batch);
		}
		end();
		join();
		if (this.failure != null) {
			throw this.failure;
		}
		if (this.givenUp) {
			return false;
		}
		try (this.files) {
			this.rows.finish();
		}
		return true;
	}

	/** The hops written, once {@link #finish} returned {@code true}. */
	long hops() {
		return this.rows.hops();
	}

	/** Stops the writer; the caller deletes the files. */
	@Override
	public void close() {
		this.givenUp = true;
		end();
		join();
		this.files.close();
	}

	private void end() {
		if (!this.ended) {
			this.ended = true;
			this.tracebackIds.clear();
			this.callIds.clear();
			put(END);
		}
	}

	private void send(List<Traceback> batch) {
		if (this.failure != null) {
			throw this.failure;
		}
		put(batch);
	}

	private void put(List<Traceback> batch) {
		try {
			this.queue.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing the importer's files", ex);
		}
	}

	private void join() {
		try {
			this.writer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing the importer's files", ex);
		}
	}

	private void writeBatches() {
		try {
			List<Traceback> next;
			while ((next = this.queue.take()) != END) {
				if (this.failure == null && !this.givenUp) {
					this.rows.add(next);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.failure = ex;
			// Keep taking batches, so that the check is never blocked on a full queue.
			drainUntilEnd();
		}
	}

	private void drainUntilEnd() {
		try {
			while (this.queue.take() != END) {
				// dropped: the failure ends the load
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
