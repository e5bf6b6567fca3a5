package org.tracebackgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.model.TracebackStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CheckedTracebacksTests {

	@Test
	void checkedTracebacksReadBackEqualToThoseValidatedInBatchesInTheirOrder() throws IOException {
		List<Traceback> validated = validated("examples/tracebacks.csv");
		List<List<Traceback>> batches = new ArrayList<>();

		try (CheckedTracebacks checked = CheckedTracebacks.create()) {
			validated.forEach(checked::add);
			checked.finish(0);

			assertThat(checked.forEachBatch(3, batches::add)).isEqualTo(2);
			assertThat(checked.hops()).isEqualTo(validated.stream().mapToInt(t -> t.hops().size()).sum());
		}

		assertThat(batches).extracting(List::size).containsExactly(3, 1);
		assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(validated);
	}

	@Test
	void aTracebackWithOnlyDatesAndNoNumbersReadsBackTheSame() {
		Traceback.Moment day = Traceback.Moment.parse("Aug 04, 2021");
		Traceback dateOnly = new Traceback("L-1", "LETTER:L", day,
				new Traceback.Call("C-1", day, null, null, null, null, null, List.of()), List.of(new Traceback.Hop(null,
						new Traceback.Provider("acme", null, null), HopRole.UNKNOWN, null, null, null, null)),
				null, TracebackStatus.PARTIAL);
		List<Traceback> read = new ArrayList<>();

		try (CheckedTracebacks checked = CheckedTracebacks.create()) {
			checked.add(dateOnly);
			checked.finish(0).forEachBatch(10, read::addAll);
		}

		assertThat(read).containsExactly(dateOnly);
	}

	private static List<Traceback> validated(String example) throws IOException {
		TracebackValidator validator = new TracebackValidator(Clock.systemUTC());
		ErrorCollector errors = new ErrorCollector(10);
		List<Traceback> tracebacks = new ArrayList<>();
		try (CsvTracebackReader reader = new CsvTracebackReader(new ByteArrayInputStream(Examples.bytes(example)))) {
			CsvTracebackReader.Item item;
			while ((item = reader.next()) != null) {
				validator.validate(item.request(), item.locator(), errors).ifPresent(tracebacks::add);
			}
		}
		assertThat(errors.isEmpty()).isTrue();
		return tracebacks;
	}

}
