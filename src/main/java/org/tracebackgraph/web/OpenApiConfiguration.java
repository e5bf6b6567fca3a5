package org.tracebackgraph.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the API in its OpenAPI document (served at /v3/api-docs, Swagger UI at
 * /swagger-ui.html), how to log in (Swagger UI's Authorize button takes either), and what
 * every endpoint answers: its success with the schema it returns, and its errors as the
 * problem details they are ({@code application/problem+json}), never with the success
 * schema.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	/** Answers every endpoint may give, whatever it documents itself. */
	private static final Map<String, String> COMMON_PROBLEMS = Map.of("401",
			"No or wrong credentials (HTTP Basic, an X-API-Key, or a browser session)", "403",
			"Your role does not allow this request", "503",
			"The database is unavailable (retry after Retry-After seconds) or the query ran into the timeout");

	@Bean
	OpenAPI tracebackGraphApi() {
		return new OpenAPI()
			.info(new Info().title("Traceback Graph")
				.version("v1")
				.description("Illegal-robocall tracebacks in Neo4j: ingest tracebacks and letters, rebuild each call's"
						+ " route hop by hop, rank and score providers, walk the provider network. Errors are"
						+ " RFC 9457 problem details.")
				.license(new License().name("GPL-3.0-or-later")))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
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

	/**
	 * springdoc gives an endpoint that documents only its errors no success answer, and
	 * gives each error the success schema: here the success answer gets the schema the
	 * method returns, and errors get the problem schema.
	 */
	@Bean
	OperationCustomizer problemAnswers() {
		return (operation, handler) -> {
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			Content returned = responses.values()
				.stream()
				.map(ApiResponse::getContent)
				.filter(content -> content != null && !content.isEmpty())
				.findFirst()
				.orElse(null);
			boolean documentsSuccess = responses.keySet().stream().anyMatch(code -> code.startsWith("2"));
			if (!documentsSuccess) {
				responses.addApiResponse("200", new ApiResponse().description("OK").content(json(returned)));
			}
			responses.forEach((code, response) -> {
				if (code.startsWith("2") && response.getContent() == null) {
					response.setContent(json(returned));
				}
				if (code.startsWith("4") || code.startsWith("5")) {
					response.setContent(problem());
				}
			});
			COMMON_PROBLEMS.forEach((code, description) -> {
				if (!responses.containsKey(code)) {
					responses.addApiResponse(code, new ApiResponse().description(description).content(problem()));
				}
			});
			operation.setResponses(responses);
			return operation;
		};
	}

	/** The success content as JSON when springdoc wrote it for any type. */
	private static Content json(Content returned) {
		if (returned == null) {
			return null;
		}
		Content content = new Content();
		returned.forEach((type, media) -> content.addMediaType("*/*".equals(type) ? "application/json" : type, media));
		return content;
	}

	private static Content problem() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	private static Schema<?> problemSchema() {
		Schema<?> error = new ObjectSchema()
			.addProperty("index", new IntegerSchema().description("the item's index in a JSON array"))
			.addProperty("row", new IntegerSchema().description("the line in a CSV file (the header is line 1)"))
			.addProperty("field", new StringSchema().description("the field, column or parameter"))
			.addProperty("reason", new StringSchema().description("what is wrong (never the rejected value)"));
		return new ObjectSchema().description("An RFC 9457 problem detail")
			.addProperty("type", new StringSchema().example("https://traceback-graph.org/problems/bad-parameter"))
			.addProperty("title", new StringSchema().example("Bad parameter"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("Parameter 'depth' must be between 1 and 6"))
			.addProperty("instance", new StringSchema().example("/api/providers/big-carrier/upstream"))
			.addProperty("errors", new ArraySchema().items(error))
			.addProperty("totalErrors", new IntegerSchema().description("all errors found, when more than listed"))
			.required(List.of("type", "title", "status"));
	}

}
