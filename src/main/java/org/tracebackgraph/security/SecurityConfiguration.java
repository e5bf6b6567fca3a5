package org.tracebackgraph.security;

import java.util.List;

import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;
import org.tracebackgraph.web.RequestPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two ways in, one set of accounts and roles.
 * <ul>
 * <li>The API ({@code /api/**}, the OpenAPI document, Swagger UI, actuator: every path
 * that is not the web UI's) is stateless for machines: HTTP Basic or an API key on every
 * request, never a cookie. It also accepts the browser session of a person logged in to
 * the web UI (it never creates one), and then asks state-changing requests for the
 * session's CSRF token.</li>
 * <li>The web UI's pages, {@code /login}, {@code /logout} and static assets
 * ({@link #PAGES}): a login form, a session cookie, CSRF tokens.</li>
 * </ul>
 * See docs/web-ui.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Pages load nothing from elsewhere and run no inline script. The one inline style
	 * allowed is the rule Cytoscape.js 3.33.1 adds to its containers (by its hash); PNG
	 * export makes blob: URLs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
			+ "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

	/** The same tokens for both chains: the page hands out the one the API checks. */
	private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	/**
	 * The web UI's paths: its pages, login and logout, its static assets and the Neo4j
	 * Browser guide. Every other path is the API's, as it was before the UI existed.
	 */
	static final String[] PAGES = { "/", "/login", "/logout", "/search", "/calls/**", "/tracebacks/**", "/providers/**",
			"/campaigns", "/numbers/**", "/risk", "/import", "/ui/**", "/webjars/**", "/guides/**", "/favicon.ico",
			"/error" };

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessProperties properties) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/audit", "/api/audit/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/api/risk/reports")
			.hasRole(Role.ANALYST.name())
			.requestMatchers(HttpMethod.POST, "/api/tracebacks", "/api/imports/**", "/api/registry/resolve")
			.hasRole(Role.INGEST.name())
			.requestMatchers(HttpMethod.PUT, "/api/providers/*/filing")
			.hasRole(Role.ANALYST.name())
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
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.securityContext((context) -> context.securityContextRepository(new ExistingSessionOnly()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.csrfTokenRepository(this.csrfTokens).requireCsrfProtectionMatcher(new BrowserWrites()))
			// The web UI shows the risk report and evidence pages inside its own frame.
			.headers((headers) -> headers.frameOptions((frames) -> frames.sameOrigin()))
			.addFilterBefore(new OwnOriginOnly(), CsrfFilter.class)
			.addFilterBefore(
					new ApiKeyAuthenticationFilter(new ApiKeys(properties.apiKeys()), problems.unauthenticated()),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new PrincipalCapture(), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain pageSecurity(HttpSecurity http, AccessProperties properties) throws Exception {
		http.securityMatcher(PAGES)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/error", "/ui/**", "/webjars/**", "/favicon.ico", "/guides/**")
				.permitAll()
				.requestMatchers("/import", "/import/**")
				.hasRole(Role.INGEST.name())
				.requestMatchers("/audit")
				.hasRole(Role.ADMIN.name())
				// The start page adapts to the person's roles (an ingest-only account
				// sees
				// the import page's link); every other page reads.
				.requestMatchers("/")
				.authenticated()
				.anyRequest()
				.hasRole(Role.INVESTIGATOR.name()))
			.formLogin((form) -> form.loginPage("/login").failureUrl("/login?error").successHandler(formLogin()))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.csrf((csrf) -> csrf.csrfTokenRepository(this.csrfTokens))
			.cors((cors) -> cors.configurationSource(guidesForNeo4jBrowser(properties)))
			.headers((headers) -> headers.frameOptions((frames) -> frames.sameOrigin())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.addFilterBefore(new PrincipalCapture(), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Neo4j Browser, on its own origin, fetches the guide and the style from this app:
	 * only its origins, only GET, no credentials, and only those paths.
	 */
	private static UrlBasedCorsConfigurationSource guidesForNeo4jBrowser(AccessProperties properties) {
		CorsConfiguration browser = new CorsConfiguration();
		browser.setAllowedOrigins(properties.neo4jBrowserOrigins());
		browser.setAllowedMethods(List.of("GET"));
		// Browser's fetch sends these; its error tracing adds the last two for localhost.
		browser.setAllowedHeaders(List.of("pragma", "cache-control", "sentry-trace", "baggage"));
		browser.setAllowCredentials(false);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/guides/**", browser);
		return source;
	}

	/** The form login goes on record with the person's name, like any request. */
	private static AuthenticationSuccessHandler formLogin() {
		SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			new RequestPrincipal(authentication.getName(), PrincipalCapture.FORM).storeOn(request);
			redirect.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** The session cookie goes with same-site requests only (a second guard on CSRF). */
	@Bean
	CookieSameSiteSupplier sessionCookieSameSite() {
		return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
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

}
