package org.relieve.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.dom.Element;
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

    /**
     * Views render what staff and clients typed as text, never as markup: no {@code Html}
     * component, no raw element properties (such as {@code innerHTML}), no JavaScript but the
     * home-care sheet's constant {@code window.print()}, and inline SVG only from the classes that
     * escape every text they draw into it (the body map; JFreeSVG charts, see ChartTextEscapingTest).
     */
    @ArchTest
    static final ArchRule noUserTextRenderedAsMarkup = noClasses()
            .should().dependOnClassesThat().areAssignableTo(Html.class)
            .orShould().callMethodWhere(target(owner(assignableTo(Element.class))).and(target(name("setProperty"))))
            .because("text is shown with text components (Span, Paragraph, grid columns), which escape it");

    @ArchTest
    static final ArchRule scriptsOnlyFromTheHomeCareSheet = noClasses()
            .that().doNotHaveFullyQualifiedName("org.relieve.ui.plan.HomeCareSheetView")
            .should().callMethodWhere(target(name("executeJs")))
            .because("a script built from user text would run it");

    @ArchTest
    static final ArchRule inlineSvgOnlyFromEscapingDrawings = noClasses()
            .that().doNotHaveFullyQualifiedName("org.relieve.ui.BodyMap")
            .and().doNotHaveFullyQualifiedName("org.relieve.ui.report.OutcomeReportView")
            .and().doNotHaveFullyQualifiedName("org.relieve.ui.client.ClientOutcomesTab")
            .should().callMethod(Svg.class, "setSvg", String.class)
            .orShould().callConstructor(Svg.class, String.class)
            .because("Svg sets its content as markup");

    @ArchTest
    static final ArchRule viewsAndControllersUseServicesNotRepositories = noClasses()
            .that().resideInAnyPackage("org.relieve.ui..", "org.relieve.api..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);
}
