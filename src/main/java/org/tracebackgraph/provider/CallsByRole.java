package org.tracebackgraph.provider;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;

/**
 * A provider's traced calls by the role it had on them. A call counts once per role the
 * provider had in its traceback, so the roles may add up to more than the total when a
 * provider appears twice on one route.
 *
 * @param originating calls it put on the network
 * @param gateway calls it let into US networks
 * @param intermediate calls it passed on
 * @param terminating calls it delivered
 * @param unknown calls it carried at an unknown position (e.g. a letter's chart)
 */
@Schema(description = "Traced calls by the provider's role on them")
record CallsByRole(long originating, long gateway, long intermediate, long terminating, long unknown) {

	static CallsByRole of(Row row) {
		return new CallsByRole(row.longValue("originating"), row.longValue("gateway"), row.longValue("intermediate"),
				row.longValue("terminating"), row.longValue("unknown"));
	}

}
