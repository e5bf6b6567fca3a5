package org.tracebackgraph.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.tracebackgraph.generator.SyntheticWorld.Provider;
import org.tracebackgraph.web.CsvOutput;

/**
 * Writes realistic synthetic tracebacks, streaming, deterministic for a seed, with the
 * planted bad actors in a separate truth file (never in the data):
 *
 * <pre>
 * java -jar traceback-graph.jar generate --tracebacks 1000000 --seed 42 --out tracebacks.csv
 *      [--format csv|jsonl] [--truth truth.json]
 * </pre>
 *
 * It needs no database and starts no Spring context.
 */
public final class GenerateCommand {

	static final String USAGE = """
			Usage: generate --tracebacks N --seed S --out FILE [--format csv|jsonl] [--truth FILE]
			  writes N synthetic tracebacks (CSV: one row per hop; jsonl: one traceback per line)
			  and the planted bad actors to the truth file (default: FILE + .truth.json)
			""";

	private GenerateCommand() {
	}

	/**
	 * @param args the command line, starting with {@code generate}
	 * @return the exit code: 0 done, 2 wrong arguments, 1 the file could not be written
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		long tracebacks;
		long seed;
		try {
			tracebacks = Long.parseLong(options.getOrDefault("--tracebacks", ""));
			seed = Long.parseLong(options.getOrDefault("--seed", "42"));
		}
		catch (NumberFormatException ex) {
			err.print(USAGE);
			return 2;
		}
		String format = options.getOrDefault("--format", "csv");
		if ((args.length - 1) % 2 != 0 || tracebacks < 1 || !options.containsKey("--out")
				|| !(format.equals("csv") || format.equals("jsonl"))) {
			err.print(USAGE);
			return 2;
		}
		Path file = Path.of(options.get("--out"));
		Path truth = Path.of(options.getOrDefault("--truth", file + ".truth.json"));
		try {
			long started = System.nanoTime();
			long hops = write(tracebacks, seed, format, file, truth);
			out.printf("Wrote %d tracebacks (%d hops) to %s and the truth to %s in %d ms%n", tracebacks, hops, file,
					truth, (System.nanoTime() - started) / 1_000_000);
			return 0;
		}
		catch (IOException ex) {
			err.println("Cannot write: " + ex.getMessage());
			return 1;
		}
	}

	static long write(long tracebacks, long seed, String format, Path file, Path truth) throws IOException {
		SyntheticWorld world = SyntheticWorld.build(seed, tracebacks);
		SyntheticTracebacks source = new SyntheticTracebacks(world, seed);
		long hops = 0;
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			CsvOutput.Printer csv = format.equals("csv") ? TracebackFiles.csvHeader(out) : null;
			for (long i = 0; i < tracebacks; i++) {
				SyntheticTracebacks.Traceback traceback = source.next();
				hops += traceback.hops().size();
				if (csv != null) {
					TracebackFiles.csv(traceback, csv);
				}
				else {
					TracebackFiles.jsonLine(traceback, out);
				}
			}
			if (csv != null) {
				csv.flush();
			}
		}
		Files.writeString(truth, truth(world, seed, tracebacks), StandardCharsets.UTF_8);
		return hops;
	}

	/**
	 * The planted bad actors, for measuring risk scoring; never written into the graph.
	 */
	static String truth(SyntheticWorld world, long seed, long tracebacks) {
		String actors = world.badActors()
			.stream()
			.map(provider -> "    {\"providerId\": \"" + provider.id() + "\", \"kind\": \"" + kind(world, provider)
					+ "\", \"hiddenBehind\": "
					+ ((provider.front() != null) ? "\"" + provider.front().id() + "\"" : "null") + "}")
			.collect(Collectors.joining(",\n"));
		return "{\n  \"seed\": " + seed + ",\n  \"tracebacks\": " + tracebacks + ",\n  \"badActors\": [\n" + actors
				+ "\n  ]\n}\n";
	}

	private static String kind(SyntheticWorld world, Provider provider) {
		return world.gateways().contains(provider) ? "GATEWAY" : "ORIGINATOR";
	}

}
