package org.tracebackgraph.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names compared the way an investigator compares them: without case, accents,
 * punctuation or legal form ("Bandwidth Inc." is "BANDWIDTH INC"), and "X d/b/a Y" as two
 * names. Dots and commas join what they separate, so "Bandwidth.com, Inc." stays apart
 * from "Bandwidth Inc.".
 */
final class NameKey {

	private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "lc", "ltd", "limited", "corp",
			"corporation", "co", "company", "lp", "llp", "plc", "pllc", "pc", "sa", "srl", "gmbh", "pvt");

	private static final Pattern DBA = Pattern
		.compile("(?i)\\s*[,(]?\\s*\\b(?:d/b/a|dba|d\\.b\\.a\\.?|aka|a/k/a)\\b\\s*");

	private static final Set<String> NONE = Set.of("", "none", "n/a", "na", "-", "null", "no");

	private NameKey() {
	}

	/** The key of one name; empty when nothing is left (a name of only a legal form). */
	static String of(String name) {
		String text = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[.,'’`\"]", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
		while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
			words.removeLast();
		}
		if (!words.isEmpty() && words.getFirst().equals("the") && words.size() > 1) {
			words.removeFirst();
		}
		return String.join("", words);
	}

	/** The names one text holds: itself, and each side of a "d/b/a". */
	static List<String> namesIn(String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (String part : DBA.split(text)) {
			String name = part.replaceAll("[)]\\s*$", "").strip();
			if (!NONE.contains(name.toLowerCase(Locale.ROOT))) {
				names.add(name);
			}
		}
		return List.copyOf(names);
	}

	/** A list the export separates with semicolons, "none" and blanks left out. */
	static List<String> list(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(";"))
			.map(String::strip)
			.filter(name -> !NONE.contains(name.toLowerCase(Locale.ROOT)))
			.distinct()
			.toList();
	}

	/** Every name of a filing, lower-cased, for search by part of a name. */
	static String searchText(Filing filing) {
		List<String> all = new ArrayList<>();
		all.add(filing.businessName());
		all.addAll(filing.dbaNames());
		all.addAll(filing.previousNames());
		return all.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" | "));
	}

}
