package org.tracebackgraph.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who made a request, as the security layer established it, kept on the request so that
 * filters running outside the security layer (the audit trail) can still tell after the
 * security context has been cleared.
 *
 * @param name the user's or API key's name; {@code anonymous} when unauthenticated
 * @param method how they authenticated: {@code basic}, {@code api-key} or {@code none}
 */
public record RequestPrincipal(String name, String method) {

	private static final String ATTRIBUTE = RequestPrincipal.class.getName();

	/** Nobody authenticated (no or wrong credentials). */
	public static final RequestPrincipal ANONYMOUS = new RequestPrincipal("anonymous", "none");

	public void storeOn(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

	public static RequestPrincipal of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof RequestPrincipal principal) ? principal : ANONYMOUS;
	}

}
