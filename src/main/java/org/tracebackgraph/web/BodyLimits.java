package org.tracebackgraph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Caps on request bodies other than CSV uploads (which have
 * {@code traceback.ingest.max-upload-size}).
 *
 * @param maxJsonBody largest JSON body accepted; at 5,000 tracebacks per request a body
 * is well under the default
 */
@ConfigurationProperties("traceback.limits")
public record BodyLimits(@DefaultValue("16MB") DataSize maxJsonBody) {

}
