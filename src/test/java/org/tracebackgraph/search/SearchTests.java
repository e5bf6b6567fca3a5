package org.tracebackgraph.search;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracebackgraph.Examples;
import org.tracebackgraph.GraphTest;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTests extends GraphTest {

	@BeforeEach
	void examples() {
		assertThat(postJson("/api/tracebacks", Examples.text("examples/tracebacks.json"))).hasStatusOk();
	}

	private MvcTestResult search(String q) {
		return this.mvc.get().uri("/api/search?q={q}", q).exchange();
	}

	@Test
	void aCallIdFindsTheCall() {
		assertThat(search("EX-C-2")).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("type", "CALL")
			.containsEntry("key", "EX-C-2")
			.containsEntry("detail", "Amazon-Impers-P2")
			.containsEntry("day", "2023-09-11")
			.containsEntry("exact", true);
	}

	@Test
	void aTracebackIdFindsTheTracebackWhateverTheCase() {
		assertThat(search("ex-t-3")).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("type", "TRACEBACK")
			.containsEntry("key", "EX-T-3")
			.containsEntry("detail", "FOREIGN_ORIGIN");
	}

	@Test
	void aPhoneNumberInAnyFormFindsTheNumber() {
		for (String written : new String[] { "(212) 555-0100", "212.555.0100", "+1 212 555 0100", "12125550100" }) {
			MvcTestResult result = search(written);
			assertThat(result).bodyJson().extractingPath("$.e164").isEqualTo("+12125550100");
			assertThat(result).bodyJson()
				.extractingPath("$.items[?(@.type == 'NUMBER')].key")
				.asArray()
				.containsExactly("+12125550100");
		}
	}

	@Test
	void aProviderIsFoundByItsIdExactlyAndByAPartOfItsName() {
		assertThat(search("big-carrier")).bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("type", "PROVIDER")
			.containsEntry("label", "Big Carrier Inc")
			.containsEntry("exact", true);
		assertThat(search("wholesale")).bodyJson()
			.extractingPath("$.items[*].key")
			.asArray()
			.containsExactly("wholesale-one");
		assertThat(search("Routing LLC")).bodyJson().extractingPath("$.items[0].key").isEqualTo("least-cost");
	}

	@Test
	void aCampaignIsFoundByItsNameOrAPartOfIt() {
		assertThat(search("Amazon-Impers-P2")).bodyJson()
			.extractingPath("$.items[?(@.exact == true)].type")
			.asArray()
			.containsExactly("CAMPAIGN");
		assertThat(search("lawenforce")).bodyJson()
			.extractingPath("$.items[*].key")
			.asArray()
			.containsExactly("SSA-LawEnforcement");
	}

	@Test
	void anRmdNumberOrFrnFindsTheRegistryFilingAndTheProvidersItIsLinkedTo() {
		rows("""
				MATCH (p:Provider {providerId: 'big-carrier'})
				CREATE (p)-[:FILED_AS {status: 'AUTO'}]->(:Filing {rmdNumber: 'RMD0001410', frn: '0012345678',
				        businessName: 'Big Carrier Incorporated', searchText: 'big carrier incorporated'})
				""", Map.of());
		for (String identifier : new String[] { "rmd0001410", "0012345678", "12345678" }) {
			assertThat(search(identifier)).bodyJson()
				.extractingPath("$.items[?(@.type == 'FILING')]")
				.asArray()
				.singleElement()
				.asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("key", "RMD0001410")
				.containsEntry("label", "Big Carrier Incorporated")
				.containsEntry("detail", "0012345678")
				.containsEntry("exact", true)
				.containsEntry("providerIds", List.of("big-carrier"));
		}
		assertThat(search("incorporated")).bodyJson()
			.extractingPath("$.items[?(@.type == 'FILING')].key")
			.asArray()
			.containsExactly("RMD0001410");
	}

	@Test
	void nothingFoundIsAnEmptyList() {
		assertThat(search("no such thing anywhere")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void noTextOrTooMuchIsRefusedByName() {
		assertThat(this.mvc.get().uri("/api/search")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("q");
		assertThat(search("x".repeat(201))).hasStatus(400);
	}

}
