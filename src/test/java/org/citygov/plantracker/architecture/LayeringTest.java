package org.citygov.plantracker.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The layering of STYLE.md and docs/architecture.md: domain and application never depend on the interfaces, nor
 * infrastructure; rules stay pure; the EntityManager is used in the application and infrastructure.persistence only.
 * Each test asserts through {@link #assertHolds}: ArchUnit's {@code check} throws an AssertionError that names every
 * violating class and line.
 */
class LayeringTest {

    private static JavaClasses classes;

    private static void assertHolds(ArchRule rule) {
        assertThatCode(() -> rule.check(classes)).as(rule.getDescription()).doesNotThrowAnyException();
    }

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citygov.plantracker");
    }

    @Test
    void domainAndApplicationDoNotImportInterfaces() {
        assertHolds(noClasses().that().resideInAnyPackage("..plantracker.domain..", "..plantracker.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..plantracker.interfaces.."));
    }

    @Test
    void domainDoesNotDependOnApplicationOrInfrastructure() {
        assertHolds(noClasses().that().resideInAPackage("..plantracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..plantracker.application..",
                        "..plantracker.infrastructure..", "..plantracker.interfaces.."));
    }

    @Test
    void domainServicesArePureJava() {
        assertHolds(noClasses().that().resideInAPackage("..plantracker.domain.service..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.ejb..", "jakarta.transaction..")
                .allowEmptyShould(true));
    }

    @Test
    void onlyTheInterfacesUseJsfAndJaxRs() {
        assertHolds(noClasses().that().resideOutsideOfPackage("..plantracker.interfaces..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces.."));
    }

    /**
     * Infrastructure (persistence, imports, exports, security) serves the application and the interfaces, never the
     * other way round. One known exception is left: {@code ReportLabels} reads the page texts
     * ({@code interfaces.i18n.Texts}); moving the texts where both may use them touches files two other rooms were
     * changing in the session of 2026-12-07 (issue 19, item 4).
     */
    @Test
    void infrastructureDoesNotDependOnInterfaces() {
        assertHolds(noClasses().that().resideInAPackage("..plantracker.infrastructure..")
                .and().doNotHaveFullyQualifiedName("org.citygov.plantracker.infrastructure.export.ReportLabels")
                .should().dependOnClassesThat().resideInAnyPackage("..plantracker.interfaces.."));
    }

    /**
     * Where persistence happens (docs/architecture.md, "Persistence conventions"): the EntityManager and its queries are
     * used by application services (use cases and read models) and by infrastructure.persistence; never by the
     * domain, the interfaces (pages, REST) or the other infrastructure (imports, exports), which go through a service.
     */
    @Test
    void theEntityManagerIsUsedInTheApplicationAndPersistenceOnly() {
        assertHolds(noClasses().that().resideOutsideOfPackages("..plantracker.application..",
                        "..plantracker.infrastructure.persistence..")
                .should().dependOnClassesThat(belongToAnyOf(EntityManager.class, EntityManagerFactory.class,
                        PersistenceContext.class, Query.class, TypedQuery.class)));
    }

    /**
     * One policy for "today": the injected {@link Clock} (Zhengzhou's date, see ClockProducer). A call to
     * {@code LocalDate.now()}, {@code now(ZoneId)} or {@code Clock.system…()} anywhere else reads the server's
     * own clock or zone and cannot be moved in a test.
     */
    @Test
    void onlyTheClockProducerReadsTheSystemClock() {
        DescribedPredicate<JavaMethodCall> readsTheSystemClock = new DescribedPredicate<>("read the system clock") {
            @Override
            public boolean test(JavaMethodCall call) {
                var target = call.getTarget();
                if (!target.getOwner().getPackageName().equals("java.time")) {
                    return false;
                }
                if (target.getName().equals("now")) {
                    return target.getRawParameterTypes().stream().noneMatch(t -> t.isAssignableTo(Clock.class));
                }
                return target.getOwner().isEquivalentTo(Clock.class) && target.getName().startsWith("system");
            }
        };
        assertHolds(noClasses().that().resideOutsideOfPackage("..plantracker.infrastructure.time..")
                .should().callMethodWhere(readsTheSystemClock));
    }
}
