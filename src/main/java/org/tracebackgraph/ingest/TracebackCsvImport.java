package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Imports a traceback CSV file of any size in two streaming passes: the first validates
 * every row, the second writes batches. A file with any error writes nothing; a file
 * whose import is interrupted can be imported again, since ingest is idempotent.
 */
@Service
class TracebackCsvImport {

	private static final Logger log = LoggerFactory.getLogger(TracebackCsvImport.class);

	private final TracebackValidator validator;

	private final ObjectProvider<TracebackWriter> writer;

	private final IngestProperties properties;

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
	 * Reads and checks the whole file without writing anything.
	 * @return how many tracebacks and hops it holds
	 * @throws InvalidInputException listing its errors
	 */
	ImportSummary check(Path file) {
		return check(file, batch -> {
		});
	}

	/**
	 * Checks the whole file as {@link #check(Path)} does, and shows its batches (as
	 * {@link #importFile} would write them) to {@code onBatch} while no error is found.
	 */
	ImportSummary check(Path file, Consumer<List<Traceback>> onBatch) {
		long started = System.nanoTime();
		ErrorCollector errors = new ErrorCollector(this.properties.maxErrors());
		Totals checked = readBatches(file, errors, onBatch);
		errors.throwIfAny("CSV file");
		return new ImportSummary(checked.tracebacks(), checked.hops(), 0, 0, 0, checked.batches(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Reads a checked file again, batch by batch as {@link #importFile} writes them.
	 * @param tracebacks how many the check counted
	 * @throws IllegalStateException when the file changed since
	 */
	void read(Path file, long tracebacks, Consumer<List<Traceback>> onBatch) {
		ErrorCollector errors = new ErrorCollector(this.properties.maxErrors());
		Totals totals = readBatches(file, errors, onBatch);
		errors.throwIfAny("CSV file");
		if (totals.tracebacks() != tracebacks) {
			throw new IllegalStateException("The CSV file changed during its import");
		}
	}

	private final ApplicationEventPublisher events;

	ImportSummary importFile(Path file) {
		return importFile(file, written -> {
		});
	}

	/**
	 * @param progress told the tracebacks written so far after every batch
	 */
	ImportSummary importFile(Path file, LongConsumer progress) {
		long started = System.nanoTime();
		ErrorCollector errors = new ErrorCollector(this.properties.maxErrors());
		Totals checked = readBatches(file, errors, batch -> {
		});
		errors.throwIfAny("CSV file");
		Totals totals;
		WriteCounts counts;
		try (BatchPipeline writes = new BatchPipeline(this.writer.getObject(), progress)) {
			totals = readBatches(file, errors, writes::submit);
			counts = writes.finish();
		}
		errors.throwIfAny("CSV file");
		if (totals.tracebacks() != checked.tracebacks()) {
			throw new IllegalStateException("The CSV file changed during its import");
		}
		this.events.publishEvent(new TracebacksWritten(totals.tracebacks()));
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("CSV import: {} tracebacks, {} hops ({} new, {} replaced, {} unchanged) in {} ms", totals.tracebacks(),
				totals.hops(), counts.created(), counts.replaced(), counts.unchanged(), millis);
		return new ImportSummary(totals.tracebacks(), totals.hops(), counts.created(), counts.replaced(),
				counts.unchanged(), totals.batches(), millis);
	}

	private record Totals(long tracebacks, long hops, long batches) {

	}

	private Totals readBatches(Path file, ErrorCollector errors, Consumer<List<Traceback>> onBatch) {
		long tracebacks = 0;
		long hops = 0;
		long batches = 0;
		try (InputStream in = Files.newInputStream(file); CsvTracebackReader reader = new CsvTracebackReader(in)) {
			List<Traceback> batch = new ArrayList<>(this.properties.batchSize());
			Set<String> batchIds = new HashSet<>();
			CsvTracebackReader.Item item;
			while ((item = reader.next()) != null) {
				tracebacks++;
				hops += item.request().hops().size();
				item.readErrors().forEach(errors::add);
				Optional<Traceback> traceback = this.validator.validate(item.request(), item.locator(), errors);
				if (traceback.isPresent() && !batchIds.add(traceback.get().tracebackId())) {
					errors.add(item.locator()
						.error(Field.TRACEBACK_ID, null,
								"appears again after other tracebacks; keep the rows of a traceback together"));
				}
				traceback.ifPresent(batch::add);
				if (batch.size() == this.properties.batchSize()) {
					if (errors.isEmpty()) {
						onBatch.accept(batch);
						batches++;
					}
					batch = new ArrayList<>(this.properties.batchSize());
					batchIds.clear();
				}
			}
			if (!batch.isEmpty() && errors.isEmpty()) {
				onBatch.accept(batch);
				batches++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the CSV file", ex);
		}
		return new Totals(tracebacks, hops, batches);
	}

}
