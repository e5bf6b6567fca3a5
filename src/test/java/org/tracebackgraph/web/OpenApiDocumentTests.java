package org.tracebackgraph.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tracebackgraph.GraphTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI shows what each endpoint answers: its success with its own schema, and every
 * error as a problem detail, never with the success schema.
 */
class OpenApiDocumentTests extends GraphTest {

	private JsonNode document() throws Exception {
		String json = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(json);
	}

	@Test
	void everyEndpointDocumentsItsSuccessAndItsProblems() throws Exception {
		JsonNode paths = document().get("paths");
		List<String> checked = new ArrayList<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				JsonNode responses = paths.get(path).get(method).get("responses");
				String operation = method.toUpperCase() + " " + path;
				assertThat(responses.propertyNames().stream().anyMatch(code -> code.startsWith("2")))
					.as(operation + " documents its success")
					.isTrue();
				for (String code : responses.propertyNames()) {
					if (code.startsWith("4") || code.startsWith("5")) {
						assertThat(responses.get(code).get("content").propertyNames())
							.as(operation + " " + code + " is a problem detail")
							.containsExactly("application/problem+json");
						assertThat(responses.get(code).at("/content/application~1problem+json/schema/$ref").asString())
							.isEqualTo("#/components/schemas/Problem");
					}
				}
				checked.add(operation);
			}
		}
		assertThat(checked).hasSizeGreaterThan(20);
	}

	@Test
	void aRoutesSuccessShowsTheRouteAndItsNotFoundAProblem() throws Exception {
		JsonNode responses = document().at("/paths/~1api~1calls~1{callId}~1route/get/responses");

		assertThat(responses.at("/200/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Route");
		assertThat(responses.at("/404/description").asString()).isEqualTo("No such call");
		assertThat(responses.has("401")).isTrue();
	}

}
