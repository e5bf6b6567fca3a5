package org.tracebackgraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tracebackgraph.web.RequestPrincipal;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers who the request is from once authentication is done, for the audit trail
 * (which runs outside the security filters), and how they authenticated: {@code api-key},
 * {@code basic}, or {@code session} (a person logged in with the form).
 */
final class PrincipalCapture extends OncePerRequestFilter {

	static final String FORM = "form";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			new RequestPrincipal(authentication.getName(), method(request, authentication)).storeOn(request);
		}
		chain.doFilter(request, response);
	}

	private static String method(HttpServletRequest request, Authentication authentication) {
		if (authentication instanceof ApiKeyAuthenticationFilter.ApiKeyAuthentication) {
			return "api-key";
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return "basic";
		}
		return "session";
	}

}
