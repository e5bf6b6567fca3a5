package org.tracebackgraph;

import java.time.Clock;

import org.tracebackgraph.generator.GenerateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Traceback Graph: illegal-robocall tracebacks in Neo4j.
 *
 * <p>
 * With no arguments it serves the REST API. With {@code import ...} arguments it runs the
 * command-line importer without a web server, for files too big for HTTP; with
 * {@code generate ...} it writes synthetic tracebacks without touching any database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TracebackGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "generate".equals(args[0])) {
			System.exit(GenerateCommand.run(args, System.out, System.err));
		}
		SpringApplication application = new SpringApplication(TracebackGraphApplication.class);
		if (args.length > 0 && "import".equals(args[0])) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("cli");
		}
		ConfigurableApplicationContext context = application.run(args);
		if (application.getWebApplicationType() == WebApplicationType.NONE) {
			System.exit(SpringApplication.exit(context));
		}
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
