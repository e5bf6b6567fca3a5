package org.tracebackgraph.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs a command line against a given set of commands, outside the {@code cli} profile
 * (tests of a feature's commands).
 */
public final class CommandLines {

	private CommandLines() {
	}

	/**
	 * @return the exit code
	 */
	public static int run(List<Command> commands, List<String> words, PrintStream out, PrintStream err)
			throws Exception {
		return new CommandLine(commands, out, err).run(words);
	}

}
