package org.tracebackgraph.provider;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.neo4j.Row;
import org.tracebackgraph.web.Counted;

/**
 * Traced calls per month, for a chart of traffic over time.
 *
 * @param months the months with calls, oldest first
 */
@Schema(description = "Traced calls per month, oldest first; months without calls are not listed")
record MonthlyCalls(List<Month> months) implements Counted {

	@Override
	public long resultCount() {
		return this.months.size();
	}

	/**
	 * One month.
	 *
	 * @param month the month, e.g. {@code 2023-09}
	 * @param calls traced calls made in it
	 */
	record Month(String month, long calls) {

		static Month of(Row row) {
			return new Month(row.string("month"), row.longValue("calls"));
		}

	}

}
