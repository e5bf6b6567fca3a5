package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tracebackgraph.model.TracebacksWritten;
import org.tracebackgraph.neo4j.EmbeddedStoreImport;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.ImportFiles;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * {@code import bulk FILE}: a first load of an empty embedded store through Neo4j's
 * offline importer, many times faster than transactions. The file is checked whole as
 * {@code import tracebacks} checks it; the importer's files hold the graph the online
 * path would write ({@link BulkRows}); the store then starts, which applies the schema
 * and waits for its indexes. Nothing is written to a store that holds data, nor from a
 * file with an error.
 */
@Service
class BulkImport {

	private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

	private final TracebackCsvImport csv;

	private final ObjectProvider<EmbeddedStoreImport> store;

	private final ObjectProvider<GraphReader> graph;

	private final ApplicationEventPublisher events;

	/**
	 * @param store there only when the app runs its own Neo4j
	 * @param graph looked up after the import: starts the store
	 */
	BulkImport(TracebackCsvImport csv, ObjectProvider<EmbeddedStoreImport> store, ObjectProvider<GraphReader> graph,
			ApplicationEventPublisher events) {
		this.csv = csv;
		this.store = store;
		this.graph = graph;
		this.events = events;
	}

	/**
	 * @param progress told each step as it starts
	 * @throws InvalidInputException when the store holds data or the file has errors
	 */
	BulkSummary importFile(Path file, PrintStream progress) {
		long started = System.nanoTime();
		EmbeddedStoreImport target = this.store.getIfAvailable();
		if (target == null) {
			throw InvalidInputException.malformed("import bulk loads the embedded store only",
					InputError.of("NEO4J_URI", "is set: load an external database with import tracebacks"));
		}
		if (target.holdsData()) {
			throw InvalidInputException.malformed("The store " + target.storeDirectory() + " holds data already",
					InputError.of("store",
							"import bulk loads an empty store only: add to this one with import tracebacks"));
		}
		Path directory = temporaryDirectory();
		try {
			return load(file, directory, target, started, progress);
		}
		finally {
			delete(directory);
		}
	}

	private BulkSummary load(Path file, Path directory, EmbeddedStoreImport target, long started,
			PrintStream progress) {
		Path streamedDirectory = subdirectory(directory, "streamed");
		ImportFiles streamedFiles = ImportFiles.in(streamedDirectory);
		CheckedTracebacks checked;
		boolean streamed;
		long checkedAt;
		Written written = null;
		try (StreamedRows streaming = new StreamedRows(streamedFiles, this.csv.batchSize())) {
			checked = this.csv.check(file, streaming);
			checkedAt = System.nanoTime();
			try {
				streamed = streaming.finish();
			}
			catch (RuntimeException ex) {
				checked.close();
				throw ex;
			}
			if (streamed) {
				written = new Written(checked.tracebacks(), streaming.hops());
			}
		}
		try (checked) {
			ImportFiles files = streamedFiles;
			if (streamed) {
				progress.printf(Locale.ROOT,
						"Checked %,d tracebacks (%,d hops) in %,d ms, the importer's files" + " written alongside;%n",
						checked.tracebacks(), checked.hops(), millis(started, checkedAt));
			}
			else {
				progress.printf(Locale.ROOT,
						"Checked %,d tracebacks (%,d hops) in %,d ms; some traceback or call ids come again,"
								+ " so the importer's files are written now…%n",
						checked.tracebacks(), checked.hops(), millis(started, checkedAt));
				delete(streamedDirectory);
				files = ImportFiles.in(subdirectory(directory, "after-check"));
				written = writeAfterCheck(checked, files);
			}
			long writtenAt = System.nanoTime();
			progress.printf(Locale.ROOT, "Files complete in %,d ms; importing into %s…%n", millis(checkedAt, writtenAt),
					target.storeDirectory());
			target.importFiles(files);
			long importedAt = System.nanoTime();
			delete(directory);
			// The first use starts the database, which applies the schema and waits for
			// it.
			this.graph.getObject();
			long indexedAt = System.nanoTime();
			this.events.publishEvent(new TracebacksWritten(checked.tracebacks()));
			BulkSummary summary = new BulkSummary(written.tracebacks(), written.hops(), streamed,
					millis(started, checkedAt), millis(checkedAt, writtenAt), millis(writtenAt, importedAt),
					millis(importedAt, indexedAt), millis(started, System.nanoTime()));
			log.info("Bulk import: {}", summary.describe());
			return summary;
		}
	}

	/**
	 * Today's files from a checked file whose ids come again: a counting pass tells
	 * {@link BulkRows} which of them to hold back.
	 */
	private Written writeAfterCheck(CheckedTracebacks checked, ImportFiles files) {
		Map<String, Integer> tracebackIds = new HashMap<>();
		Map<String, Integer> callIds = new HashMap<>();
		checked.forEachBatch(this.csv.batchSize(), batch -> batch.forEach(traceback -> {
			tracebackIds.merge(traceback.tracebackId(), 1, Integer::sum);
			callIds.merge(traceback.call().callId(), 1, Integer::sum);
		}));
		long distinct = tracebackIds.size();
		tracebackIds.values().removeIf(n -> n == 1);
		Set<String> repeatedCalls = new HashSet<>();
		callIds.forEach((id, n) -> {
			if (n > 1) {
				repeatedCalls.add(id);
			}
		});
		callIds.clear();
		try (files) {
			BulkRows rows = new BulkRows(files, tracebackIds, repeatedCalls);
			checked.forEachBatch(this.csv.batchSize(), rows::add);
			rows.finish();
			return new Written(distinct, rows.hops());
		}
	}

	/**
	 * @param tracebacks distinct tracebacks in the files
	 * @param hops their hops
	 */
	private record Written(long tracebacks, long hops) {
	}

	private static Path subdirectory(Path directory, String name) {
		try {
			return Files.createDirectory(directory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make a directory for the importer's files", ex);
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("traceback-bulk-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make a directory for the importer's files", ex);
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete the importer's files in {}: {}", directory, ex.getMessage());
		}
	}

	/**
	 * @param tracebacks distinct tracebacks stored
	 * @param hops their hops
	 * @param streamed whether the importer's files were written as the file was checked
	 * @param checkMs validating the file (and writing the files, when streamed)
	 * @param filesMs writing the importer's files after the check (when streamed, what
	 * was left to write)
	 * @param importMs the importer's run
	 * @param indexMs starting the store: schema, index build
	 * @param totalMs all of it
	 */
	record BulkSummary(long tracebacks, long hops, boolean streamed, long checkMs, long filesMs, long importMs,
			long indexMs, long totalMs) {

		double hopsPerSecond() {
			return (this.totalMs > 0) ? this.hops * 1000.0 / this.totalMs : 0;
		}

		String describe() {
			return String.format(Locale.ROOT,
					"%,d tracebacks (%,d hops) loaded in %.1f s, %,.0f hops/s (check %.1f s%s, files %.1f s,"
							+ " import %.1f s, schema and indexes %.1f s)",
					this.tracebacks, this.hops, this.totalMs / 1000.0, hopsPerSecond(), this.checkMs / 1000.0,
					this.streamed ? " with the files written alongside" : "", this.filesMs / 1000.0,
					this.importMs / 1000.0, this.indexMs / 1000.0);
		}

	}

}
