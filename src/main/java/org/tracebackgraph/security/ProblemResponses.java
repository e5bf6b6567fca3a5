package org.tracebackgraph.security;

import java.net.URI;

import org.tracebackgraph.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 401, 403 and the firewall's refusals as problem details, like every other error of the
 * API. They are written here because the security filters answer before any controller
 * advice runs.
 */
final class ProblemResponses {

	/** What the web UI's JavaScript sends with every call, so a 401 opens no dialog. */
	static final String REQUESTED_WITH = "X-Requested-With";

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, ex) -> {
			// A browser that reads this header opens its own login dialog over the web
			// UI (and a headless one hangs the call): the UI sends its people to the
			// login form instead.
			if (!"XMLHttpRequest".equalsIgnoreCase(request.getHeader(REQUESTED_WITH))) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"traceback-graph\"");
			}
			Problems.write(request, response,
					Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
							"Log in with HTTP Basic or send an API key in the " + ApiKeyAuthenticationFilter.HEADER
									+ " header"));
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> {
			if (ex instanceof CsrfException) {
				Problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "csrf", "CSRF token missing",
						"A change made with a browser session needs the session's CSRF token in the X-CSRF-TOKEN"
								+ " header (the web UI sends it); machines use an API key or HTTP Basic instead"));
				return;
			}
			Problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
					"Your role does not allow this request"));
		};
	}

	/** URLs the firewall refuses (encoded slashes, NUL, path traversal, ...). */
	RequestRejectedHandler rejected() {
		return (request, response, ex) -> {
			var problem = Problems.of(HttpStatus.BAD_REQUEST, "rejected-request", "Request rejected",
					"The request URL contains characters that are not allowed here (e.g. an encoded"
							+ " slash, a NUL or a path traversal)");
			// Not the URL: it is what was refused, and may hold anything.
			problem.setInstance(URI.create("/"));
			Problems.write(response, problem);
		};
	}

}
