package org.citygov.plantracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Pages read and change data through the application services only: no EntityManager or query in a
 * backing bean. (Recognising an OptimisticLockException that escaped a service is allowed.)
 */
class WebLayerTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citygov.plantracker.interfaces.web");
    }

    @Test
    void backingBeansDoNotUseTheEntityManager() {
        // check() throws an AssertionError naming every violation
        assertThatCode(() -> noClasses().that().resideInAPackage("..plantracker.interfaces.web..")
                .should().dependOnClassesThat(belongToAnyOf(EntityManager.class, EntityManagerFactory.class,
                        PersistenceContext.class, Query.class))
                .orShould().dependOnClassesThat().resideInAPackage("..plantracker.infrastructure.persistence..")
                .check(classes)).doesNotThrowAnyException();
    }
}
