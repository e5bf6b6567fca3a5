package org.tracebackgraph.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the provider network queries.
 *
 * @param maxFilteredCalls most calls a campaign or date filter may match: a filtered
 * network is counted from the hops of every matching call, so a broader filter is refused
 * with 400 rather than left to run long
 */
@ConfigurationProperties("traceback.network")
record NetworkProperties(@DefaultValue("200000") int maxFilteredCalls) {

}
