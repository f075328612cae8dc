package id.kinerja;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.kinerja.system.PageController;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The features' boundaries: no cycle between feature packages (each can be read, tested and changed
 * from the ones it uses), pages beside their feature rather than in a horizontal web package, only the
 * policy package touches the rule engine, and JPA entities stay out of it.
 */
class ModularityTests {

	private static final JavaClasses APP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.kinerja");

	@Test
	void featuresDependOnEachOtherWithoutCycles() {
		slices().matching("id.kinerja.(*)..").should().beFreeOfCycles().check(APP);
	}

	@Test
	void pagesLiveBesideTheirFeature() {
		noClasses().should().resideInAnyPackage("id.kinerja.web..", "id.kinerja.pages..").check(APP);
		classes().that().areMetaAnnotatedWith(Controller.class).and().areNotMetaAnnotatedWith(RestController.class)
			.and().areNotAnnotations()
			.should().beAnnotatedWith(PageController.class)
			.andShould().resideOutsideOfPackage("id.kinerja.system..")
			.check(APP);
	}

	@Test
	void onlyThePolicyPackageTouchesTheRuleEngine() {
		noClasses().that().resideOutsideOfPackage("id.kinerja.policy..")
			.should().dependOnClassesThat().resideInAPackage("org.kie..")
			.check(APP);
	}

	@Test
	void ruleFactsAreNeverEntities() {
		noClasses().that().resideInAPackage("id.kinerja.policy..")
			.should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
			.check(APP);
	}

}
