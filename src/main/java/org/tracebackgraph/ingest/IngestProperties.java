package org.tracebackgraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and batch sizes of ingest.
 *
 * @param batchSize tracebacks written per transaction by CSV and letter imports (about
 * five hops each)
 * @param maxTracebacksPerRequest most tracebacks one JSON request may carry; bigger sets
 * go through the CSV import
 * @param maxErrors most errors listed in one problem detail (all are counted)
 * @param maxUploadSize largest CSV body accepted over HTTP; bigger files go through the
 * command line
 * @param deferCountersFrom tracebacks from which a CSV import sums its month and campaign
 * counter changes over its batches and writes them every 100,000 counters and at the end
 * instead of with each batch (1M tracebacks in 953 s instead of 1,561, same day);
 * meanwhile the window and campaign rankings count the calls (same answers, slower), and
 * an import killed midway leaves them so until {@code rebuild counters}
 * @param deferredCountersHeld most counter changes such an import holds (about 500 bytes
 * each) before it writes them
 */
@ConfigurationProperties("traceback.ingest")
record IngestProperties(@DefaultValue("1000") int batchSize, @DefaultValue("5000") int maxTracebacksPerRequest,
		@DefaultValue("100") int maxErrors, @DefaultValue("200MB") DataSize maxUploadSize,
		@DefaultValue("20000") long deferCountersFrom, @DefaultValue("100000") int deferredCountersHeld) {

}
