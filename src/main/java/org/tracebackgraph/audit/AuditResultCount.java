package org.tracebackgraph.audit;

import java.util.Collection;

import org.tracebackgraph.web.Counted;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Tells the audit trail how many results an answer carried: the items of a list, the
 * tracebacks of an import, none for a problem, one for any other answer.
 */
@ControllerAdvice
class AuditResultCount implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servlet) {
			servlet.getServletRequest().setAttribute(AuditFilter.RESULT_COUNT, count(body));
		}
		return body;
	}

	private static long count(Object body) {
		if (body instanceof Counted counted) {
			return counted.resultCount();
		}
		if (body instanceof Collection<?> collection) {
			return collection.size();
		}
		if (body == null || body instanceof ProblemDetail) {
			return 0;
		}
		return 1;
	}

}
