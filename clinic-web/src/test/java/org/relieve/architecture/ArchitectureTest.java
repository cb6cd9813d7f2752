package org.relieve.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/**
 * The module boundaries of design §1: core knows nothing of reporting or the web; reporting
 * nothing of the web; views and controllers reach data only through application services.
 */
@AnalyzeClasses(packages = "org.relieve", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"org.relieve.common..", "org.relieve.staff..", "org.relieve.audit..",
            "org.relieve.client..", "org.relieve.intake..", "org.relieve.plan..", "org.relieve.schedule..",
            "org.relieve.therapy.."};
    private static final String[] WEB = {"org.relieve.ui..", "org.relieve.api..", "org.relieve.security..",
            "org.relieve.database..", "org.relieve.demo..", "com.vaadin.."};

    @ArchTest
    static final ArchRule coreDependsOnNeitherReportingNorWeb = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(WEB)
            .orShould().dependOnClassesThat().resideInAPackage("org.relieve.reporting..")
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.web..");

    @ArchTest
    static final ArchRule reportingDoesNotDependOnWeb = noClasses()
            .that().resideInAPackage("org.relieve.reporting..")
            .should().dependOnClassesThat().resideInAnyPackage(WEB)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewsAndControllersUseServicesNotRepositories = noClasses()
            .that().resideInAnyPackage("org.relieve.ui..", "org.relieve.api..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);
}
