package org.tracebackgraph.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One thing the command line does
 * ({@code java -jar traceback-graph.jar import rmd FILE}). Features contribute commands
 * as beans of the {@code cli} profile; {@link CommandLine} runs the one whose words
 * match. A command checks its input before it touches the database: the context starts
 * lazily there, so a bad file is refused in seconds, before Neo4j starts.
 */
public interface Command {

	/**
	 * @return the words that select it, e.g. {@code ["import", "rmd"]}
	 */
	List<String> words();

	/**
	 * @return the arguments after the words, e.g. {@code FILE.csv}
	 */
	String arguments();

	/**
	 * @return one line on what it does
	 */
	String description();

	/**
	 * @param arguments the words after {@link #words()}
	 * @param out for the result a person reads
	 * @param err for progress and errors
	 * @return the exit code: 0 done, 1 the input was refused (nothing written), 2 wrong
	 * arguments
	 */
	int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;

}
