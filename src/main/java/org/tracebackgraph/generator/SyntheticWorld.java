package org.tracebackgraph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The providers and campaigns synthetic tracebacks are drawn from, built from a seed.
 *
 * <p>
 * Shape, after the ITG's published figures and the FCC's RMD: a few big domestic carriers
 * carry most routes and many small ones a few (Zipf weights); foreign providers reach US
 * networks only through gateways; each campaign has a few originators and (when foreign)
 * a few gateways, an active window and its own pool of spoofed caller IDs. A planted set
 * of bad actors (originators and gateways) carries most campaigns; some of them hide
 * behind a clean-looking front intermediate that answers tracebacks promptly.
 */
record SyntheticWorld(List<Provider> terminating, List<Provider> intermediates, List<Provider> gateways,
		List<Provider> domesticOriginators, List<Provider> foreignProviders, List<Campaign> campaigns,
		double[] intermediateWeights, double[] terminatingWeights) {

	/** Campaign names as the ITG writes them (from the FTC's letter of 2023-11-27). */
	static final List<String> CAMPAIGN_NAMES = List.of("Amazon-AccountCompromised", "Amazon-AuthorizeOrder-P3",
			"Amazon-Impers", "Amazon-Impers-P2", "Amazon-PurchaseNotification", "Amazon-SuspiciousCharge",
			"Amazon-SuspiciousOrderRefund", "Amazon-Various-P1", "ATT-Impers", "Chinese-ISP/Cable/Wireless-Impers",
			"GovtImpers", "Grandparentscam", "LawEnforcement-GovtImpers-P1", "LawEnforcement-Impers",
			"LawEnforcement-Impers-P2", "NORCOM-CallCenter", "NV-MM", "PayPal-Impers", "PCH-Various-P2",
			"Relative-Scam", "SpamCalls-Spoofed-P2", "SSA-LawEnforcement", "Tech Support-Lumen", "Tech-Support-Fraud",
			"Tech-Support-Fraud-G2", "Utility-30MinDisconnect", "Utility-EversourceCT", "Utility-SupplyCharges");

	private static final String[] FOREIGN_COUNTRIES = { "IN", "PH", "PK", "GB", "DO", "CN", "NG", "MX" };

	static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

	static final int DAYS = 3 * 365;

	/**
	 * A provider of the synthetic world.
	 *
	 * @param id its id
	 * @param name its name
	 * @param country ISO country code
	 * @param bad whether it is a planted bad actor
	 * @param front for a bad actor hiding behind an intermediate: that intermediate
	 */
	record Provider(String id, String name, String country, boolean bad, Provider front) {

		boolean foreign() {
			return !"US".equals(this.country);
		}

	}

	/**
	 * A campaign of the synthetic world.
	 *
	 * @param name its name
	 * @param foreign whether its calls start abroad
	 * @param originators who puts its calls on the network
	 * @param gateways where its foreign calls enter US networks (empty when domestic)
	 * @param start first day it is active
	 * @param days how long it is active
	 * @param callerIds its pool of spoofed caller IDs, rotated
	 * @param weight its share of all traffic
	 */
	record Campaign(String name, boolean foreign, List<Provider> originators, List<Provider> gateways, LocalDate start,
			int days, List<String> callerIds, double weight) {

	}

	/**
	 * How big the world is, grown gently with the number of tracebacks.
	 */
	static SyntheticWorld build(long seed, long tracebacks) {
		SplittableRandom random = new SplittableRandom(seed);
		int scale = (int) Math.max(1, Math.round(Math.log10(Math.max(10, tracebacks)) - 2));
		List<Provider> terminating = providers("term", "Terminating Carrier", 20 * scale, 0);
		List<Provider> intermediates = providers("transit", "Transit Voice", 120 * scale, 0);
		List<Provider> fronts = intermediates.subList(intermediates.size() - 4, intermediates.size());
		List<Provider> gateways = providers("gateway", "Gateway Telecom", 16 * scale, 5 * scale);
		List<Provider> foreign = new ArrayList<>();
		for (int i = 0; i < 40 * scale; i++) {
			String country = FOREIGN_COUNTRIES[random.nextInt(FOREIGN_COUNTRIES.length)];
			foreign.add(new Provider(String.format("foreign-%03d", i), "Overseas Voice " + i, country, i < 6 * scale,
					null));
		}
		List<Provider> originators = new ArrayList<>();
		for (int i = 0; i < 80 * scale; i++) {
			boolean bad = i < 12 * scale;
			// A third of the bad originators send everything through a front that answers
			// promptly.
			Provider front = (bad && i % 3 == 0) ? fronts.get(i % fronts.size()) : null;
			originators.add(new Provider(String.format("voip-%03d", i), "Voip Origin " + i, "US", bad, front));
		}
		List<Campaign> campaigns = new ArrayList<>();
		int count = Math.max(CAMPAIGN_NAMES.size(), 30 * scale);
		for (int i = 0; i < count; i++) {
			String name = CAMPAIGN_NAMES.get(i % CAMPAIGN_NAMES.size())
					+ ((i < CAMPAIGN_NAMES.size()) ? "" : "-G" + (i / CAMPAIGN_NAMES.size() + 1));
			boolean isForeign = random.nextDouble() < 0.3;
			List<Provider> pool = isForeign ? foreign : originators;
			List<Provider> campaignOriginators = pickMostlyBad(pool, 1 + random.nextInt(3), random);
			List<Provider> campaignGateways = isForeign ? pickMostlyBad(gateways, 1 + random.nextInt(2), random)
					: List.of();
			int days = 30 + random.nextInt(400);
			LocalDate start = FIRST_DAY.plusDays(random.nextInt(DAYS - days));
			List<String> callerIds = new ArrayList<>();
			int poolSize = 20 + random.nextInt(200);
			for (int n = 0; n < poolSize; n++) {
				callerIds.add(SyntheticNumbers.nanp(random));
			}
			double weight = 1.0 / Math.pow(i + 1, 0.8);
			campaigns.add(new Campaign(name, isForeign, campaignOriginators, campaignGateways, start, days,
					List.copyOf(callerIds), weight));
		}
		return new SyntheticWorld(terminating, intermediates, gateways, originators, foreign, campaigns,
				zipf(intermediates.size(), 1.1), zipf(terminating.size(), 1.0));
	}

	/** Bad actors carry most campaigns: three picks in four come from the planted set. */
	private static List<Provider> pickMostlyBad(List<Provider> pool, int count, SplittableRandom random) {
		List<Provider> bad = pool.stream().filter(Provider::bad).toList();
		List<Provider> picked = new ArrayList<>();
		while (picked.size() < count) {
			List<Provider> from = (!bad.isEmpty() && random.nextDouble() < 0.75) ? bad : pool;
			Provider provider = from.get(random.nextInt(from.size()));
			if (!picked.contains(provider)) {
				picked.add(provider);
			}
		}
		return List.copyOf(picked);
	}

	private static List<Provider> providers(String prefix, String name, int count, int bad) {
		List<Provider> providers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			providers.add(new Provider(String.format("%s-%03d", prefix, i), name + " " + i, "US", i < bad, null));
		}
		return List.copyOf(providers);
	}

	/** Cumulative Zipf weights: item 0 is the biggest carrier. */
	private static double[] zipf(int n, double exponent) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1.0 / Math.pow(i + 1, exponent);
			cumulative[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	static int draw(double[] cumulative, SplittableRandom random) {
		int index = Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(cumulative.length - 1, (index >= 0) ? index : -index - 1);
	}

	List<Provider> badActors() {
		List<Provider> bad = new ArrayList<>();
		Stream.of(this.domesticOriginators, this.foreignProviders, this.gateways)
			.flatMap(List::stream)
			.filter(Provider::bad)
			.forEach(bad::add);
		return bad;
	}

}
