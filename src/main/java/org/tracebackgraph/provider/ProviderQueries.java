package org.tracebackgraph.provider;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.tracebackgraph.neo4j.CypherQuery;
import org.tracebackgraph.web.DateWindow;
import org.tracebackgraph.web.Paging;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.tracebackgraph.neo4j.Values.bool;
import static org.tracebackgraph.neo4j.Values.date;
import static org.tracebackgraph.neo4j.Values.dateTime;
import static org.tracebackgraph.neo4j.Values.integer;
import static org.tracebackgraph.neo4j.Values.string;

/**
 * Reads providers: rankings, profiles, letters and non-responses. Read transactions only,
 * so a cluster's secondaries can serve them.
 */
@Repository
@Transactional(readOnly = true)
class ProviderQueries {

	private final Neo4jClient neo4j;

	private final CypherQuery rankingByCounters = CypherQuery.load("queries/provider/ranking-by-counters");

	private final CypherQuery rankingOfCalls = CypherQuery.load("queries/provider/ranking-of-calls");

	private final CypherQuery campaignExists = CypherQuery.load("queries/provider/campaign-exists");

	private final CypherQuery providerExists = CypherQuery.load("queries/provider/provider-exists");

	private final CypherQuery profileOfProvider = CypherQuery.load("queries/provider/profile-of-provider");

	private final CypherQuery lettersToProvider = CypherQuery.load("queries/provider/letters-to-provider");

	private final CypherQuery nonResponsesOfProvider = CypherQuery.load("queries/provider/non-responses-of-provider");

	ProviderQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Ranks providers by their traced calls in a role ({@code ANY} or a hop role).
	 * Without a campaign or window the counters kept at ingest answer; with one, the
	 * matching calls do.
	 * @return up to {@link Paging#limit()} rows
	 */
	List<ProviderRanking> ranking(String role, String campaign, DateWindow window, long minCalls, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("role", role);
		parameters.put("minCalls", minCalls);
		parameters.put("skip", paging.skip());
		parameters.put("limit", paging.limit());
		CypherQuery query = this.rankingByCounters;
		if (campaign != null || !window.isOpen()) {
			query = this.rankingOfCalls;
			parameters.put("campaign", campaign);
			parameters.put("from", window.from());
			parameters.put("to", window.to());
		}
		return List.copyOf(this.neo4j.query(query.text())
			.bindAll(parameters)
			.fetchAs(ProviderRanking.class)
			.mappedBy((types, row) -> {
				long hops = row.get("tracedHops").asLong();
				long noResponses = row.get("noResponses").asLong();
				return new ProviderRanking(
						new ProviderRanking.Provider(string(row.get("providerId")), string(row.get("name")),
								string(row.get("country"))),
						row.get("tracedCalls").asLong(), CallsByRole.of(row), row.get("campaigns").asLong(),
						date(row.get("firstSeen")), date(row.get("lastSeen")), hops, noResponses,
						CallsByRole.share(noResponses, hops));
			})
			.all());
	}

	boolean campaignExists(String campaign) {
		return exists(this.campaignExists, Map.of("campaign", campaign));
	}

	boolean providerExists(String providerId) {
		return exists(this.providerExists, Map.of("providerId", providerId));
	}

	private boolean exists(CypherQuery query, Map<String, Object> parameters) {
		return this.neo4j.query(query.text())
			.bindAll(parameters)
			.fetchAs(Boolean.class)
			.mappedBy((types, row) -> row.get("exists").asBoolean())
			.one()
			.orElse(false);
	}

	Optional<ProviderProfile> profile(String providerId) {
		return this.neo4j.query(this.profileOfProvider.text())
			.bindAll(Map.of("providerId", providerId))
			.fetchAs(ProviderProfile.class)
			.mappedBy((types, row) -> {
				long hops = row.get("tracedHops").asLong();
				long noResponses = row.get("noResponses").asLong();
				return new ProviderProfile(string(row.get("providerId")), string(row.get("name")),
						string(row.get("normalizedName")), string(row.get("country")), bool(row.get("foreign")),
						row.get("tracedCalls").asLong(), CallsByRole.of(row), hops, noResponses,
						CallsByRole.share(noResponses, hops), date(row.get("firstSeen")), date(row.get("lastSeen")),
						row.get("campaigns")
							.asList(campaign -> new ProviderProfile.CampaignCalls(string(campaign.get("name")),
									campaign.get("calls").asLong())),
						row.get("letters")
							.asList(letter -> new ProviderProfile.LetterReceived(string(letter.get("letterId")),
									string(letter.get("issuer")), date(letter.get("issuedOn")),
									string(letter.get("kind")))),
						partners(row.get("upstream")), partners(row.get("downstream")));
			})
			.one();
	}

	private static List<ProviderProfile.Partner> partners(Value partners) {
		return partners.asList(
				partner -> new ProviderProfile.Partner(string(partner.get("providerId")), string(partner.get("name")),
						partner.get("calls").asLong(), date(partner.get("firstSeen")), date(partner.get("lastSeen"))));
	}

	/**
	 * @return up to {@link Paging#limit()} letters to the provider, newest first
	 */
	List<LetterEffect> letters(String providerId, Paging paging) {
		return List.copyOf(this.neo4j.query(this.lettersToProvider.text())
			.bindAll(Map.of("providerId", providerId, "skip", paging.skip(), "limit", paging.limit()))
			.fetchAs(LetterEffect.class)
			.mappedBy((types, row) -> new LetterEffect(string(row.get("letterId")), string(row.get("issuer")),
					date(row.get("issuedOn")), string(row.get("kind")), row.get("callsBefore").asLong(),
					row.get("callsOnOrAfter").asLong(), row.get("callsUndated").asLong(),
					date(row.get("lastCallAfter"))))
			.all());
	}

	/**
	 * @return up to {@link Paging#limit()} hops the provider did not answer or answered
	 * late, newest notification first
	 */
	List<NonResponse> nonResponses(String providerId, DateWindow window, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("providerId", providerId);
		parameters.put("from", window.from());
		parameters.put("to", window.to());
		parameters.put("skip", paging.skip());
		parameters.put("limit", paging.limit());
		return List.copyOf(this.neo4j.query(this.nonResponsesOfProvider.text())
			.bindAll(parameters)
			.fetchAs(NonResponse.class)
			.mappedBy((types, row) -> {
				OffsetDateTime notifiedAt = dateTime(row.get("notifiedAt"));
				OffsetDateTime respondedAt = dateTime(row.get("respondedAt"));
				return new NonResponse(string(row.get("tracebackId")), string(row.get("callId")),
						date(row.get("callDate")), string(row.get("campaign")), integer(row.get("position")),
						string(row.get("role")), notifiedAt, date(row.get("notifiedOn")), respondedAt,
						date(row.get("respondedOn")), hoursTaken(notifiedAt, respondedAt), string(row.get("kind")));
			})
			.all());
	}

	private static Double hoursTaken(OffsetDateTime notifiedAt, OffsetDateTime respondedAt) {
		if (notifiedAt == null || respondedAt == null) {
			return null;
		}
		return Math.round(Duration.between(notifiedAt, respondedAt).toSeconds() / 36.0) / 100.0;
	}

}
