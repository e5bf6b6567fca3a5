package org.tracebackgraph;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One of the app's read endpoints, as its own request mappings declare them, so that the
 * suites that probe every parameter (injection, bad input) cover a new endpoint without
 * being told.
 *
 * @param pattern the path pattern, e.g. {@code /api/providers/{id}/upstream}
 * @param pathVariables its path variables
 * @param queryParameters its query parameters, including the components of parameter
 * objects (paging, date windows)
 */
public record Endpoint(String pattern, List<Param> pathVariables, List<Param> queryParameters) {

	/**
	 * One parameter.
	 *
	 * @param name as the client writes it
	 * @param type the Java type it is bound to
	 * @param required whether the endpoint needs it
	 */
	public record Param(String name, Class<?> type, boolean required) {

		public boolean isNumber() {
			return Number.class.isAssignableFrom(this.type) || (this.type.isPrimitive() && this.type != boolean.class);
		}

	}

	/** Every GET endpoint under {@code /api/}. */
	public static List<Endpoint> reads(RequestMappingHandlerMapping mappings) {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				return;
			}
			List<Param> pathVariables = new ArrayList<>();
			List<Param> params = new ArrayList<>();
			for (Parameter parameter : method.getMethod().getParameters()) {
				PathVariable path = parameter.getAnnotation(PathVariable.class);
				RequestParam param = parameter.getAnnotation(RequestParam.class);
				if (path != null) {
					pathVariables.add(new Param(path.value().isEmpty() ? parameter.getName() : path.value(),
							parameter.getType(), true));
				}
				if (param != null) {
					params.add(new Param(param.value().isEmpty() ? parameter.getName() : param.value(),
							parameter.getType(), param.required() && param.defaultValue().startsWith("\n")));
				}
				if (parameter.isAnnotationPresent(ParameterObject.class) && parameter.getType().isRecord()) {
					for (RecordComponent component : parameter.getType().getRecordComponents()) {
						params.add(new Param(component.getName(), component.getType(), false));
					}
				}
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					endpoints.add(new Endpoint(pattern, List.copyOf(pathVariables), List.copyOf(params)));
				}
			}
		});
		return endpoints;
	}

	public List<Param> requiredQueryParameters() {
		return this.queryParameters.stream().filter(Param::required).toList();
	}

}
