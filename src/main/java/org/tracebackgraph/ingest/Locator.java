package org.tracebackgraph.ingest;

import org.tracebackgraph.web.InputError;

/**
 * Says where a field of one traceback sits in the input: an index and a JSON path for
 * JSON, a line and a column for CSV.
 */
@FunctionalInterface
interface Locator {

	/**
	 * @param field the field
	 * @param hop the hop's index within the traceback, or {@code null} for traceback and
	 * call fields
	 * @param reason what is wrong
	 * @return the error, located
	 */
	InputError error(Field field, Integer hop, String reason);

	static Locator jsonItem(int index) {
		return (field, hop, reason) -> InputError.atIndex(index, field.jsonPath(hop), reason);
	}

}
