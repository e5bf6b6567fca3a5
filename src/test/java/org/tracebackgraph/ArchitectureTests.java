package org.tracebackgraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the packages honest: features (ingest, route, ...) stand side by side and talk
 * only through the graph; the shared kernel (model, neo4j, phone, web) knows no feature.
 */
class ArchitectureTests {

	private static final String[] KERNEL = { "org.tracebackgraph.model..", "org.tracebackgraph.neo4j..",
			"org.tracebackgraph.phone..", "org.tracebackgraph.web.." };

	private static final String[] FEATURES = { "org.tracebackgraph.ingest..", "org.tracebackgraph.route.." };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tracebackgraph");

	@Test
	void featuresDoNotDependOnEachOther() {
		slices().matching("org.tracebackgraph.(ingest|route)..").should().notDependOnEachOther().check(this.classes);
	}

	@Test
	void theSharedKernelDependsOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage(KERNEL)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(this.classes);
	}

	@Test
	void controllersAndRepositoriesArePackagePrivate() {
		classes().that()
			.haveSimpleNameEndingWith("Controller")
			.or()
			.haveSimpleNameEndingWith("Queries")
			.should()
			.notBePublic()
			.check(this.classes);
	}

	@Test
	void onlyTheNeo4jKernelTouchesTheEmbeddedDatabase() {
		noClasses().that()
			.resideOutsideOfPackage("org.tracebackgraph.neo4j..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.configuration..", "org.neo4j.kernel..")
			.check(this.classes);
	}

}
