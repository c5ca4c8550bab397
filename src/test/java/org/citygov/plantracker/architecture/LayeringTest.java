package org.citygov.plantracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
