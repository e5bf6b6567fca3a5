package org.tracebackgraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tracebackgraph.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API answers no page of another web origin. A browser that once showed the API's
 * HTTP Basic dialog sends those credentials with any site's form post, and a form post
 * needs no preflight; the session's CSRF token does not guard Basic. Pages of this app
 * send their own origin, and machines send none.
 */
final class OwnOriginOnly extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CorsUtils.isCorsRequest(request)) {
			Problems.write(request, response,
					Problems.of(HttpStatus.FORBIDDEN, "other-origin", "Other web origin",
							"The API answers this app's own pages and clients that send no Origin header, not pages"
									+ " of another site"));
			return;
		}
		chain.doFilter(request, response);
	}

}
