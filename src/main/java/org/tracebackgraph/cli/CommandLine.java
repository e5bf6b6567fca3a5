package org.tracebackgraph.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the command the arguments name, or prints every command's usage. Refused input (an
 * {@link InvalidInputException}) is listed error by error with its line and column, and
 * ends with exit code 1.
 */
@Component
@Profile("cli")
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	@Autowired
	CommandLine(List<Command> commands) {
		this(commands, System.out, System.err);
	}

	CommandLine(List<Command> commands, PrintStream out, PrintStream err) {
		this.commands = commands.stream().sorted(Comparator.comparing(c -> String.join(" ", c.words()))).toList();
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		this.exitCode = run(args.getNonOptionArgs());
	}

	int run(List<String> words) throws Exception {
		for (Command command : this.commands) {
			List<String> selector = command.words();
			if (words.size() >= selector.size() && words.subList(0, selector.size()).equals(selector)) {
				try {
					int code = command.run(words.subList(selector.size(), words.size()), this.out, this.err);
					if (code == 2) {
						this.err.print(usage());
					}
					return code;
				}
				catch (InvalidInputException ex) {
					printErrors(ex);
					return 1;
				}
			}
		}
		this.err.print(usage());
		return 2;
	}

	String usage() {
		StringBuilder usage = new StringBuilder("Usage: java -jar traceback-graph.jar COMMAND\n");
		usage.append("  generate --tracebacks N --seed S --out FILE\n      synthetic tracebacks (no database)\n");
		for (Command command : this.commands) {
			usage.append("  ")
				.append(String.join(" ", command.words()))
				.append(' ')
				.append(command.arguments())
				.append("\n      ")
				.append(command.description())
				.append('\n');
		}
		return usage.toString();
	}

	private void printErrors(InvalidInputException ex) {
		this.err.println(ex.getMessage());
		for (InputError error : ex.errors()) {
			StringBuilder line = new StringBuilder("  ");
			if (error.row() != null) {
				line.append("line ").append(error.row()).append(", ");
			}
			this.err.println(line.append(error.field()).append(": ").append(error.reason()));
		}
		if (ex.totalErrors() > ex.errors().size()) {
			this.err.println("  … and " + (ex.totalErrors() - ex.errors().size()) + " more");
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
