package org.tracebackgraph.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the audit trail is written.
 *
 * @param directory the folder of the daily audit files
 * ({@code audit-YYYY-MM-DD.N.jsonl}); nothing is ever deleted from it by the app: archive
 * old days as your retention rules say
 * @param maxFileSize a day's file is continued in a new part beyond this size
 */
@ConfigurationProperties("traceback.audit")
record AuditProperties(@DefaultValue("audit-log") Path directory, @DefaultValue("64MB") DataSize maxFileSize) {

}
