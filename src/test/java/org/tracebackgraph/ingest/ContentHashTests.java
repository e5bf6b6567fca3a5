package org.tracebackgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTests {

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

	@Test
	void theSameContentHashesTheSameWhateverTheOrderOfItsKeys() {
		assertThat(ContentHash.of(row("a", 1L, "b", "x", "c", null)))
			.isEqualTo(ContentHash.of(row("c", null, "b", "x", "a", 1L)));
	}

	@Test
	void aChangedValueOrTypeChangesTheHash() {
		String base = ContentHash.of(row("a", 1L, "when", LocalDate.of(2024, 1, 2)));
		assertThat(ContentHash.of(row("a", 2L, "when", LocalDate.of(2024, 1, 2)))).isNotEqualTo(base);
		assertThat(ContentHash.of(row("a", "1", "when", LocalDate.of(2024, 1, 2)))).isNotEqualTo(base);
		assertThat(ContentHash.of(row("a", 1L, "when", "2024-01-02"))).isNotEqualTo(base);
	}

	@Test
	void textCannotImitateTheSeparators() {
		assertThat(ContentHash.of(row("a", "x,b:1"))).isNotEqualTo(ContentHash.of(row("a", "x", "b", 1L)));
		assertThat(ContentHash.of(row("l", List.of("a,b")))).isNotEqualTo(ContentHash.of(row("l", List.of("a", "b"))));
	}

	@Test
	void anInstantHashesTheSameInAnyOffset() {
		assertThat(ContentHash.of(row("at", OffsetDateTime.parse("2024-01-02T10:00:00+02:00"))))
			.isEqualTo(ContentHash.of(row("at", OffsetDateTime.parse("2024-01-02T08:00:00Z"))));
	}

}
