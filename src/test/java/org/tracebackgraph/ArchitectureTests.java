package org.tracebackgraph;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the packages honest: each feature (ingest, route, ...) is a package that depends
 * on no other feature, only on the shared kernel (model, neo4j, phone, web), which in
 * turn knows no feature. Features meet in the graph, not in code.
 */
class ArchitectureTests {

	private static final String[] KERNEL = { "org.tracebackgraph.cli..", "org.tracebackgraph.model..",
			"org.tracebackgraph.neo4j..", "org.tracebackgraph.phone..", "org.tracebackgraph.web.." };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tracebackgraph");

	@Test
	void featuresDoNotDependOnEachOther() {
		slices().matching("org.tracebackgraph.(*)..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAnyPackage(KERNEL))
			.check(this.classes);
	}

	@Test
	void theSharedKernelDependsOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage(KERNEL)
			.should()
			.dependOnClassesThat(resideInAPackage("org.tracebackgraph..").and(resideOutsideOfPackages(KERNEL)))
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
