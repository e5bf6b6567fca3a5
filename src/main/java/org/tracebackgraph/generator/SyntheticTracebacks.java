package org.tracebackgraph.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.tracebackgraph.generator.SyntheticWorld.Campaign;
import org.tracebackgraph.generator.SyntheticWorld.Provider;

/**
 * Draws tracebacks one at a time from a synthetic world, so any number of them can be
 * streamed without holding them. The same seed gives the same tracebacks.
 *
 * <p>
 * Hops per traceback: 2 + Binomial(8, 0.5) drawn, range 2–10, about 5.6 recorded once
 * broken chains are cut (ITG all-time mean 5.6). About one traceback in ten stops at a
 * provider that does not answer: at random (3%), at a foreign originator (a third of
 * them) or at a bad originator behind a front. Responses mostly come within hours, some
 * after the 24 hours 47 CFR 64.1200(n)(1) allows (bad actors more often), some never.
 * Originators sign A (bad ones often, on spoofed numbers) or B/C; gateways sign C.
 */
final class SyntheticTracebacks {

	static final String VIOLATION = "16 C.F.R. § 310.4(b)(1)(v)";

	/** Share of tracebacks that stop at a provider that does not answer. */
	static final double PARTIAL_SHARE = 0.10;

	private final SyntheticWorld world;

	private final SplittableRandom random;

	private final String prefix;

	private final double[] campaignWeights;

	private long next;

	/**
	 * One synthetic traceback, its hops in position order (0 = terminating).
	 */
	record Traceback(String tracebackId, OffsetDateTime notifiedAt, String callId, OffsetDateTime startedAt,
			String callerId, String calledNumber, String campaign, String attestation, String recordingUrl,
			List<Hop> hops) {

	}

	record Hop(int position, Provider provider, String role, OffsetDateTime notifiedAt, OffsetDateTime respondedAt,
			String response, String attestation) {

	}

	SyntheticTracebacks(SyntheticWorld world, long seed) {
		this.world = world;
		this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
		this.prefix = "G" + seed + "-";
		double[] weights = new double[world.campaigns().size()];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += world.campaigns().get(i).weight();
			weights[i] = sum;
		}
		for (int i = 0; i < weights.length; i++) {
			weights[i] /= sum;
		}
		this.campaignWeights = weights;
	}

	Traceback next() {
		long n = ++this.next;
		Campaign campaign = this.world.campaigns().get(SyntheticWorld.draw(this.campaignWeights, this.random));
		LocalDate day = campaign.start().plusDays(this.random.nextInt(campaign.days()));
		OffsetDateTime startedAt = day.atTime(8 + this.random.nextInt(12), this.random.nextInt(60))
			.atOffset(ZoneOffset.UTC);
		OffsetDateTime notifiedAt = startedAt.plusHours(18 + this.random.nextInt(72));
		List<Provider> route = route(campaign);
		Provider originator = route.getFirst();
		String attestation = attestation(originator);
		List<Hop> hops = hops(route, campaign, notifiedAt, attestation);
		String callerId = campaign.callerIds().get(this.random.nextInt(campaign.callerIds().size()));
		String recording = (this.random.nextDouble() < 0.8)
				? "https://portal.tracebacks.org/api/public/attachments/" + (1_000_000 + n) : null;
		return new Traceback(this.prefix + "T" + n, notifiedAt, this.prefix + "C" + n, startedAt, callerId,
				SyntheticNumbers.nanp(this.random), campaign.name(), attestation, recording, hops);
	}

	/** The providers of one call, origin first, terminating last. */
	private List<Provider> route(Campaign campaign) {
		int length = 2;
		for (int i = 0; i < 8; i++) {
			length += (this.random.nextDouble() < 0.5) ? 1 : 0;
		}
		List<Provider> upstream = new ArrayList<>();
		Provider originator = campaign.originators().get(this.random.nextInt(campaign.originators().size()));
		upstream.add(originator);
		if (campaign.foreign()) {
			if (this.random.nextDouble() < 0.3) {
				upstream
					.add(this.world.foreignProviders().get(this.random.nextInt(this.world.foreignProviders().size())));
			}
			upstream.add(campaign.gateways().get(this.random.nextInt(campaign.gateways().size())));
		}
		else if (originator.front() != null) {
			upstream.add(originator.front());
		}
		Provider terminating = this.world.terminating()
			.get(SyntheticWorld.draw(this.world.terminatingWeights(), this.random));
		List<Provider> route = new ArrayList<>(upstream);
		int intermediates = Math.max(0, length - upstream.size() - 1);
		for (int i = 0; i < intermediates; i++) {
			Provider transit = this.world.intermediates()
				.get(SyntheticWorld.draw(this.world.intermediateWeights(), this.random));
			if (!route.contains(transit)) {
				route.add(transit);
			}
		}
		route.add(terminating);
		return route;
	}

	private String attestation(Provider originator) {
		double r = this.random.nextDouble();
		if (originator.foreign()) {
			return "C";
		}
		if (originator.bad()) {
			return (r < 0.45) ? "A" : (r < 0.65) ? "B" : (r < 0.9) ? "C" : "UNSIGNED";
		}
		return (r < 0.2) ? "A" : (r < 0.55) ? "B" : (r < 0.9) ? "C" : "UNSIGNED";
	}

	/**
	 * Asks the providers one after the other from the terminating end, as the ITG does,
	 * stopping at the first that does not answer.
	 */
	private List<Hop> hops(List<Provider> route, Campaign campaign, OffsetDateTime notifiedAt, String attestation) {
		List<Hop> hops = new ArrayList<>();
		int cut = -1;
		if (this.random.nextDouble() < PARTIAL_SHARE) {
			Provider originator = route.getFirst();
			boolean evasive = originator.foreign() || (originator.bad() && originator.front() != null);
			cut = (evasive && this.random.nextDouble() < 0.7) ? route.size() - 1
					: 1 + this.random.nextInt(route.size() - 1);
		}
		OffsetDateTime asked = notifiedAt;
		for (int position = 0; position < route.size(); position++) {
			Provider provider = route.get(route.size() - 1 - position);
			boolean origin = position == route.size() - 1;
			String role = (position == 0) ? "TERMINATING"
					: origin ? "ORIGINATING" : this.world.gateways().contains(provider) ? "GATEWAY" : "INTERMEDIATE";
			String seen = origin ? attestation
					: (campaign.foreign() && !"TERMINATING".equals(role)) ? "C" : attestation;
			if (position == cut) {
				hops.add(new Hop(position, provider, role, asked, null, "NO_RESPONSE", seen));
				break;
			}
			OffsetDateTime answered = asked.plus(responseTime(provider));
			hops.add(new Hop(position, provider, role, asked, answered, origin ? "IS_ORIGIN" : "NAMED_UPSTREAM", seen));
			asked = answered;
		}
		return hops;
	}

	/** Mostly within hours; some after 24 h, bad actors three times as often. */
	private Duration responseTime(Provider provider) {
		double late = provider.bad() ? 0.3 : 0.1;
		if (this.random.nextDouble() < late) {
			return Duration.ofMinutes(24 * 60 + this.random.nextInt(72 * 60));
		}
		return Duration.ofMinutes(20 + this.random.nextInt(20 * 60));
	}

}
