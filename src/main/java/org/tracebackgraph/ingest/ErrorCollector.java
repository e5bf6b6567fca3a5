package org.tracebackgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.tracebackgraph.web.InputError;
import org.tracebackgraph.web.InvalidInputException;

/**
 * Collects the errors of one batch, keeping the first few and counting them all, so a
 * huge bad file yields a readable answer.
 */
final class ErrorCollector {

	private final int cap;

	private final List<InputError> errors = new ArrayList<>();

	private long total;

	ErrorCollector(int cap) {
		this.cap = cap;
	}

	void add(InputError error) {
		this.total++;
		if (this.errors.size() < this.cap) {
			this.errors.add(error);
		}
	}

	boolean isEmpty() {
		return this.total == 0;
	}

	long total() {
		return this.total;
	}

	void throwIfAny(String what) {
		if (this.total > 0) {
			throw new InvalidInputException(what + " rejected: " + this.total + (this.total == 1 ? " error" : " errors")
					+ "; nothing was written", this.errors, this.total, false);
		}
	}

}
