package org.tracebackgraph.model;

/**
 * A place where a traceback's chain breaks.
 *
 * @param position the position of the last known hop before the break (towards the
 * origin), or {@code null} when the break concerns hops with unknown positions
 * @param providerId the provider at that hop, if one is known
 * @param reason why the chain breaks there
 */
public record ChainBreak(Integer position, String providerId, BreakReason reason) {

}
