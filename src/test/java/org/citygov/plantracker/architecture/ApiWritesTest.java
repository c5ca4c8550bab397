package org.citygov.plantracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 (CSRF): every write of the API declares what it consumes, so that a cross-site form's
 * text/plain, urlencoded or multipart body is answered 415 before the resource runs.
 */
class ApiWritesTest {

    @Test
    void everyWriteDeclaresConsumes() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citygov.plantracker.interfaces.rest");
        List<String> missing = classes.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(POST.class) || m.isAnnotatedWith(PUT.class)
                        || m.isAnnotatedWith(DELETE.class) || m.isAnnotatedWith(PATCH.class))
                .filter(m -> !m.isAnnotatedWith(Consumes.class) && !m.getOwner().isAnnotatedWith(Consumes.class))
                .map(JavaMethod::getFullName)
                .toList();
        assertThat(missing).as("API writes without @Consumes").isEmpty();
    }
}
