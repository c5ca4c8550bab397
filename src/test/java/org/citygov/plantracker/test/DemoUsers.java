package org.citygov.plantracker.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo users of demo mode as the bundled sample portfolio ({@code sample/portfolio.yaml})
 * names them, so client-side ITs can sign in as the office of a lead unit they found through the
 * API. All have the password {@link Api#DEMO_PASSWORD}.
 */
public final class DemoUsers {

    private static final String PORTFOLIO = "sample/portfolio.yaml";
    private static volatile Map<String, String> officeByUnit;

    private DemoUsers() {
    }

    /** The PROJECT_OFFICE demo user of a sample lead unit. */
    public static Optional<String> officeOf(String leadUnitCode) {
        return Optional.ofNullable(offices().get(leadUnitCode));
    }

    private static Map<String, String> offices() {
        if (officeByUnit == null) {
            Map<String, String> offices = new HashMap<>();
            try (InputStream in = DemoUsers.class.getClassLoader().getResourceAsStream(PORTFOLIO)) {
                if (in == null) {
                    throw new IllegalStateException("No " + PORTFOLIO + " on the class path");
                }
                JsonNode root = new YAMLMapper().readTree(in);
                root.path("leadUnits").forEach(u -> offices.put(u.path("code").asText(), u.path("user").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            officeByUnit = Map.copyOf(offices);
        }
        return officeByUnit;
    }
}
