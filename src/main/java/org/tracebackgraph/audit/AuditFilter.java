package org.tracebackgraph.audit;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tracebackgraph.web.RequestPrincipal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * Records every API request and every web UI page request (logins and logouts included)
 * in the audit trail, including those refused by the security layer: it wraps that layer,
 * so it sees the final status. Static assets (scripts, styles, the Neo4j Browser guide)
 * and health checks are not recorded: they show nothing of the graph.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class AuditFilter extends OncePerRequestFilter {

	static final String RESULT_COUNT = AuditFilter.class.getName() + ".resultCount";

	private final AuditTrail trail;

	AuditFilter(AuditTrail trail) {
		this.trail = trail;
	}

	private static final List<String> NOT_RECORDED = List.of("/ui/", "/webjars/", "/guides/", "/swagger-ui/",
			"/actuator/health", "/favicon.ico");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		for (String prefix : NOT_RECORDED) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant at = Instant.now();
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestPrincipal principal = RequestPrincipal.of(request);
			this.trail.append(new AuditEntry(at, principal.name(), principal.method(), request.getMethod(),
					UrlPathHelper.defaultInstance.getRequestUri(request), endpoint(request), parameters(request),
					response.getStatus(), (request.getAttribute(RESULT_COUNT) instanceof Long count) ? count : null,
					(System.nanoTime() - started) / 1_000_000, request.getRemoteAddr()));
		}
	}

	private static String endpoint(HttpServletRequest request) {
		return (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
				? pattern : null;
	}

	/**
	 * The query string's parameters only: bodies (uploads) are not copied into the trail.
	 */
	private static Map<String, List<String>> parameters(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return Map.of();
		}
		try {
			return Map.copyOf(UriComponentsBuilder.newInstance()
				.query(query)
				.build()
				.getQueryParams()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						(e) -> e.getValue().stream().map(AuditFilter::decode).toList())));
		}
		catch (IllegalArgumentException ex) {
			return Map.of("_raw", List.of(query));
		}
	}

	private static String decode(String value) {
		if (value == null) {
			return "";
		}
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

}
