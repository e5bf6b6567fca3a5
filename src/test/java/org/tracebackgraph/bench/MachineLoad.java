package org.tracebackgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What else the machine was doing while we measured: the load average and the JVMs and
 * PostgreSQL processes that are not part of this run (the app, this harness, our own
 * cluster). Figures from a shared 2-core machine are not comparable to a quiet run's, so
 * the results file says which one it was instead of leaving the reader to guess. Read
 * from {@code /proc}, so the counts need no tools and see other users' processes too.
 */
final class MachineLoad {

	private static final Path PROC = Path.of("/proc");

	private MachineLoad() {
	}

	/**
	 * @param loadAverage {@code /proc/loadavg} as read
	 * @param load1 its 1-minute figure
	 * @param otherJvms java processes other than the app and this harness (and its
	 * children)
	 * @param otherPostgres postgres processes other than our cluster's
	 */
	record Snapshot(String loadAverage, double load1, int otherJvms, int otherPostgres) {

		String describe() {
			return String.format(Locale.ROOT, "load average %s; %d other JVMs, %d other postgres processes",
					this.loadAverage, this.otherJvms, this.otherPostgres);
		}

	}

	/**
	 * @param appPid the app's process, or -1 if unknown
	 * @param postmasterPid our cluster's postmaster, or -1 if unknown
	 */
	static Snapshot now(long appPid, long postmasterPid) {
		String loadAverage = read(PROC.resolve("loadavg"));
		String[] fields = loadAverage.split(" ");
		long self = ProcessHandle.current().pid();
		int jvms = 0;
		int postgres = 0;
		try (Stream<Path> processes = Files.list(PROC)) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				String name = process.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				long pid = Long.parseLong(name);
				String command = read(process.resolve("comm"));
				long parent = parent(process);
				if (command.equals("java") && pid != appPid && pid != self && parent != self) {
					jvms++;
				}
				else if (command.startsWith("postgres") && pid != postmasterPid && parent != postmasterPid) {
					postgres++;
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list /proc", ex);
		}
		return new Snapshot(String.join(" ", fields[0], fields[1], fields[2]), Double.parseDouble(fields[0]), jvms,
				postgres);
	}

	/**
	 * Quiet when nothing but this run's own processes ran at the start and the end of the
	 * measuring phase: no other JVM, no other PostgreSQL. The load average is recorded
	 * beside it but not judged, since it still holds this run's own import and start-up
	 * for minutes after they end.
	 */
	static boolean quiet(Snapshot start, Snapshot end) {
		return start.otherJvms() == 0 && end.otherJvms() == 0 && start.otherPostgres() == 0 && end.otherPostgres() == 0;
	}

	private static long parent(Path process) {
		String stat = read(process.resolve("stat"));
		if (stat.lastIndexOf(')') < 0) {
			return -1;
		}
		// The command name in parentheses may hold spaces; the parent pid follows the
		// state.
		String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (after.length > 1) ? Long.parseLong(after[1]) : -1;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			// The process ended between the listing and the read.
			return "";
		}
	}

}
