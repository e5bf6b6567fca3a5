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
 */
@ConfigurationProperties("traceback.ingest")
record IngestProperties(@DefaultValue("1000") int batchSize, @DefaultValue("5000") int maxTracebacksPerRequest,
		@DefaultValue("100") int maxErrors, @DefaultValue("200MB") DataSize maxUploadSize) {

}
