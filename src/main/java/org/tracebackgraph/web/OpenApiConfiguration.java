package org.tracebackgraph.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the API in its OpenAPI document (served at /v3/api-docs, Swagger UI at
 * /swagger-ui.html).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tracebackGraphApi() {
		return new OpenAPI().info(new Info().title("Traceback Graph")
			.version("v1")
			.description("Illegal-robocall tracebacks in Neo4j: ingest tracebacks and letters, rebuild each call's"
					+ " route hop by hop. Errors are RFC 9457 problem details.")
			.license(new License().name("GPL-3.0-or-later")));
	}

}
