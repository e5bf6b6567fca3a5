package org.tracebackgraph.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tracebackgraph.web.Counted;

/**
 * What a search found: exact identifiers first, then names that contain the text.
 *
 * @param query the text searched for, as given
 * @param e164 the text read as a phone number, if it can be one
 * @param items the things found
 * @param itemsTruncated whether more names matched than listed
 */
@Schema(description = "What a search found, exact identifiers first")
record SearchResult(String query, String e164, List<SearchHit> items, boolean itemsTruncated) implements Counted {

	@Override
	public long resultCount() {
		return this.items.size();
	}

}
