package org.tracebackgraph.network;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * The shortest routes from one provider to another along the provider network, in call
 * direction.
 *
 * @param from the provider the routes start at (upstream)
 * @param to the provider the routes end at (downstream)
 * @param maxHops the most hand-overs a route may have
 * @param k the most routes asked for
 * @param paths the routes: fewest hand-overs first, then the busiest bottleneck, then by
 * the providers' ids; empty when none is known
 */
@Schema(description = "The shortest routes from one provider to another, in call direction")
record ProviderPaths(String from, String to, int maxHops, int k, List<Path> paths) {

	/**
	 * One route.
	 *
	 * @param hops how many hand-overs it has
	 * @param bottleneck the fewest calls on any of its hand-overs
	 * @param providers the providers in call order
	 * @param edges its hand-overs in call order
	 */
	record Path(int hops, long bottleneck, List<Provider> providers, List<HandOver> edges) {

		static Path of(Row row) {
			return new Path(row.intValue("hops"), row.longValue("bottleneck"),
					row.list("providers", provider -> new Provider(provider.string("id"), provider.string("name"))),
					row.list("edges", HandOver::of));
		}

	}

	/**
	 * A provider on a route.
	 *
	 * @param id the provider's id
	 * @param name its name
	 */
	record Provider(String id, String name) {

	}

}
