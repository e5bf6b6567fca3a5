package org.tracebackgraph.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API's view of browser sessions: it reads the login of a session the page chain
 * made, so the UI's JavaScript calls the same JSON endpoints as machines, but it never
 * creates a session and never stores anything in one. A Basic or API-key request thus
 * never gets a cookie, and cannot overwrite the person logged in in a browser session it
 * happens to carry.
 */
final class ExistingSessionOnly implements SecurityContextRepository {

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	ExistingSessionOnly() {
		this.sessions.setAllowSessionCreation(false);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return this.sessions.loadDeferredContext(request);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		Supplier<SecurityContext> context = loadDeferredContext(holder.getRequest());
		return context.get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		// Never: the API is stateless for machines; only the login form makes sessions.
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.sessions.containsContext(request);
	}

}
