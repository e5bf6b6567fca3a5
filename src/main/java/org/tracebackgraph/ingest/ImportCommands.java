package org.tracebackgraph.ingest;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import org.tracebackgraph.cli.Command;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The command-line importers, for files too big for HTTP. They write to the database the
 * app would use ({@code NEO4J_URI} if set, else the embedded store, which must not be
 * open in a running app at the same time), and check the whole file before the database
 * starts.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cli")
class ImportCommands {

	@Bean
	Command importTracebacks(ObjectProvider<TracebackCsvImport> csvImport) {
		return new Command() {

			@Override
			public List<String> words() {
				return List.of("import", "tracebacks");
			}

			@Override
			public String arguments() {
				return "FILE.csv";
			}

			@Override
			public String description() {
				return "traceback CSV, one row per hop";
			}

			@Override
			public int run(List<String> arguments, PrintStream out, PrintStream err) {
				if (arguments.size() != 1) {
					return 2;
				}
				Path file = readable(arguments.getFirst());
				TracebackCsvImport importer = csvImport.getObject();
				try (CheckedTracebacks checked = importer.check(file)) {
					err.printf(Locale.ROOT, "Checked %,d tracebacks (%,d hops) in %,d ms; writing…%n",
							checked.tracebacks(), checked.hops(), checked.checkMillis());
					ImportSummary summary = importer.write(checked, new Progress(err, checked.tracebacks()));
					out.println(describe(summary));
				}
				return 0;
			}

		};
	}

	@Bean
	Command importBulk(ObjectProvider<BulkImport> bulkImport) {
		return new Command() {

			@Override
			public List<String> words() {
				return List.of("import", "bulk");
			}

			@Override
			public String arguments() {
				return "FILE.csv";
			}

			@Override
			public String description() {
				return "first load of an empty embedded store, through neo4j-admin database import (same CSV)";
			}

			@Override
			public int run(List<String> arguments, PrintStream out, PrintStream err) {
				if (arguments.size() != 1) {
					return 2;
				}
				Path file = readable(arguments.getFirst());
				out.println(bulkImport.getObject().importFile(file, err).describe());
				return 0;
			}

		};
	}

	@Bean
	Command importLetter(ObjectProvider<LetterImport> letterImport, Environment options) {
		return new Command() {

			@Override
			public List<String> words() {
				return List.of("import", "letter");
			}

			@Override
			public String arguments() {
				return "[LETTER.json] CHART.csv [--recipient=NAME --issued-on=DATE --issuer=… --kind=…"
						+ " --letter-id=… --recipient-id=…]";
			}

			@Override
			public String description() {
				return "a letter's Attachment A chart as printed, with its metadata as JSON and/or options";
			}

			@Override
			public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
				if (arguments.isEmpty() || arguments.size() > 2) {
					return 2;
				}
				Path chart = readable(arguments.getLast());
				Path json = (arguments.size() == 2) ? readable(arguments.getFirst()) : null;
				LetterMetadata.Fields fields = new LetterMetadata.Fields(options.getProperty("letter-id"),
						options.getProperty("recipient"), options.getProperty("recipient-id"),
						options.getProperty("issuer"), options.getProperty("issued-on"), options.getProperty("kind"));
				try (InputStream letter = (json != null) ? Files.newInputStream(json) : null;
						InputStream csv = Files.newInputStream(chart)) {
					LetterImport.LetterSummary summary = letterImport.getObject().importLetter(letter, csv, fields);
					out.println("Letter " + summary.letterId() + " to " + summary.recipientProviderId() + ": "
							+ describe(summary.tracebacks()));
				}
				return 0;
			}

		};
	}

	static String describe(ImportSummary summary) {
		return String.format(Locale.ROOT,
				"%,d tracebacks (%,d hops): %,d new, %,d replaced, %,d unchanged, in %,d %s and %,d ms",
				summary.tracebacks(), summary.hops(), summary.created(), summary.replaced(), summary.unchanged(),
				summary.batches(), (summary.batches() == 1) ? "batch" : "batches", summary.durationMs());
	}

	static Path readable(String name) {
		Path path = Path.of(name);
		if (!Files.isReadable(path) || Files.isDirectory(path)) {
			throw InvalidInputException.malformed("Cannot read " + name, InputError.of("file", "not a readable file"));
		}
		return path;
	}

	/** Prints how far a long import has come, at most every ten seconds. */
	static final class Progress implements LongConsumer {

		private final PrintStream err;

		private final long total;

		private long lastPrinted = System.nanoTime();

		Progress(PrintStream err, long total) {
			this.err = err;
			this.total = total;
		}

		@Override
		public void accept(long written) {
			long now = System.nanoTime();
			if (now - this.lastPrinted >= 10_000_000_000L && written < this.total) {
				this.lastPrinted = now;
				this.err.printf(Locale.ROOT, "  %,d of %,d tracebacks written (%d %%)%n", written, this.total,
						(this.total > 0) ? 100 * written / this.total : 100);
			}
		}

	}

}
