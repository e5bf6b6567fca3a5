package org.tracebackgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;
import org.tracebackgraph.cli.Command;
import org.tracebackgraph.cli.CommandLines;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTests extends GraphTest {

	@Autowired
	private ApplicationContext context;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... words) throws Exception {
		ImportCommands commands = new ImportCommands();
		List<Command> all = List.of(commands.importTracebacks(this.context.getBeanProvider(TracebackCsvImport.class)),
				commands.importLetter(this.context.getBeanProvider(LetterImport.class), this.context.getEnvironment()));
		return CommandLines.run(all, List.of(words), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void theCommandLineImportsATracebackFileAndSaysWhatItDidInWords(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("t.csv"), Examples.bytes("examples/tracebacks.csv"));

		assertThat(run("import", "tracebacks", file.toString())).isZero();

		assertThat(counts()).isEqualTo(new GraphCounts(40, 66, 8, 11));
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.startsWith("4 tracebacks (16 hops): 4 new, 0 replaced, 0 unchanged, in 1 batch and ")
			.doesNotContain("ImportSummary[");
	}

	@Test
	void theCommandLineImportsALetter() throws Exception {
		assertThat(run("import", "letter", "data/letters/ftc-2023-11-27-bandwidth-letter.json",
				"data/letters/ftc-2023-11-27-bandwidth-attachment-a.csv"))
			.isZero();

		assertThat(rows("MATCH (c:Call) RETURN count(c) AS calls", java.util.Map.of()))
			.containsExactly(java.util.Map.of("calls", 115L));
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.startsWith("Letter FTC-2023-11-27-BANDWIDTH to bandwidth-inc: 115 tracebacks");
	}

	@Test
	void aBadFileEndsWithExitCode1ListsItsErrorsAndWritesNothing(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("bad.csv"), "traceback_id,call_id\nT,C\n");

		assertThat(run("import", "tracebacks", file.toString())).isEqualTo(1);

		assertThat(counts().nodes()).isZero();
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("line 1, provider_id: required column is missing");
	}

	@Test
	void wrongArgumentsPrintUsageAndEndWithExitCode2() throws Exception {
		assertThat(run("import", "everything")).isEqualTo(2);
		assertThat(run("import", "tracebacks")).isEqualTo(2);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("import tracebacks FILE.csv")
			.contains("import letter [LETTER.json] CHART.csv");
	}

}
