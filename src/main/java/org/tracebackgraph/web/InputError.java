package org.tracebackgraph.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request's content.
 *
 * @param index the item's index in a JSON array (0-based), if the input was JSON
 * @param row the line in a CSV file (the header is line 1), if the input was CSV
 * @param field the field or CSV column, e.g. {@code hops[2].role} or {@code hop_role}
 * @param reason what is wrong, without echoing personal data
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(Integer index, Long row, String field, String reason) {

	public static InputError atIndex(int index, String field, String reason) {
		return new InputError(index, null, field, reason);
	}

	public static InputError atRow(long row, String field, String reason) {
		return new InputError(null, row, field, reason);
	}

	public static InputError of(String field, String reason) {
		return new InputError(null, null, field, reason);
	}

}
