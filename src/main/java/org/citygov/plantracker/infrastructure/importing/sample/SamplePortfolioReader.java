package org.citygov.plantracker.infrastructure.importing.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.GroupDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.PlaceDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.ProjectDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.StepDef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code sample/portfolio.yaml} into a {@link SamplePortfolioDefinition}: fills each project
 * row from its group's {@code defaults}, then checks what can be checked without the database
 * (unique codes, known templates, roles, categories and levels, funding shares adding up to 100,
 * every project with outputs). Whatever refers to the plan (programs, targets, the 区县(市)) is checked
 * when the sample is loaded.
 */
public class SamplePortfolioReader {

    public static final String RESOURCE = "sample/portfolio.yaml";

    private final ObjectMapper yaml = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The bundled definition. */
    public SamplePortfolioDefinition readBundled() {
        return read(SamplePortfolioReader.class.getClassLoader(), RESOURCE);
    }

    public SamplePortfolioDefinition read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No sample portfolio at " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SamplePortfolioDefinition read(InputStream in, String location) throws IOException {
        JsonNode root = yaml.readTree(in);
        ArrayNode groups = (ArrayNode) root.path("groups");
        for (JsonNode group : groups) {
            JsonNode defaults = group.path("defaults");
            for (JsonNode project : group.path("projects")) {
                fill((ObjectNode) project, defaults);
            }
            ((ObjectNode) group).remove("defaults");
        }
        SamplePortfolioDefinition definition = yaml.treeToValue(root, SamplePortfolioDefinition.class);
        check(definition, location);
        return definition;
    }

    /** Copies the group's defaults into a row wherever the row says nothing. */
    private static void fill(ObjectNode project, JsonNode defaults) {
        for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!project.has(field.getKey())) {
                project.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static void check(SamplePortfolioDefinition d, String location) {
        List<String> problems = new ArrayList<>();
        if (d.format() != 1) {
            problems.add("unknown format " + d.format());
        }
        if (d.plan() == null || d.asOf() == null || d.password() == null || d.namePrefix() == null) {
            problems.add("plan, asOf, password and namePrefix are required");
        }
        Set<String> usernames = new HashSet<>();
        d.users().forEach(u -> {
            if (!usernames.add(u.username())) {
                problems.add("user " + u.username() + " twice");
            }
            u.roles().forEach(r -> enumValue(Role.class, r, "user " + u.username(), problems));
        });
        Set<String> units = new HashSet<>();
        d.leadUnits().forEach(u -> {
            if (!units.add(u.code())) {
                problems.add("lead unit " + u.code() + " twice");
            }
            if (u.user() == null || !usernames.add(u.user())) {
                problems.add("lead unit " + u.code() + " needs its own office user");
            }
        });
        Set<String> places = new HashSet<>();
        d.districts().forEach(j -> places.add(j.code()));
        for (PlaceDef p : d.places()) {
            if (!places.contains(p.parent())) {
                problems.add("place " + p.code() + ": parent " + p.parent() + " is not listed above it");
            }
            if (!places.add(p.code())) {
                problems.add("place " + p.code() + " twice");
            }
            enumValue(JurisdictionLevel.class, p.level(), "place " + p.code(), problems);
        }
        d.templates().forEach((name, steps) -> {
            if (steps.isEmpty()) {
                problems.add("template " + name + " is empty");
            }
            for (StepDef s : steps) {
                enumValue(MilestoneKind.class, s.kind(), "template " + name, problems);
            }
        });
        Set<String> codes = new HashSet<>();
        for (GroupDef g : d.groups()) {
            for (ProjectDef p : g.projects()) {
                String where = g.name() + "/" + p.code();
                if (p.code() == null || !p.code().matches(ProjectCode.PATTERN)) {
                    problems.add(where + ": bad project code");
                } else if (!codes.add(p.code())) {
                    problems.add(where + ": code used twice");
                }
                if (p.zh() == null || p.en() == null || p.where() == null || p.program() == null
                        || p.start() == null || p.finish() == null || p.invest() == null) {
                    problems.add(where + ": zh, en, in, program, start, finish and invest are required");
                } else if (p.finish().isBefore(p.start())) {
                    problems.add(where + ": finish before start");
                }
                if (p.where() != null && !places.contains(p.where())) {
                    problems.add(where + ": unknown place " + p.where());
                }
                if (!units.contains(p.unit())) {
                    problems.add(where + ": unknown lead unit " + p.unit());
                }
                if (!d.templates().containsKey(p.template())) {
                    problems.add(where + ": unknown template " + p.template());
                }
                enumValue(Category.class, p.category(), where, problems);
                if (p.out().isEmpty() == (p.childcare() == null)) {
                    problems.add(where + ": give either outputs (out) or a childcare institution, not both or neither");
                }
                if (p.funding() == null || p.funding().values().stream().mapToInt(Integer::intValue).sum() != 100) {
                    problems.add(where + ": funding shares must add up to 100");
                }
                if (p.withdraw() != null && (p.withdraw().on() == null || p.withdraw().reason() == null)) {
                    problems.add(where + ": a withdrawal needs a date and a reason");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(location + ": " + String.join("; ", problems));
        }
    }

    private static <E extends Enum<E>> void enumValue(Class<E> type, String value, String where, List<String> problems) {
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(where + ": unknown " + type.getSimpleName() + " " + value);
        }
    }
}
