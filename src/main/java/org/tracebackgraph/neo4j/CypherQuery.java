package org.tracebackgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One query from a file under {@code cypher/}, as an investigator would paste it into
 * Neo4j Browser: a header comment, an optional {@code :param {...};} block with example
 * values, then the query itself ending with {@code ;}. The app runs the query without the
 * {@code :param} block; tests evaluate the block to run the file as-is.
 *
 * @param name path below {@code cypher/}, without the extension
 * @param text the query the app runs
 * @param exampleParameters the map literal of the {@code :param} block, if any
 */
public record CypherQuery(String name, String text, Optional<String> exampleParameters) {

	/**
	 * Loads {@code cypher/<name>.cypher} from the classpath. Call it while the app starts
	 * (in a constructor) so a missing or empty file stops the start-up.
	 * @param name path below {@code cypher/}, e.g. {@code route/route-of-traceback}
	 * @return the query
	 */
	public static CypherQuery load(String name) {
		return parse(name, new ClassPathResource("cypher/" + name + ".cypher"));
	}

	/**
	 * @param folder a folder below {@code cypher/}, e.g. {@code schema}
	 * @param ending how the files' names end, e.g. {@code .cypher}
	 * @return the names of the folder's files with that ending, the ending cut off, in
	 * name order
	 */
	static List<String> namesIn(String folder, String ending) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/" + folder + "/*" + ending);
			return Arrays.stream(files)
				.map((file) -> file.getFilename())
				.map((file) -> file.substring(0, file.length() - ending.length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list cypher/" + folder, ex);
		}
	}

	static CypherQuery parse(String name, Resource resource) {
		if (!resource.exists()) {
			throw new IllegalStateException("Cypher file missing: cypher/" + name + ".cypher");
		}
		try (InputStream in = resource.getInputStream()) {
			return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read cypher/" + name + ".cypher", ex);
		}
	}

	static CypherQuery parse(String name, String source) {
		StringBuilder query = new StringBuilder();
		StringBuilder params = null;
		boolean inParams = false;
		for (String line : source.split("\\R")) {
			String trimmed = line.strip();
			if (!inParams && trimmed.startsWith(":param")) {
				if (params != null) {
					throw new IllegalStateException("cypher/" + name + ".cypher has more than one :param block");
				}
				params = new StringBuilder();
				inParams = true;
				line = trimmed.substring(":param".length());
			}
			if (inParams) {
				String part = line.strip();
				boolean last = part.endsWith(";");
				params.append(last ? part.substring(0, part.length() - 1) : line).append('\n');
				inParams = !last;
				continue;
			}
			query.append(line).append('\n');
		}
		if (inParams) {
			throw new IllegalStateException("cypher/" + name + ".cypher: the :param block does not end with ';'");
		}
		String text = query.toString().strip();
		if (text.endsWith(";")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
			throw new IllegalStateException("cypher/" + name + ".cypher holds no query");
		}
		return new CypherQuery(name, text,
				Optional.ofNullable(params).map(p -> p.toString().strip()).filter(p -> !p.isEmpty()));
	}

}
