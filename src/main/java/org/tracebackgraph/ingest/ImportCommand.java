package org.tracebackgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The command-line importer, for files too big for HTTP:
 *
 * <pre>
 * java -jar traceback-graph.jar import tracebacks FILE.csv
 * java -jar traceback-graph.jar import letter LETTER.json CHART.csv
 * </pre>
 *
 * It writes to the database the app would use: {@code NEO4J_URI} if set, else the
 * embedded store (which must not be open in a running app at the same time).
 */
@Component
@Profile("cli")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = """
			Usage:
			  import tracebacks FILE.csv             traceback CSV, one row per hop
			  import letter LETTER.json CHART.csv    a letter and its Attachment A chart
			""";

	private final TracebackCsvImport csvImport;

	private final LetterImport letterImport;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	ImportCommand(TracebackCsvImport csvImport, LetterImport letterImport) {
		this.csvImport = csvImport;
		this.letterImport = letterImport;
		this.out = System.out;
		this.err = System.err;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<String> words = args.getNonOptionArgs();
		try {
			if (words.size() == 3 && "tracebacks".equals(words.get(1))) {
				this.out.println(this.csvImport.importFile(existing(words.get(2))));
			}
			else if (words.size() == 4 && "letter".equals(words.get(1))) {
				try (InputStream json = Files.newInputStream(existing(words.get(2)));
						InputStream csv = Files.newInputStream(existing(words.get(3)))) {
					this.out.println(this.letterImport.importLetter(json, csv));
				}
			}
			else {
				this.err.print(USAGE);
				this.exitCode = 2;
			}
		}
		catch (InvalidInputException ex) {
			this.err.println(ex.getMessage());
			for (InputError error : ex.errors()) {
				this.err.println("  " + ((error.row() != null) ? "line " + error.row() + ", " : "") + error.field()
						+ ": " + error.reason());
			}
			this.exitCode = 1;
		}
	}

	private static Path existing(String name) {
		Path path = Path.of(name);
		if (!Files.isReadable(path)) {
			throw InvalidInputException.malformed("Cannot read " + name, InputError.of("file", "not readable"));
		}
		return path;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
