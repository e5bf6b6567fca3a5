package org.tracebackgraph.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machines by the key in the {@code X-API-Key} header. A request without
 * the header goes on to the other authentication methods; a wrong key ends with 401.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeys keys;

	private final AuthenticationEntryPoint entryPoint;

	ApiKeyAuthenticationFilter(ApiKeys keys, AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		if (presented == null || presented.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		var key = this.keys.find(presented.strip());
		if (key.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response, new BadCredentialsException("unknown API key"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(key.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/** A machine authenticated by its API key; its name is the key's name. */
	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private final String name;

		ApiKeyAuthentication(AccessProperties.ApiKey key) {
			super(authorities(key));
			this.name = key.name();
			setAuthenticated(true);
		}

		private static List<GrantedAuthority> authorities(AccessProperties.ApiKey key) {
			return key.roles()
				.stream()
				.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
				.toList();
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.name;
		}

		@Override
		public String getName() {
			return this.name;
		}

	}

}
