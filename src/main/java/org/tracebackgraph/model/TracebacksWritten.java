package org.tracebackgraph.model;

/**
 * Published after an import wrote tracebacks (and so perhaps providers the registry has
 * not seen), for features that keep something about providers up to date.
 *
 * @param tracebacks how many tracebacks the import wrote or found unchanged
 */
public record TracebacksWritten(long tracebacks) {
}
