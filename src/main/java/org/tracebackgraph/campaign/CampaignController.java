package org.tracebackgraph.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.tracebackgraph.web.BadParameterException;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.NotFoundException;
import org.tracebackgraph.web.Page;
import org.tracebackgraph.web.Paging;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Campaigns", description = "Robocall campaigns, their caller IDs, providers and routes")
class CampaignController {

	private final CampaignQueries campaigns;

	CampaignController(CampaignQueries campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping("/api/campaigns")
	@Operation(summary = "Campaigns ranked by traced calls",
			description = "With from/to, counts only calls made in that window of call dates.")
	@ApiResponse(responseCode = "200", description = "A page of campaigns, most calls first")
	@ApiResponse(responseCode = "400", description = "A parameter is out of range")
	Page<Campaigns.Summary> ranking(@ParameterObject DateWindow window, @ParameterObject Paging paging) {
		return this.campaigns.ranking(window, paging);
	}

	/**
	 * Campaign names hold slashes and spaces ("Chinese-ISP/Cable/Wireless-Impers"), so
	 * the rest of the path is the name.
	 */
	@GetMapping("/api/campaigns/{*name}")
	@Operation(
			summary = "One campaign: calls, caller IDs, providers by role, originators, gateways,"
					+ " most common routes, letters",
			description = "The rest of the path is the campaign's name, slashes included:"
					+ " /api/campaigns/Chinese-ISP/Cable/Wireless-Impers. A name with characters a URL path cannot"
					+ " carry (%, \\\\) is reached with /api/campaigns/by-name?name=…")
	@ApiResponse(responseCode = "200", description = "The campaign")
	@ApiResponse(responseCode = "404", description = "No such campaign")
	Campaigns.Detail campaign(@PathVariable String name) {
		return detail(name.startsWith("/") ? name.substring(1) : name);
	}

	@GetMapping("/api/campaigns/by-name")
	@Operation(summary = "One campaign by its name as a query parameter",
			description = "Any campaign name, whatever characters it holds: ?name=Discount-Avail50%25")
	@ApiResponse(responseCode = "200", description = "The campaign")
	@ApiResponse(responseCode = "404", description = "No such campaign")
	Campaigns.Detail campaignByName(@Parameter(description = "the campaign's name") @RequestParam String name) {
		return detail(name);
	}

	@GetMapping("/api/campaigns/by-name/calls-by-month")
	@Operation(summary = "A campaign's traced calls per month, for a chart of its calls over time",
			description = "Its calls in the month of the call's date (undated calls left out), oldest first; months"
					+ " without calls are not listed. Any campaign name: ?name=Chinese-ISP/Cable/Wireless-Impers")
	@ApiResponse(responseCode = "200", description = "The months")
	@ApiResponse(responseCode = "400", description = "A parameter is out of range")
	@ApiResponse(responseCode = "404", description = "No such campaign")
	MonthlyCalls callsByMonth(@Parameter(description = "the campaign's name") @RequestParam String name,
			@ParameterObject DateWindow window) {
		if (name.isBlank()) {
			throw new BadParameterException("name", "is required");
		}
		return this.campaigns.callsByMonth(name, window).orElseThrow(() -> new NotFoundException("campaign", name));
	}

	private Campaigns.Detail detail(String campaign) {
		if (campaign.isBlank()) {
			throw new BadParameterException("name", "is required");
		}
		return this.campaigns.detail(campaign).orElseThrow(() -> new NotFoundException("campaign", campaign));
	}

}
