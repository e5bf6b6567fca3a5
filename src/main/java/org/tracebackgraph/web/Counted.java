package org.tracebackgraph.web;

/**
 * An answer that knows how many results it carries, for the audit trail's result count.
 */
public interface Counted {

	long resultCount();

}
