package org.tracebackgraph.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one factory of the app's RFC 9457 problem details, for the controller advice and
 * for the filters that answer before any controller runs (security, query strings). Every
 * problem has a type under {@value #TYPE_BASE}, a title, a detail, and where the request
 * named something wrong an {@code errors} list of {@link InputError}s.
 */
public final class Problems {

	public static final String TYPE_BASE = "https://traceback-graph.org/problems/";

	private static final String NUMBERS = "/api/numbers/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * @param status the HTTP status
	 * @param type the last part of the type URL, e.g. {@code not-found}
	 * @param title a short, fixed summary of the type
	 * @param detail this occurrence in one sentence, without personal data
	 */
	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	/** As {@link #of}, listing what was wrong. */
	public static ProblemDetail of(HttpStatus status, String type, String title, String detail,
			List<InputError> errors) {
		ProblemDetail problem = of(status, type, title, detail);
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

	/** 400 naming the parameters that cannot be used. */
	public static ProblemDetail badParameters(String detail, List<InputError> errors) {
		return of(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", detail, errors);
	}

	/**
	 * The problem's {@code instance}: the request's path, except under
	 * {@code /api/numbers/}, where the path is a subscriber's phone number.
	 */
	public static URI instance(String path) {
		if (path == null) {
			return null;
		}
		return URI.create(path.startsWith(NUMBERS) ? NUMBERS + "\u2026" : path);
	}

	/**
	 * Writes a problem as the whole response, for filters outside Spring MVC; its
	 * instance is the request's path.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(instance(request.getRequestURI()));
		write(response, problem);
	}

	/**
	 * As {@link #write(HttpServletRequest, HttpServletResponse, ProblemDetail)}, with the
	 * instance as set.
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

}
