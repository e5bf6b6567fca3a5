package org.tracebackgraph.web;

import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.neo4j.GraphReader;
import org.tracebackgraph.neo4j.Parameters;

import org.springframework.stereotype.Component;

/**
 * The one check that what a request names exists, for the endpoints whose answer is a
 * list (an unknown provider is a 404, never an empty page). Endpoints that read one thing
 * answer 404 from their own empty result.
 */
@Component
public class Existence {

	private final GraphReader graph;

	private final CypherQuery providerExists = CypherQuery.load("queries/common/provider-exists");

	private final CypherQuery campaignExists = CypherQuery.load("queries/common/campaign-exists");

	Existence(GraphReader graph) {
		this.graph = graph;
	}

	/**
	 * @throws NotFoundException when there is no provider with this id
	 */
	public void requireProvider(String providerId) {
		if (!this.graph.exists(this.providerExists, Parameters.of("providerId", providerId))) {
			throw NotFoundException.provider(providerId);
		}
	}

	/**
	 * @throws NotFoundException when there is no campaign by this name
	 */
	public void requireCampaign(String name) {
		if (!this.graph.exists(this.campaignExists, Parameters.of("campaign", name))) {
			throw new NotFoundException("campaign", name);
		}
	}

}
