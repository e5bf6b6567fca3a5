package org.tracebackgraph.ui;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the Neo4j Browser guide
 * ({@code :guide http://localhost:8080/guides/investigation.html}). The style beside it
 * ({@code /guides/traceback.grass}) is a static file. Both are public (Browser sends no
 * credentials) and hold no data: only the app's queries.
 */
@Controller
class GuideController {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final Guide guide = new Guide();

	@GetMapping("/guides/investigation.html")
	ResponseEntity<String> guide() {
		String appUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(this.guide.html(appUrl));
	}

}
