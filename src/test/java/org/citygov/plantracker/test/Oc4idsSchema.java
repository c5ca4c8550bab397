package org.citygov.plantracker.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OC4IDS 0.9.5 project-package schema (copied unchanged from the standard into
 * src/test/resources/oc4ids), with the validator resolving the standard's absolute $refs to that
 * copy — never to the network. Also the code lists, to check open-codelist values.
 */
public final class Oc4idsSchema {

    private static final String STANDARD = "https://standard.open-contracting.org/infrastructure/schema/0__9__5/";
    private static volatile JsonSchema schema;

    private Oc4idsSchema() {
    }

    /** Every validation message for a package (empty when valid), formats asserted. */
    public static Set<ValidationMessage> validate(JsonNode projectPackage) {
        return schema().validate(projectPackage);
    }

    private static JsonSchema schema() {
        if (schema == null) {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                    builder -> builder.schemaMappers(m -> m.mapPrefix(STANDARD, "classpath:oc4ids/")));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = factory.getSchema(SchemaLocation.of("classpath:oc4ids/project-package-schema.json"), config);
        }
        return schema;
    }

    /** The codes of one of the standard's code lists (codelists/projectSector.csv → education, health …). */
    public static Set<String> codes(String codelist) {
        try (InputStream in = Oc4idsSchema.class.getClassLoader().getResourceAsStream("oc4ids/codelists/" + codelist + ".csv")) {
            if (in == null) {
                throw new IllegalArgumentException("No code list " + codelist);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().skip(1).toList();
            return lines.stream().map(l -> l.split(",", 2)[0]).filter(c -> !c.isBlank())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
