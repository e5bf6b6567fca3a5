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
 * With no arguments (or only {@code --options}) it serves the web UI, the REST API and,
 * when embedded, Neo4j. With a command ({@code import tracebacks FILE}, ...) it runs that
 * command without a web server (see {@code cli.CommandLine}); with {@code generate ...}
 * it writes synthetic tracebacks without touching any database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TracebackGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "generate".equals(args[0])) {
			System.exit(GenerateCommand.run(args, System.out, System.err));
		}
		SpringApplication application = new SpringApplication(TracebackGraphApplication.class);
		if (args.length > 0 && !args[0].startsWith("-")) {
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
