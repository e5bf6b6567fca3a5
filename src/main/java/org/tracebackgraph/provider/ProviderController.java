package org.tracebackgraph.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.model.HopRole;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Existence;
import org.tracebackgraph.web.NotFoundException;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Providers", description = "Providers on illegal routes: ranking, profile, letters, non-responses")
class ProviderController {

	static final String ANY_ROLE = "ANY";

	private static final Set<String> ROLES = Stream
		.concat(Stream.of(ANY_ROLE), Arrays.stream(HopRole.values()).map(HopRole::name))
		.collect(Collectors.toUnmodifiableSet());

	private static final String ROLE_LIST = "ANY, ORIGINATING, GATEWAY, INTERMEDIATE, TERMINATING or UNKNOWN";

	private final ProviderQueries providers;

	private final Existence existence;

	ProviderController(ProviderQueries providers, Existence existence) {
		this.providers = providers;
		this.existence = existence;
	}

	@GetMapping("/api/providers/ranking")
	@Operation(summary = "Providers most often on traced illegal calls, in a role or in any",
			description = "Sorted by calls in the asked role (most first), then provider id. Without campaign and"
					+ " window the counters kept at ingest answer (firstSeen/lastSeen are then the widest window"
					+ " ever seen); with them, the matching calls.")
	@ApiResponse(responseCode = "200", description = "A page of the ranking")
	@ApiResponse(responseCode = "400", description = "A parameter is out of range")
	@ApiResponse(responseCode = "404", description = "No such campaign")
	Page<ProviderRanking> ranking(@Parameter(
			description = "ANY (default), ORIGINATING, GATEWAY, INTERMEDIATE, TERMINATING or UNKNOWN") @RequestParam(
					required = false) String role,
			@Parameter(description = "only calls of this campaign") @RequestParam(required = false) String campaign,
			@ParameterObject DateWindow window,
			@Parameter(description = "at least this many calls in the role (default 1)") @RequestParam(
					required = false) Integer minCalls,
			@ParameterObject Paging paging) {
		String checkedRole = role(role);
		long checkedMinCalls = (minCalls != null) ? minCalls : 1;
		if (checkedMinCalls < 1) {
			throw new BadParameterException("minCalls", "must be at least 1");
		}
		String checkedCampaign = (campaign != null && !campaign.isBlank()) ? campaign.strip() : null;
		if (checkedCampaign != null) {
			this.existence.requireCampaign(checkedCampaign);
		}
		return Page.of(this.providers.ranking(checkedRole, checkedCampaign, window, checkedMinCalls, paging), paging);
	}

	@GetMapping("/api/providers/{providerId}")
	@Operation(summary = "A provider's profile",
			description = "Identity, traced calls by role, the campaigns it carried most (top 20), the letters it"
					+ " received, and its top 10 upstream and downstream partners on the provider network; each"
					+ " capped list says whether the cap cut it.")
	@ApiResponse(responseCode = "200", description = "The profile")
	@ApiResponse(responseCode = "404", description = "No such provider")
	ProviderProfile profile(@Parameter(description = "the provider's id") @PathVariable String providerId) {
		return this.providers.profile(providerId).orElseThrow(() -> NotFoundException.provider(providerId));
	}

	@GetMapping("/api/providers/{providerId}/letters")
	@Operation(summary = "Letters the provider received, with its traced calls before and after each",
			description = "Counts the traced calls through the provider (any hop by it, placed or not) made before"
					+ " the letter's date and on or after it, with the last call date after it: did it stop?")
	@ApiResponse(responseCode = "200", description = "A page of letters, newest first")
	@ApiResponse(responseCode = "400", description = "A parameter is out of range")
	@ApiResponse(responseCode = "404", description = "No such provider")
	Page<LetterEffect> letters(@Parameter(description = "the provider's id") @PathVariable String providerId,
			@ParameterObject Paging paging) {
		this.existence.requireProvider(providerId);
		return Page.of(this.providers.letters(providerId, paging), paging);
	}

	@GetMapping("/api/providers/{providerId}/non-responses")
	@Operation(summary = "Tracebacks the provider did not answer, or answered more than 24 hours late",
			description = "47 CFR 64.1200(n)(1) asks for an answer within 24 hours. Newest notification first;"
					+ " LATE needs both the notification and the answer time.")
	@ApiResponse(responseCode = "200", description = "A page of non-responses, newest notification first")
	@ApiResponse(responseCode = "400", description = "A parameter is out of range")
	@ApiResponse(responseCode = "404", description = "No such provider")
	Page<NonResponse> nonResponses(@Parameter(description = "the provider's id") @PathVariable String providerId,
			@ParameterObject DateWindow window, @ParameterObject Paging paging) {
		this.existence.requireProvider(providerId);
		return Page.of(this.providers.nonResponses(providerId, window, paging), paging);
	}

	@GetMapping("/api/providers/{providerId}/calls-by-month")
	@Operation(summary = "The provider's traced calls per month, for a chart of its traffic over time",
			description = "Tracebacks with any hop by the provider, in the month of the call's date (undated calls"
					+ " left out), oldest first; months without calls are not listed.")
	@ApiResponse(responseCode = "200", description = "The months")
	@ApiResponse(responseCode = "400", description = "A parameter is out of range")
	@ApiResponse(responseCode = "404", description = "No such provider")
	MonthlyCalls callsByMonth(@Parameter(description = "the provider's id") @PathVariable String providerId,
			@ParameterObject DateWindow window) {
		this.existence.requireProvider(providerId);
		return this.providers.callsByMonth(providerId, window);
	}

	private static String role(String role) {
		if (role == null || role.isBlank()) {
			return ANY_ROLE;
		}
		String name = role.strip().toUpperCase(Locale.ROOT);
		if (!ROLES.contains(name)) {
			throw new BadParameterException("role", "must be " + ROLE_LIST);
		}
		return name;
	}

}
