package org.citygov.plantracker.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import java.beans.Introspector;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every EL name (@Named) is used once across the contexts: two beans of the same name stop the whole
 * deployment (WELD-001414), which the contexts, written in parallel, would only see when merged.
 */
class NamedBeansTest {

    @Test
    void noTwoBeansShareAName() {
        Map<String, List<String>> byName = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citygov.plantracker").stream()
                .filter(c -> c.isAnnotatedWith(Named.class))
                .collect(Collectors.groupingBy(NamedBeansTest::name,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));

        assertThat(byName).isNotEmpty();
        assertThat(byName.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
    }

    private static String name(JavaClass type) {
        String value = type.getAnnotationOfType(Named.class).value();
        return value.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : value;
    }
}
