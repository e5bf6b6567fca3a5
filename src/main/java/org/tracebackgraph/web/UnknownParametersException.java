package org.tracebackgraph.web;

import java.util.List;

/**
 * Query parameters the endpoint does not read: answered with 400 naming each, since an
 * ignored filter would make an answer look narrower than it is.
 */
public class UnknownParametersException extends RuntimeException {

	private final List<InputError> errors;

	public UnknownParametersException(List<InputError> errors) {
		super("Unknown query parameter" + ((errors.size() == 1) ? "" : "s") + ": "
				+ String.join(", ", errors.stream().map(InputError::field).toList()));
		this.errors = List.copyOf(errors);
	}

	public List<InputError> errors() {
		return this.errors;
	}

}
