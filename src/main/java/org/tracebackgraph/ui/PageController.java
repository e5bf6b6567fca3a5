package org.tracebackgraph.ui;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.tracebackgraph.neo4j.EmbeddedNeo4jAccess;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The web UI's pages. Each is a small HTML frame (header, search, navigation) whose
 * script fetches its data from the same JSON endpoints machines use, with the person's
 * session. Path variables and parameters only go into data attributes, which Thymeleaf
 * escapes.
 */
@Controller
class PageController {

	private final UiProperties properties;

	private final EmbeddedNeo4jAccess embedded;

	private final String neo4jBrowserUrl;

	private final RoleHierarchy roles;

	PageController(UiProperties properties, ObjectProvider<EmbeddedNeo4jAccess> embedded, RoleHierarchy roles) {
		this.properties = properties;
		this.embedded = embedded.getIfAvailable();
		this.neo4jBrowserUrl = Neo4jBrowserLink.base(properties.neo4jBrowserUrl(), this.embedded);
		this.roles = roles;
	}

	@ModelAttribute
	void frame(Model model, Authentication authentication) {
		if (authentication == null) {
			return;
		}
		Set<String> granted = granted(authentication.getAuthorities());
		model.addAttribute("user", authentication.getName());
		model.addAttribute("canRead", granted.contains("ROLE_INVESTIGATOR"));
		model.addAttribute("canIngest", granted.contains("ROLE_INGEST"));
		model.addAttribute("canAnalyse", granted.contains("ROLE_ANALYST"));
		model.addAttribute("isAdmin", granted.contains("ROLE_ADMIN"));
		model.addAttribute("neo4jBrowserUrl", this.neo4jBrowserUrl);
		if (this.neo4jBrowserUrl != null) {
			String guide = ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/guides/investigation.html")
				.toUriString();
			model.addAttribute("neo4jGuideUrl",
					Neo4jBrowserLink.guide(this.properties.neo4jBrowserUrl(), this.embedded, guide));
		}
	}

	private Set<String> granted(Collection<? extends GrantedAuthority> authorities) {
		return this.roles.getReachableGrantedAuthorities(authorities)
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String start() {
		return "start";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", (q != null) ? q.strip() : "");
		return "search";
	}

	@GetMapping("/calls/{callId}")
	String call(@PathVariable String callId, Model model) {
		model.addAttribute("callId", callId);
		return "route";
	}

	@GetMapping("/tracebacks/{tracebackId}")
	String traceback(@PathVariable String tracebackId, Model model) {
		model.addAttribute("tracebackId", tracebackId);
		return "route";
	}

	@GetMapping("/providers/{providerId}")
	String provider(@PathVariable String providerId, Model model) {
		model.addAttribute("providerId", providerId);
		return "provider";
	}

	@GetMapping("/providers/{providerId}/evidence")
	String evidence(@PathVariable String providerId, Model model) {
		model.addAttribute("providerId", providerId);
		return "evidence";
	}

	@GetMapping("/campaigns")
	String campaign(@RequestParam(required = false) String name, Model model) {
		model.addAttribute("name", (name != null) ? name : "");
		return "campaign";
	}

	@GetMapping("/numbers/{e164}")
	String number(@PathVariable String e164, Model model) {
		model.addAttribute("e164", e164);
		return "number";
	}

	@GetMapping("/risk")
	String risk() {
		return "risk";
	}

	@GetMapping("/import")
	String importFiles() {
		return "import";
	}

}
