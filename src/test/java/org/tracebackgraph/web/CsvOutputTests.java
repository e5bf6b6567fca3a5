package org.tracebackgraph.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvOutputTests {

	@Test
	void cellsASpreadsheetWouldRunAsFormulasAreDefusedAndNumbersAreNot() {
		String csv = CsvOutput.of(List.of("a", "b", "c", "d", "e", "f"),
				List.of(List.of("=HYPERLINK(\"x\")", "+12125550100", "-5.5", "@SUM(A1)", "-cmd", "plain")),
				CsvOutput.Cells.DEFUSED);

		assertThat(csv)
			.isEqualTo("a,b,c,d,e,f\r\n\"'=HYPERLINK(\"\"x\"\")\",+12125550100,-5.5,'@SUM(A1),'-cmd,plain\r\n");
	}

	@Test
	void dataFilesAreWrittenAsTheyAreWithRfc4180Quoting() {
		String csv = CsvOutput.of(List.of("a", "b"),
				List.of(Arrays.asList("=x, y", null), List.of("line\nbreak", "\"q\"")), CsvOutput.Cells.AS_IS);

		assertThat(csv).isEqualTo("a,b\r\n\"=x, y\",\r\n\"line\nbreak\",\"\"\"q\"\"\"\r\n");
	}

}
