package org.tracebackgraph.generator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorTests {

	@TempDir
	Path dir;

	@Test
	void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws Exception {
		GenerateCommand.write(500, 7, "csv", this.dir.resolve("a.csv"), this.dir.resolve("a.json"));
		GenerateCommand.write(500, 7, "csv", this.dir.resolve("b.csv"), this.dir.resolve("b.json"));
		GenerateCommand.write(500, 8, "csv", this.dir.resolve("c.csv"), this.dir.resolve("c.json"));

		assertThat(Files.readString(this.dir.resolve("a.csv"))).isEqualTo(Files.readString(this.dir.resolve("b.csv")));
		assertThat(Files.readString(this.dir.resolve("a.json")))
			.isEqualTo(Files.readString(this.dir.resolve("b.json")));
		assertThat(Files.readString(this.dir.resolve("a.csv")))
			.isNotEqualTo(Files.readString(this.dir.resolve("c.csv")));
	}

	@Test
	void routesLookLikeTheItgsFigures() throws Exception {
		Path file = this.dir.resolve("t.csv");
		long hops = GenerateCommand.write(20_000, 42, "csv", file, this.dir.resolve("truth.json"));
		List<String[]> rows = Files.readAllLines(file)
			.stream()
			.skip(1)
			.map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
			.toList();
		Map<String, List<String[]>> byTraceback = rows.stream().collect(Collectors.groupingBy(row -> row[0]));

		assertThat(rows).hasSize((int) hops);
		assertThat(byTraceback).hasSize(20_000);
		double meanHops = (double) hops / byTraceback.size();
		assertThat(meanHops).isBetween(5.2, 6.0);
		assertThat(byTraceback.values().stream().mapToInt(List::size).min().getAsInt()).isEqualTo(2);
		assertThat(byTraceback.values().stream().mapToInt(List::size).max().getAsInt()).isLessThanOrEqualTo(10);
		long partial = byTraceback.values()
			.stream()
			.filter(hopRows -> hopRows.stream().anyMatch(row -> "NO_RESPONSE".equals(row[19])))
			.count();
		assertThat(partial / 20_000.0).isBetween(0.08, 0.12);
		Map<String, Long> callsPerProvider = rows.stream()
			.collect(Collectors.groupingBy(row -> row[13], Collectors.counting()));
		List<Long> sizes = callsPerProvider.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();
		// heavy-tailed: the biggest carrier is on far more routes than the median
		// provider
		assertThat(sizes.getFirst()).isGreaterThan(20 * sizes.get(sizes.size() / 2));
		// foreign providers reach US networks only through gateways
		Map<String, String[]> byPosition = new HashMap<>();
		for (List<String[]> hopRows : byTraceback.values()) {
			for (String[] row : hopRows) {
				byPosition.put(row[0] + "#" + row[12], row);
			}
			for (String[] row : hopRows) {
				String[] downstream = byPosition.get(row[0] + "#" + (Integer.parseInt(row[12]) - 1));
				if (!"US".equals(row[15]) && downstream != null) {
					assertThat(downstream[16]).isIn("GATEWAY", "INTERMEDIATE");
					assertThat(downstream[15].equals("US") ? downstream[16] : "GATEWAY").isEqualTo("GATEWAY");
				}
			}
		}
	}

	@Test
	void theTruthNamesTheBadActorsAndIsNotInTheData() throws Exception {
		Path file = this.dir.resolve("t.csv");
		Path truth = this.dir.resolve("truth.json");
		GenerateCommand.write(2_000, 42, "csv", file, truth);

		String truthText = Files.readString(truth);
		assertThat(truthText).contains("\"seed\": 42", "\"kind\": \"ORIGINATOR\"", "\"kind\": \"GATEWAY\"",
				"\"hiddenBehind\": \"transit-");
		assertThat(Files.readString(file)).doesNotContainIgnoringCase("bad").doesNotContain("truth");
	}

	@Test
	void theCommandLineNeedsACountAndAnOutput() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

		assertThat(GenerateCommand.run(new String[] { "generate", "--seed", "1" }, System.out, errors)).isEqualTo(2);
		assertThat(
				GenerateCommand.run(new String[] { "generate", "--tracebacks", "x", "--out", "f" }, System.out, errors))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: generate");
		assertThat(GenerateCommand.run(new String[] { "generate", "--tracebacks", "3", "--out",
				this.dir.resolve("x.jsonl").toString(), "--format", "jsonl" }, System.out, errors))
			.isZero();
	}

}
