package org.tracebackgraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the API in its OpenAPI document (served at /v3/api-docs, Swagger UI at
 * /swagger-ui.html), and how to log in: Swagger UI's Authorize button takes either.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tracebackGraphApi() {
		return new OpenAPI()
			.info(new Info().title("Traceback Graph")
				.version("v1")
				.description("Illegal-robocall tracebacks in Neo4j: ingest tracebacks and letters, rebuild each call's"
						+ " route hop by hop. Errors are RFC 9457 problem details.")
				.license(new License().name("GPL-3.0-or-later")))
			.components(new Components()
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("People: user name and password"))
				.addSecuritySchemes("apiKey",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-API-Key")
							.description("Machines: an API key")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}

}
