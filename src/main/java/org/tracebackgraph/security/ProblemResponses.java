package org.tracebackgraph.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the API. They are
 * written here because the security filters answer before any controller advice runs.
 */
final class ProblemResponses {

	private static final String TYPE_BASE = "https://traceback-graph.org/problems/";

	private final JsonMapper json = JsonMapper.builder().build();

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"traceback-graph\"");
			write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
					"Log in with HTTP Basic or send an API key in the " + ApiKeyAuthenticationFilter.HEADER + " header",
					request.getRequestURI());
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"Your role does not allow this request", request.getRequestURI());
	}

	/** URLs the firewall refuses (encoded slashes, NUL, path traversal, ...). */
	RequestRejectedHandler rejected() {
		return (request, response, ex) -> write(response, HttpStatus.BAD_REQUEST, "rejected-request",
				"Request rejected", "The request URL contains characters that are not allowed here (e.g. an encoded"
						+ " slash, a NUL or a path traversal)",
				"/");
	}

	private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
			String path) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPE_BASE + type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		// The path, not the URI: under /api/numbers/ it would be a phone number.
		problem.put("instance", path.startsWith("/api/numbers/") ? "/api/numbers/{e164}" : path);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

}
