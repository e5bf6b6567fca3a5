package org.tracebackgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tracebackgraph.model.TracebacksWritten;
import org.tracebackgraph.web.InputError;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Ingest of tracebacks sent as JSON: all of a request is validated, then written in one
 * transaction, so a request is stored whole or not at all.
 */
@Service
class TracebackIngest {

	private final TracebackValidator validator;

	private final TracebackWriter writer;

	private final IngestProperties properties;

	private final ApplicationEventPublisher events;

	TracebackIngest(TracebackValidator validator, TracebackWriter writer, IngestProperties properties,
			ApplicationEventPublisher events) {
		this.events = events;
		this.validator = validator;
		this.writer = writer;
		this.properties = properties;
	}

	/**
	 * @param requests the tracebacks, each with the errors met while reading it (e.g. a
	 * wrong JSON type), which count as validation errors
	 */
	ImportSummary ingest(List<ParsedItem> requests) {
		long started = System.nanoTime();
		ErrorCollector errors = new ErrorCollector(this.properties.maxErrors());
		if (requests.size() > this.properties.maxTracebacksPerRequest()) {
			errors.add(InputError.of("body", "at most " + this.properties.maxTracebacksPerRequest()
					+ " tracebacks per request; use POST /api/imports/tracebacks for more"));
			errors.throwIfAny("Request");
		}
		List<Traceback> valid = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		long hops = 0;
		for (int i = 0; i < requests.size(); i++) {
			ParsedItem item = requests.get(i);
			if (item.error() != null) {
				errors.add(item.error());
				continue;
			}
			Locator at = Locator.jsonItem(i);
			Optional<Traceback> traceback = this.validator.validate(item.request(), at, errors);
			if (traceback.isPresent()) {
				hops += traceback.get().hops().size();
				if (!ids.add(traceback.get().tracebackId())) {
					errors.add(at.error(Field.TRACEBACK_ID, null, "appears more than once in this request"));
				}
				valid.add(traceback.get());
			}
		}
		errors.throwIfAny("Request");
		WriteCounts counts = this.writer.write(valid);
		this.events.publishEvent(new TracebacksWritten(valid.size()));
		return new ImportSummary(valid.size(), hops, counts.created(), counts.replaced(), counts.unchanged(),
				valid.isEmpty() ? 0 : 1, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * One item of a request: what could be read of it, or why it could not be read.
	 */
	record ParsedItem(TracebackRequest request, InputError error) {

	}

}
