package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tracebackgraph.model.TracebacksWritten;
import org.tracebackgraph.web.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports a traceback CSV file of any size in two streaming passes: the first reads and
 * validates every row, keeping the validated tracebacks in a compact temporary file
 * ({@link CheckedTracebacks}); the second writes them in batches, without parsing or
 * validating again. A file with any error writes nothing; a file whose import is
 * interrupted can be imported again, since ingest is idempotent.
 */
@Service
class TracebackCsvImport {

	private static final Logger log = LoggerFactory.getLogger(TracebackCsvImport.class);

	private final TracebackValidator validator;

	private final ObjectProvider<TracebackWriter> writer;

	private final IngestProperties properties;

	private final ApplicationEventPublisher events;

	/**
	 * @param writer looked up when the first batch is written, so that a file can be
	 * checked before the database starts (the command line does)
	 */
	TracebackCsvImport(TracebackValidator validator, ObjectProvider<TracebackWriter> writer,
			IngestProperties properties, ApplicationEventPublisher events) {
		this.events = events;
		this.validator = validator;
		this.writer = writer;
		this.properties = properties;
	}

	/**
	 * Reads and checks the whole file without writing anything to the database.
	 * @return its validated tracebacks, to {@link #write} (the caller closes them)
	 * @throws InvalidInputException listing its errors
	 */
	CheckedTracebacks check(Path file) {
		return check(file, traceback -> {
		});
	}

	/**
	 * Reads and checks the whole file, handing each traceback on as it is kept, in the
	 * file's order, while the file has shown no error.
	 * @param kept told each traceback kept; one that throws ends the check
	 * @return its validated tracebacks, to {@link #write} (the caller closes them)
	 * @throws InvalidInputException listing its errors
	 */
	CheckedTracebacks check(Path file, Consumer<Traceback> kept) {
		long started = System.nanoTime();
		ErrorCollector errors = new ErrorCollector(this.properties.maxErrors());
		CheckedTracebacks checked = CheckedTracebacks.create();
		try {
			readAndValidate(file, errors, checked, kept);
			errors.throwIfAny("CSV file");
			return checked.finish((System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			checked.close();
			throw ex;
		}
	}

	ImportSummary importFile(Path file) {
		return importFile(file, written -> {
		});
	}

	/** How many tracebacks a batch holds, as {@link #write} writes them. */
	int batchSize() {
		return this.properties.batchSize();
	}

	/**
	 * @param progress told the tracebacks written so far after every batch
	 */
	ImportSummary importFile(Path file, LongConsumer progress) {
		try (CheckedTracebacks checked = check(file)) {
			return write(checked, progress);
		}
	}

	/**
	 * Writes checked tracebacks in batches.
	 * @param progress told the tracebacks written so far after every batch
	 * @return what was written; its duration includes the check's
	 */
	ImportSummary write(CheckedTracebacks checked, LongConsumer progress) {
		long started = System.nanoTime();
		long batches;
		WriteCounts counts;
		TracebackWriter writer = this.writer.getObject();
		try (DeferredDayCounts deferred = (checked.tracebacks() >= this.properties.deferCountersFrom())
				? writer.deferCounters(this.properties.deferredCountersHeld()) : null;
				BatchPipeline writes = new BatchPipeline(writer, deferred, progress)) {
			batches = checked.forEachBatch(this.properties.batchSize(), writes::submit);
			counts = writes.finish();
		}
		this.events.publishEvent(new TracebacksWritten(checked.tracebacks()));
		long millis = checked.checkMillis() + (System.nanoTime() - started) / 1_000_000;
		log.info("CSV import: {} tracebacks, {} hops ({} new, {} replaced, {} unchanged) in {} ms",
				checked.tracebacks(), checked.hops(), counts.created(), counts.replaced(), counts.unchanged(), millis);
		return new ImportSummary(checked.tracebacks(), checked.hops(), counts.created(), counts.replaced(),
				counts.unchanged(), batches, millis);
	}

	private void readAndValidate(Path file, ErrorCollector errors, CheckedTracebacks checked,
			Consumer<Traceback> kept) {
		try (InputStream in = Files.newInputStream(file); CsvTracebackReader reader = new CsvTracebackReader(in)) {
			// Ids seen since the last batch boundary: the rows of a traceback must be
			// together, and the writer keeps only the last of a batch's duplicates.
			Set<String> batchIds = new HashSet<>();
			long valid = 0;
			CsvTracebackReader.Item item;
			while ((item = reader.next()) != null) {
				item.readErrors().forEach(errors::add);
				Optional<Traceback> traceback = this.validator.validate(item.request(), item.locator(), errors);
				if (traceback.isEmpty()) {
					continue;
				}
				if (!batchIds.add(traceback.get().tracebackId())) {
					errors.add(item.locator()
						.error(Field.TRACEBACK_ID, null,
								"appears again after other tracebacks; keep the rows of a traceback together"));
				}
				if (errors.isEmpty()) {
					checked.add(traceback.get());
					kept.accept(traceback.get());
				}
				if (++valid % this.properties.batchSize() == 0) {
					batchIds.clear();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the CSV file", ex);
		}
	}

}
