package org.tracebackgraph.ingest;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.tracebackgraph.cli.Command;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * {@code rebuild counters}: counts the month and campaign counters of a store loaded
 * before they existed or by an older version (or checks a store by counting them again).
 * Until then the window and campaign rankings count the calls themselves, slower but
 * alike.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cli")
class CounterCommands {

	@Bean
	Command rebuildCounters(ObjectProvider<DayCounters> counters) {
		return new Command() {

			@Override
			public List<String> words() {
				return List.of("rebuild", "counters");
			}

			@Override
			public String arguments() {
				return "";
			}

			@Override
			public String description() {
				return "counts the providers' month and campaign counters again from every stored traceback";
			}

			@Override
			public int run(List<String> arguments, PrintStream out, PrintStream err) {
				if (!arguments.isEmpty()) {
					return 2;
				}
				long started = System.nanoTime();
				err.println("Counting every stored traceback into the month and campaign counters…");
				long counted = counters.getObject().rebuild();
				out.printf(Locale.ROOT, "Counted %,d tracebacks in %.1f s%n", counted,
						(System.nanoTime() - started) / 1e9);
				return 0;
			}

		};
	}

}
