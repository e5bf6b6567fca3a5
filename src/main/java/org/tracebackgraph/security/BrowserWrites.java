package org.tracebackgraph.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Which API requests must carry the CSRF token: state-changing requests that a browser
 * session authenticates, and any state-changing request a browser sends from another
 * site. Machines (an {@code X-API-Key} or an {@code Authorization} header, no
 * {@code Sec-Fetch-Site}) never need one; their credentials are in the request, not in a
 * cookie the browser adds by itself.
 *
 * <p>
 * The second rule covers Basic credentials a browser caches after its own login dialog:
 * it would add them to a forged cross-site form post. Browsers label such requests
 * {@code Sec-Fetch-Site: cross-site}; the token they cannot have refuses them.
 */
final class BrowserWrites implements RequestMatcher {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	static final String FETCH_SITE = "Sec-Fetch-Site";

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE.contains(request.getMethod())) {
			return false;
		}
		if ("cross-site".equalsIgnoreCase(request.getHeader(FETCH_SITE))) {
			return true;
		}
		if (StringUtils.hasText(request.getHeader(ApiKeyAuthenticationFilter.HEADER))
				|| StringUtils.hasText(request.getHeader(HttpHeaders.AUTHORIZATION))) {
			return false;
		}
		// An expired session is no session: the request is then refused as
		// unauthenticated (401), not as forged (403).
		return request.getSession(false) != null;
	}

}
