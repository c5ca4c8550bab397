package org.citygov.plantracker.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of STYLE.md: domain and application never depend on the interfaces; rules stay pure. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citygov.plantracker");
    }

    @Test
    void domainAndApplicationDoNotImportInterfaces() {
        noClasses().that().resideInAnyPackage("..plantracker.domain..", "..plantracker.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..plantracker.interfaces..")
                .check(classes);
    }

    @Test
    void domainDoesNotDependOnApplicationOrInfrastructure() {
        noClasses().that().resideInAPackage("..plantracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..plantracker.application..",
                        "..plantracker.infrastructure..", "..plantracker.interfaces..")
                .check(classes);
    }

    @Test
    void domainServicesArePureJava() {
        noClasses().that().resideInAPackage("..plantracker.domain.service..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.ejb..", "jakarta.transaction..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheInterfacesUseJsfAndJaxRs() {
        noClasses().that().resideOutsideOfPackage("..plantracker.interfaces..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .check(classes);
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
        noClasses().that().resideOutsideOfPackage("..plantracker.infrastructure.time..")
                .should().callMethodWhere(readsTheSystemClock)
                .check(classes);
    }
}
