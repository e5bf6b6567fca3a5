package org.tracebackgraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tracebackgraph.web.RequestPrincipal;

import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /api/**} endpoint needs an account; health stays public. People use HTTP
 * Basic, machines an API key. Sessions and CSRF tokens are off: nothing is kept between
 * requests, every request carries its credentials.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessProperties properties) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
					.permitAll()
					.requestMatchers(HttpMethod.GET, "/api/audit", "/api/audit/**")
					.hasRole(Role.ADMIN.name())
					.requestMatchers(HttpMethod.POST, "/api/risk/reports")
					.hasRole(Role.ANALYST.name())
					.requestMatchers(HttpMethod.POST, "/api/tracebacks", "/api/imports/**")
					.hasRole(Role.INGEST.name())
					.requestMatchers(HttpMethod.GET, "/api/**")
					.hasRole(Role.INVESTIGATOR.name())
					.requestMatchers("/api/**")
					.denyAll()
					.anyRequest()
					.authenticated())
			.httpBasic(
					(basic) -> basic.realmName("traceback-graph").authenticationEntryPoint(problems.unauthenticated()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(
					new ApiKeyAuthenticationFilter(new ApiKeys(properties.apiKeys()), problems.unauthenticated()),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new PrincipalCapture(), AuthorizationFilter.class);
		return http.build();
	}

	/** The firewall's refusals as problem details, and without echoing the URL. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new ProblemResponses().rejected();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.ANALYST.name(), Role.INGEST.name())
			.role(Role.ANALYST.name())
			.implies(Role.INVESTIGATOR.name())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(AccessProperties properties, Environment environment,
			ObjectProvider<EmbeddedNeo4jAccess> database) {
		return Accounts.users(properties, environment, database.getIfAvailable());
	}

	/**
	 * Remembers who the request is from once authentication is done, for the audit trail
	 * (which runs outside the security filters).
	 */
	private static final class PrincipalCapture extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken)) {
				String method = (authentication instanceof ApiKeyAuthenticationFilter.ApiKeyAuthentication) ? "api-key"
						: "basic";
				new RequestPrincipal(authentication.getName(), method).storeOn(request);
			}
			chain.doFilter(request, response);
		}

	}

}
