package org.tracebackgraph.ingest;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Writes batches in order on one background thread while the caller reads and validates
 * the next one, so parsing and the database's work overlap instead of taking turns (a
 * profile of the CSV import showed each idle half the time). At most one batch is in
 * flight: memory stays at two batches, and a failed write stops the import at the next
 * hand-over.
 */
final class BatchPipeline implements AutoCloseable {

	private final TracebackWriter writer;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor((task) -> Thread.ofPlatform().name("traceback-batch-writer").daemon().unstarted(task));

	private Future<WriteCounts> inFlight;

	private WriteCounts written = WriteCounts.NONE;

	private final LongConsumer progress;

	private final DeferredDayCounts deferred;

	/**
	 * @param deferred where the batches' counter changes are held, or {@code null} to
	 * write them with each batch
	 * @param progress told the tracebacks written so far after each batch
	 */
	BatchPipeline(TracebackWriter writer, DeferredDayCounts deferred, LongConsumer progress) {
		this.writer = writer;
		this.deferred = deferred;
		this.progress = progress;
	}

	void submit(List<Traceback> batch) {
		awaitInFlight();
		this.inFlight = this.executor.submit(() -> this.writer.write(batch, this.deferred));
	}

	/** Waits for the last batch and returns what all batches wrote. */
	WriteCounts finish() {
		awaitInFlight();
		return this.written;
	}

	private void awaitInFlight() {
		if (this.inFlight == null) {
			return;
		}
		try {
			WriteCounts batch = this.inFlight.get();
			this.written = this.written.plus(batch);
			this.progress.accept(this.written.created() + this.written.replaced() + this.written.unchanged());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a batch was being written", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("A batch could not be written", ex.getCause());
		}
		finally {
			this.inFlight = null;
		}
	}

	/**
	 * Stops the writer, waiting for a batch still in flight, so that its counter change
	 * is held before the held changes are written.
	 */
	@Override
	public void close() {
		this.executor.shutdownNow();
		try {
			if (!this.executor.awaitTermination(10, TimeUnit.MINUTES)) {
				throw new IllegalStateException("The batch writer did not stop");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
