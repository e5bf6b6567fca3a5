package org.tracebackgraph.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracebackgraph.Examples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic links on a hand-labelled set of real provider names (from the letters and the
 * RMD itself, traps included) against the FCC's real export: a name labelled with an RMD
 * number must be linked to that filing; a name labelled "-" must not be linked at all.
 */
class ResolutionEvaluationTests {

	static final String EXPORT = "registry/fcc-rmd-2025-01-21-us-filings.csv";

	private record Labelled(String name, String expected, String note) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "labelled-provider-names.csv", "labelled-provider-names-second-set.csv" })
	void automaticLinksOnTheLabelledNamesArePreciseAndFindMostFilings(String set) throws IOException {
		List<Filing> filings = RmdExport.read(new ByteArrayInputStream(Examples.bytes(EXPORT)));
		Resolution resolution = new Resolution(filings.stream()
			.map(f -> new Resolution.FilingNames(f.rmdNumber(), f.businessName(), f.dbaNames(), f.previousNames()))
			.toList());
		List<Labelled> labelled = labelled(set);
		Resolution.Outcome outcome = resolution
			.resolve(labelled.stream().map(l -> new Resolution.ProviderName(l.name(), l.name(), Set.of())).toList());
		Map<String, String> linked = outcome.links()
			.stream()
			.collect(Collectors.toMap(Resolution.Match::providerId, Resolution.Match::rmdNumber));

		long correct = labelled.stream().filter(l -> l.expected().equals(linked.get(l.name()))).count();
		long withFiling = labelled.stream().filter(l -> !l.expected().equals("-")).count();
		double precision = (double) correct / linked.size();
		double recall = (double) correct / withFiling;
		List<String> wrong = labelled.stream()
			.filter(l -> linked.containsKey(l.name()) && !l.expected().equals(linked.get(l.name())))
			.map(l -> l.name() + " -> " + linked.get(l.name()) + " (expected " + l.expected() + ")")
			.toList();
		List<String> missed = labelled.stream()
			.filter(l -> !l.expected().equals("-") && !linked.containsKey(l.name()))
			.map(Labelled::name)
			.toList();
		System.out.printf(Locale.ROOT,
				"Registry matching on %s: %d labelled names (%d with a filing): %d linked, %d correctly;"
						+ " precision %.3f, recall %.3f; wrong %s; missed %s%n",
				set, labelled.size(), withFiling, linked.size(), correct, precision, recall, wrong, missed);

		assertThat(labelled).hasSizeGreaterThanOrEqualTo(40);
		assertThat(wrong).as("wrong automatic links").isEmpty();
		assertThat(precision).isEqualTo(1.0);
		assertThat(recall).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void centuryLinkIsLeftToAnAnalystWithItsFilingsAsCandidates() throws IOException {
		List<Filing> filings = RmdExport.read(new ByteArrayInputStream(Examples.bytes(EXPORT)));
		Resolution.Outcome outcome = new Resolution(filings.stream()
			.map(f -> new Resolution.FilingNames(f.rmdNumber(), f.businessName(), f.dbaNames(), f.previousNames()))
			.toList()).resolve(List.of(new Resolution.ProviderName("centurylink", "CenturyLink", Set.of())));

		assertThat(outcome.links()).isEmpty();
		assertThat(outcome.candidates()).hasSize(Resolution.MAX_CANDIDATES)
			.allSatisfy(
					candidate -> assertThat(candidate.reason()).contains("is the DBA name").contains("filings match"));
	}

	@Test
	void aFilingAnAnalystRejectedIsNotLinkedAgain() throws IOException {
		List<Filing> filings = RmdExport.read(new ByteArrayInputStream(Examples.bytes(EXPORT)));
		Resolution resolution = new Resolution(filings.stream()
			.map(f -> new Resolution.FilingNames(f.rmdNumber(), f.businessName(), f.dbaNames(), f.previousNames()))
			.toList());

		assertThat(resolution
			.resolve(List.of(new Resolution.ProviderName("bandwidth-inc", "Bandwidth Inc.", Set.of("RMD0002564"))))
			.links()).isEmpty();
	}

	private static List<Labelled> labelled(String set) throws IOException {
		try (InputStream in = ResolutionEvaluationTests.class.getResourceAsStream("/registry/" + set);
				var parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Labelled> labelled = new ArrayList<>();
			for (CSVRecord row : parser) {
				labelled.add(new Labelled(row.get("name"), row.get("expected"), row.get("note")));
			}
			return labelled;
		}
	}

}
