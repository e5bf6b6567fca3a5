package org.tracebackgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTests extends GraphTest {

	@Autowired
	private TracebackCsvImport csvImport;

	@Autowired
	private LetterImport letterImport;

	@Test
	void theCommandLineImportsATracebackFile(@TempDir Path dir) throws Exception {
		Path file = Files.write(dir.resolve("t.csv"), Examples.bytes("examples/tracebacks.csv"));
		ImportCommand command = new ImportCommand(this.csvImport, this.letterImport);

		command.run(new DefaultApplicationArguments("import", "tracebacks", file.toString()));

		assertThat(command.getExitCode()).isZero();
		assertThat(counts()).isEqualTo(new GraphCounts(40, 66, 8, 11));
	}

	@Test
	void theCommandLineImportsALetter() throws Exception {
		ImportCommand command = new ImportCommand(this.csvImport, this.letterImport);

		command.run(
				new DefaultApplicationArguments("import", "letter", "data/letters/ftc-2023-11-27-bandwidth-letter.json",
						"data/letters/ftc-2023-11-27-bandwidth-attachment-a.csv"));

		assertThat(command.getExitCode()).isZero();
		assertThat(rows("MATCH (c:Call) RETURN count(c) AS calls", java.util.Map.of()))
			.containsExactly(java.util.Map.of("calls", 115L));
	}

	@Test
	void aBadFileEndsWithExitCode1AndWritesNothing(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("bad.csv"), "traceback_id,call_id\nT,C\n");
		ImportCommand command = new ImportCommand(this.csvImport, this.letterImport);

		command.run(new DefaultApplicationArguments("import", "tracebacks", file.toString()));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(counts().nodes()).isZero();
	}

	@Test
	void wrongArgumentsPrintUsageAndEndWithExitCode2() throws Exception {
		ImportCommand command = new ImportCommand(this.csvImport, this.letterImport);

		command.run(new DefaultApplicationArguments("import", "everything"));

		assertThat(command.getExitCode()).isEqualTo(2);
	}

}
