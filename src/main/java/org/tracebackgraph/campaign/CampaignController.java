package org.tracebackgraph.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
	Page<Campaigns.Summary> ranking(
			@Parameter(description = "First call date (ISO)") @RequestParam(required = false) String from,
			@Parameter(description = "Last call date (ISO)") @RequestParam(required = false) String to,
			@Parameter(description = "Page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1 to 200") @RequestParam(required = false) Integer size) {
		return this.campaigns.ranking(DateWindow.of(from, to), Paging.of(page, size));
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
					+ " /api/campaigns/Chinese-ISP/Cable/Wireless-Impers")
	@ApiResponse(responseCode = "404", description = "No such campaign")
	Campaigns.Detail campaign(@PathVariable String name) {
		String campaign = name.startsWith("/") ? name.substring(1) : name;
		if (campaign.isBlank()) {
			throw new BadParameterException("name", "is required");
		}
		return this.campaigns.detail(campaign).orElseThrow(() -> new NotFoundException("campaign", campaign));
	}

}
