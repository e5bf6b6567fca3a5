package org.tracebackgraph.web;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's exceptions into input errors that name the field and the reason, and
 * never echo the offending value (it may be a phone number).
 */
public final class JsonErrors {

	private JsonErrors() {
	}

	public static InputError describe(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		Integer index = null;
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < path.size(); i++) {
			JacksonException.Reference reference = path.get(i);
			if (reference.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				if (i == 0) {
					index = reference.getIndex();
				}
				else {
					field.append('[').append(reference.getIndex()).append(']');
				}
			}
		}
		return new InputError(index, null, field.isEmpty() ? "body" : field.toString(), reason(ex));
	}

	private static String reason(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown field";
		}
		if (ex instanceof MismatchedInputException mismatch) {
			Class<?> target = mismatch.getTargetType();
			return (target != null) ? "wrong type: expected " + typeName(target) : "wrong type";
		}
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			return "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr();
		}
		return "malformed JSON";
	}

	private static String typeName(Class<?> type) {
		if (type == String.class) {
			return "a string";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		return "an object";
	}

}
