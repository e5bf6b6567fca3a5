package org.tracebackgraph.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches our providers to registry filings by name. A provider whose name (or a side of
 * its "d/b/a") is, once normalised, the business name of exactly one filing is linked to
 * it; failing that, the DBA name of exactly one filing. A previous name alone links
 * nothing (names are taken over: "Level 3" is a previous name of Lumen Technologies, and
 * dozens of Level 3 companies file today), nor do several filings sharing the name
 * ({@code CenturyLink} is a DBA name of dozens of Lumen and Brightspeed companies), nor a
 * similar name: the filings are listed as candidates with the reason, for an analyst to
 * decide.
 */
final class Resolution {

	/** Candidates listed at most per provider. */
	static final int MAX_CANDIDATES = 20;

	/** Similar names (Jaro-Winkler on the keys) at or above this are candidates. */
	static final double SIMILAR = 0.93;

	/** Keys shorter than this are too common to suggest by similarity. */
	static final int MIN_SIMILAR_KEY = 6;

	enum Via {

		BUSINESS_NAME("business name"), DBA_NAME("DBA name"), PREVIOUS_NAME("previous name");

		final String words;

		Via(String words) {
			this.words = words;
		}

	}

	/** A filing's names as the matcher needs them. */
	record FilingNames(String rmdNumber, String businessName, List<String> dbaNames, List<String> previousNames) {
	}

	/**
	 * A provider to match; {@code rejected} are the filings an analyst said it is not.
	 */
	record ProviderName(String providerId, String name, Set<String> rejected) {
	}

	/** A link or candidate, with how it was found. */
	record Match(String providerId, String rmdNumber, String method, double score, String reason) {
	}

	/** What the matcher concluded for the providers it was given. */
	record Outcome(List<Match> links, List<Match> candidates) {
	}

	private record Hit(String rmdNumber, Via via, String filedName) {
	}

	private final Map<String, List<Hit>> byKey = new HashMap<>();

	Resolution(List<FilingNames> filings) {
		for (FilingNames filing : filings) {
			index(filing.rmdNumber(), Via.BUSINESS_NAME,
					NameKey.namesIn(filing.businessName()).stream().limit(1).toList());
			List<String> dba = new ArrayList<>(NameKey.namesIn(filing.businessName()).stream().skip(1).toList());
			dba.addAll(filing.dbaNames());
			index(filing.rmdNumber(), Via.DBA_NAME, dba);
			index(filing.rmdNumber(), Via.PREVIOUS_NAME, filing.previousNames());
		}
	}

	private void index(String rmdNumber, Via via, List<String> names) {
		for (String name : names) {
			for (String part : NameKey.namesIn(name)) {
				String key = NameKey.of(part);
				if (!key.isEmpty()) {
					List<Hit> hits = this.byKey.computeIfAbsent(key, k -> new ArrayList<>());
					if (hits.stream().noneMatch(hit -> hit.rmdNumber().equals(rmdNumber) && hit.via() == via)) {
						hits.add(new Hit(rmdNumber, via, part));
					}
				}
			}
		}
	}

	Outcome resolve(List<ProviderName> providers) {
		List<Match> links = new ArrayList<>();
		List<Match> candidates = new ArrayList<>();
		for (ProviderName provider : providers) {
			List<String> names = NameKey.namesIn(provider.name());
			Map<String, Hit> exact = new LinkedHashMap<>();
			Map<String, String> nameOfHit = new HashMap<>();
			for (String name : names) {
				for (Hit hit : this.byKey.getOrDefault(NameKey.of(name), List.of())) {
					if (!provider.rejected().contains(hit.rmdNumber())) {
						Hit earlier = exact.get(hit.rmdNumber());
						if (earlier == null || hit.via().ordinal() < earlier.via().ordinal()) {
							exact.put(hit.rmdNumber(), hit);
							nameOfHit.put(hit.rmdNumber(), name);
						}
					}
				}
			}
			Match link = link(provider, exact, nameOfHit);
			if (link != null) {
				links.add(link);
			}
			else if (!exact.isEmpty()) {
				exact.values()
					.stream()
					.sorted(Comparator.comparing(Hit::via).thenComparing(Hit::rmdNumber))
					.limit(MAX_CANDIDATES)
					.forEach(hit -> candidates
						.add(new Match(provider.providerId(), hit.rmdNumber(), hit.via().name(), 1.0,
								"'" + nameOfHit.get(hit.rmdNumber()) + "' is the " + hit.via().words + " '"
										+ hit.filedName() + "'"
										+ ((exact.size() > 1) ? " (" + exact.size() + " filings match)" : ""))));
			}
			else {
				candidates.addAll(similar(provider, names));
			}
		}
		return new Outcome(links, candidates);
	}

	/** The one filing the provider's name points to, trusting business names first. */
	private static Match link(ProviderName provider, Map<String, Hit> exact, Map<String, String> nameOfHit) {
		for (Via via : Via.values()) {
			List<Hit> hits = exact.values().stream().filter(hit -> hit.via() == via).toList();
			if (hits.size() == 1 && (via == Via.BUSINESS_NAME || (via == Via.DBA_NAME && exact.size() == 1))) {
				Hit hit = hits.getFirst();
				return new Match(provider.providerId(), hit.rmdNumber(), hit.via().name(), 1.0,
						"'" + nameOfHit.get(hit.rmdNumber()) + "' is the " + via.words + " '" + hit.filedName()
								+ "' once normalised");
			}
			if (!hits.isEmpty()) {
				return null;
			}
		}
		return null;
	}

	private List<Match> similar(ProviderName provider, List<String> names) {
		Map<String, Match> best = new HashMap<>();
		for (String name : names) {
			String key = NameKey.of(name);
			if (key.length() < MIN_SIMILAR_KEY) {
				continue;
			}
			this.byKey.forEach((filedKey, hits) -> {
				double score = JaroWinkler.similarity(key, filedKey);
				if (score >= SIMILAR) {
					for (Hit hit : hits) {
						Match earlier = best.get(hit.rmdNumber());
						if (!provider.rejected().contains(hit.rmdNumber())
								&& (earlier == null || earlier.score() < score)) {
							best.put(hit.rmdNumber(), new Match(provider.providerId(), hit.rmdNumber(), "SIMILAR_NAME",
									Math.round(score * 1000) / 1000.0,
									"'" + name + "' is like the " + hit.via().words + " '" + hit.filedName() + "'"));
						}
					}
				}
			});
		}
		return best.values()
			.stream()
			.sorted(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::rmdNumber))
			.limit(3)
			.toList();
	}

}
