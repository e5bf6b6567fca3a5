package org.tracebackgraph.registry;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tracebackgraph.cli.Command;
import org.tracebackgraph.model.Dates;
import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * {@code import rmd FILE [--as-of=DATE]}: the FCC's export checked whole before the
 * database starts, then written and matched.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cli")
class RegistryCommands {

	@Bean
	Command importRmd(ObjectProvider<RegistryImport> registryImport, Environment options) {
		return new Command() {

			@Override
			public List<String> words() {
				return List.of("import", "rmd");
			}

			@Override
			public String arguments() {
				return "FILE.csv [--as-of=DATE]";
			}

			@Override
			public String description() {
				return "the FCC's Robocall Mitigation Database export, as the FCC writes it";
			}

			@Override
			public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
				if (arguments.size() != 1) {
					return 2;
				}
				long started = System.nanoTime();
				Path file = Path.of(arguments.getFirst());
				if (!Files.isReadable(file) || Files.isDirectory(file)) {
					throw InvalidInputException.malformed("Cannot read " + file,
							InputError.of("file", "not a readable file"));
				}
				String asOf = options.getProperty("as-of");
				LocalDate exportDate = (asOf != null) ? Dates.parse(asOf) : dateInName(file);
				List<Filing> filings;
				try (InputStream in = Files.newInputStream(file)) {
					filings = RmdExport.read(in);
				}
				err.printf(Locale.ROOT, "Checked %,d filings; writing…%n", filings.size());
				out.println(registryImport.getObject().importFilings(filings, exportDate, started).describe());
				return 0;
			}

		};
	}

	/** The FCC's exports are often saved with their date in the name. */
	static LocalDate dateInName(Path file) {
		Matcher date = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})").matcher(file.getFileName().toString());
		return date.find() ? LocalDate.parse(date.group(1)) : null;
	}

}
