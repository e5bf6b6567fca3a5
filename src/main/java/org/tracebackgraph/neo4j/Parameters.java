package org.tracebackgraph.neo4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of one query, built in one expression; unlike {@code Map.of} it takes
 * {@code null}s, which the queries read as "no filter".
 */
public final class Parameters {

	private final Map<String, Object> values = new LinkedHashMap<>();

	private Parameters() {
	}

	public static Parameters none() {
		return new Parameters();
	}

	public static Parameters of(String name, Object value) {
		return new Parameters().and(name, value);
	}

	public Parameters and(String name, Object value) {
		if (this.values.containsKey(name)) {
			throw new IllegalArgumentException("Parameter '" + name + "' is set twice");
		}
		this.values.put(name, value);
		return this;
	}

	/** Adds what a parameter object (paging, a date window) binds. */
	public Parameters with(Source source) {
		source.bindTo(this);
		return this;
	}

	public Map<String, Object> asMap() {
		return Collections.unmodifiableMap(this.values);
	}

	@Override
	public String toString() {
		// Names only: values may be phone numbers.
		return "Parameters" + this.values.keySet();
	}

	/**
	 * Something that binds the same parameters to every query that takes it, such as a
	 * page ({@code skip}, {@code limit}) or a window of call dates ({@code from},
	 * {@code to}).
	 */
	@FunctionalInterface
	public interface Source {

		void bindTo(Parameters parameters);

	}

}
