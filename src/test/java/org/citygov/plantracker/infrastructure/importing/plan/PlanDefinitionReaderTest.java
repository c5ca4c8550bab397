package org.citygov.plantracker.infrastructure.importing.plan;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The reader on small definitions: the valid one in plans-test/minimal, broken ones in
 * plans-test/broken-* (each holds only the file that differs from minimal), and edits of minimal.
 */
class PlanDefinitionReaderTest {

    private static final List<String> MINIMAL_FILES =
            List.of("plan.yaml", "programs.yaml", "indicators.csv", "jurisdictions.csv", "plan.zh.txt");

    private final PlanDefinitionReader reader = new PlanDefinitionReader();

    @TempDir
    Path dir;

    @Test
    void readsTheMinimalDefinition() {
        PlanDefinition plan = reader.readClasspath(getClass().getClassLoader(), "plans-test/minimal");

        assertThat(plan.code()).isEqualTo("ZZ-TEST-1");
        assertThat(plan.document().periodStartYear()).isEqualTo(2026);
        assertThat(plan.chapters()).hasSize(2);
        assertThat(plan.programs()).hasSize(2);
        assertThat(plan.allTargets()).hasSize(5);
        assertThat(plan.indicators()).hasSize(3);
        assertThat(plan.indicator("IND-01").orElseThrow().baselineYear()).isEqualTo(2025);
        assertThat(plan.indicator("IND-01").orElseThrow().targetYear()).isEqualTo(2030);
        assertThat(plan.groupMembersOf("C1.1-T1")).containsExactly("J01");
        assertThat(plan.jurisdictions()).extracting(PlanDefinition.JurisdictionDef::level)
                .containsExactly(JurisdictionLevel.DISTRICT, JurisdictionLevel.DISTRICT, JurisdictionLevel.STREET);
        assertThat(plan.jurisdictions().get(2).parentCode()).isEqualTo("J01");
        assertThat(plan.population().fiscalYear()).isEqualTo(2025);
        assertThat(plan.target("C1.1-T3").orElseThrow().details())
                .isEqualTo("breakdown: 普惠托育 1 (inclusive)");
    }

    @Test
    void theDigestCoversEveryFile() throws IOException {
        copyMinimal();
        String original = reader.readDirectory(dir).contentDigest();
        Files.writeString(dir.resolve("plan.zh.txt"), "测试规划(改过的示例文本)\n");

        assertThat(reader.readDirectory(dir).contentDigest()).isNotEqualTo(original);
    }

    @Test
    void unknownScopeInAStaticBrokenDefinition() {
        assertThat(problemsOf("broken-unknown-scope")).containsExactly(
                "programs.yaml: target C1.1-T2.scope: unknown scope 'per_town' (expected one of citywide, city_level,"
                        + " per_district_county, per_county_city, per_jurisdiction_group, per_street, per_township,"
                        + " per_township_street, per_community, per_village, per_institution, named_project)");
    }

    @Test
    void aStageListingAMissingTarget() {
        assertThat(problemsOf("broken-stage-target")).containsExactly(
                "programs.yaml: program C1.1: staged_schedule stage 1 lists C1.1-T9, which is not a target of C1.1");
    }

    @Test
    void aDuplicateCode() {
        assertThat(problemsOf("broken-duplicate-code")).containsExactly(
                "programs.yaml: target of C1.2: duplicate code C1.1-T1 (already used by a target of C1.1)");
    }

    @Test
    void badIndicatorRows() {
        assertThat(problemsOf("broken-indicators")).containsExactlyInAnyOrder(
                "indicators.csv: row 2 (IND-01), nature: unknown nature 'mandatory' (expected one of binding, expected)",
                "indicators.csv: row 3 (IND-01), cumulative: expected true or false, got 'yes'",
                "indicators.csv: row 3 (IND-01), code: duplicate indicator code IND-01");
    }

    @Test
    void theExceptionNamesTheDefinitionAndListsEveryProblem() {
        PlanDefinitionException e = failure("broken-indicators");
        assertThat(e.getLocation()).isEqualTo("classpath:plans-test/broken-indicators (over minimal)");
        assertThat(e.getMessage()).startsWith("Plan definition classpath:plans-test/broken-indicators (over minimal)"
                + " is invalid (3 problems):").contains(" - indicators.csv: row 2 (IND-01), nature:");
    }

    @Test
    void aTargetInAStageMustBeListedThere() {
        assertThat(editedProblems("programs.yaml", t -> t.replace("targets: [C1.1-T1, C1.1-T2]", "targets: [C1.1-T1]")))
                .containsExactly("programs.yaml: target C1.1-T2: says stage 1 but stage 1 of C1.1 does not list it");
    }

    @Test
    void aTargetDueOtherThanItsStage() {
        assertThat(editedProblems("programs.yaml", t -> t.replaceFirst(
                "deadline: \"2027-12-31\"\n            deadline_basis: explicit\n            deadline_text: 到2027年",
                "deadline: \"2028-12-31\"\n            deadline_basis: explicit\n            deadline_text: 到2028年")))
                .containsExactly("programs.yaml: target C1.1-T1: is due 2028-12-31 but its stage 1 is due 2027-12-31");
    }

    @Test
    void aMisspeltFieldIsAProblemNotSilence() {
        assertThat(editedProblems("programs.yaml", t -> t.replace("min_places_per_institution: 50",
                "min_places_per_instituion: 50")))
                .singleElement().asString()
                .startsWith("programs.yaml: target C1.1-T1.min_places_per_instituion: unknown field (expected one of");
    }

    @Test
    void howATargetIsMeasuredIsDeclaredAndChecked() {
        assertThat(editedProblems("programs.yaml", t -> t.replace("            measure: per_1000_population\n", "")))
                .anySatisfy(p -> assertThat(p).contains("target C1.1-T2").contains("measure: missing")
                        .contains("per_1000_population"));
        assertThat(editedProblems("programs.yaml", t -> t.replace("measure: per_1000_population",
                "measure: per_1000_pop")))
                .anySatisfy(p -> assertThat(p).contains("target C1.1-T2")
                        .contains("unknown measure 'per_1000_pop'"));
        assertThat(editedProblems("programs.yaml", t -> t.replace("comparison: qualitative\n            measure: none",
                "comparison: qualitative\n            measure: quantity")))
                .anySatisfy(p -> assertThat(p).contains("target C2.1-T1").contains("no figure"));
        assertThat(editedProblems("programs.yaml", t -> t.replace("measure: per_1000_population",
                "measure: per_1000_population\n            inclusive_only: true")))
                .anySatisfy(p -> assertThat(p).contains("target C1.1-T2").contains("inclusive_only"));
    }

    @Test
    void anUnknownIndicatorReference() {
        assertThat(editedProblems("programs.yaml", t -> t.replace("indicator_ref: IND-01", "indicator_ref: IND-99")))
                .containsExactly("programs.yaml: target C1.1-T2: indicator_ref IND-99 is not in the indicator table");
    }

    @Test
    void figuresMustFitTheComparison() {
        assertThat(editedProblems("programs.yaml", t -> t.replace("            target_min: 1\n", "")))
                .containsExactly("programs.yaml: target C1.1-T3.target_min: comparison range needs both target_min"
                        + " and target_max");
        assertThat(editedProblems("programs.yaml", t -> t.replace("target: 2\n", "target: null\n")))
                .containsExactly("programs.yaml: target C1.1-T1.target: is missing; comparison at_least needs a figure");
    }

    @Test
    void noDeadlineMeansNoDate() {
        assertThat(editedProblems("programs.yaml", t -> t.replace(
                "deadline: null\n            deadline_basis: none",
                "deadline: \"2030-12-31\"\n            deadline_basis: none")))
                .containsExactly("programs.yaml: target C2.1-T1.deadline: is 2030-12-31 but deadline_basis is none"
                        + " (no deadline)");
    }

    @Test
    void chaptersMustBeInTheManifest() {
        assertThat(editedProblems("programs.yaml", t -> t.replace("  - id: CH2-T01\n    chapter: 2",
                "  - id: CH2-T01\n    chapter: 7")))
                .containsExactly("programs.yaml: target CH2-T01: chapter 7 is not among the chapters of plan.yaml");
    }

    @Test
    void aGroupRuleMustSelectSomething() {
        assertThat(editedProblems("plan.yaml", t -> t.replace("C1.1-T1: {codes: [J01]}",
                "C1.1-T1: {column: leap_2022_min_institutions, equals: \"3\"}")))
                .containsExactly("plan.yaml: jurisdiction_groups.C1.1-T1: selects no jurisdiction");
        assertThat(editedProblems("plan.yaml", t -> t.replace("C1.1-T1: {codes: [J01]}", "C1.1-T2: {codes: [J01]}")))
                .containsExactly("plan.yaml: jurisdiction_groups.C1.1-T2: target has scope per_district_county;"
                        + " only per_jurisdiction_group targets take a group");
    }

    @Test
    void aListedFileMustExist() throws IOException {
        copyMinimal();
        Files.delete(dir.resolve("indicators.csv"));

        assertThat(failureOf(dir).getProblems()).containsExactly("indicators.csv: missing (listed in plan.yaml)");
    }

    @Test
    void anUnknownFormatVersion() {
        assertThat(editedProblems("plan.yaml", t -> t.replace("format: 1", "format: 2")))
                .containsExactly("plan.yaml: format: unsupported format 2 (this reader knows 1)");
    }

    @Test
    void invalidYaml() {
        assertThat(editedProblems("programs.yaml", t -> t.replace("  title_zh: 测试规划\n", "  title_zh: [测试规划\n")))
                .singleElement().asString().startsWith("programs.yaml: not valid YAML:");
    }

    @Test
    void populationsNeedAYear() {
        assertThat(editedProblems("plan.yaml", t -> t.replaceAll("(?s)population:.*?sample: true\n", "")))
                .containsExactly("jurisdictions.csv: the population column is filled, so plan.yaml needs"
                        + " population.fiscal_year (and source)");
    }

    @Test
    void aUnitMustFitUnderItsParent() {
        assertThat(editedProblems("jurisdictions.csv", t -> t.replace(",street,J01,", ",village,J01,")))
                .containsExactly("jurisdictions.csv: row 4 (S0101), level: a district (J01) cannot contain a village");
    }

    @Test
    void theTargetYearMustEndThePlanPeriod() {
        assertThat(editedProblems("indicators.csv", t -> t.replace("target_2030", "target_2029")))
                .containsExactly("indicators.csv: the target column is for 2029 but the plan period ends in 2030");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(editedProblems("programs.yaml", t -> t
                .replace("scope: per_community", "scope: per_neighbourhood")
                .replace("kind: project", "kind: programme")
                .replace("deadline: \"2030-12-31\"\n    deadline_basis: implied_plan_period",
                        "deadline: \"2030-13-31\"\n    deadline_basis: implied_plan_period")))
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("C1.1-T3.scope: unknown scope 'per_neighbourhood'"))
                .anySatisfy(p -> assertThat(p).contains("C2.1-T1.kind: unknown kind 'programme'"))
                .anySatisfy(p -> assertThat(p).contains("CH2-T01.deadline: '2030-13-31' is not a date (YYYY-MM-DD)"));
    }

    @Test
    void everyProblemNamesItsFileAndLine() throws IOException {
        copyMinimal();
        String programs = Files.readString(dir.resolve("programs.yaml"));
        List<String> lines = programs.lines().toList();
        int scopeLine = lines.indexOf(lines.stream().filter(l -> l.strip().equals("scope: per_community"))
                .findFirst().orElseThrow()) + 1;
        Files.writeString(dir.resolve("programs.yaml"), programs.replace("scope: per_community", "scope: per_block"));
        String indicators = Files.readString(dir.resolve("indicators.csv"));
        Files.writeString(dir.resolve("indicators.csv"), indicators.replaceFirst(",binding,", ",bindng,"));
        int indicatorLine = indicators.lines().toList().indexOf(indicators.lines()
                .filter(l -> l.contains(",binding,")).findFirst().orElseThrow()) + 1;

        List<PlanProblem> problems = failureOf(dir).getLocatedProblems();

        assertThat(scopeLine).isPositive();
        assertThat(problems).extracting(PlanProblem::file, PlanProblem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("programs.yaml", scopeLine),
                org.assertj.core.groups.Tuple.tuple("indicators.csv", indicatorLine));
        assertThat(problems).extracting(PlanProblem::detail).anySatisfy(d -> assertThat(d).startsWith("target ")
                .contains("scope: unknown scope 'per_block'"));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private List<String> problemsOf(String brokenFolder) {
        return failure(brokenFolder).getProblems();
    }

    /** Reads plans-test/{brokenFolder} laid over plans-test/minimal, expecting it to fail. */
    private PlanDefinitionException failure(String brokenFolder) {
        ClassLoader cl = getClass().getClassLoader();
        PlanDefinitionSource broken = PlanDefinitionSource.classpath(cl, "plans-test/" + brokenFolder);
        PlanDefinitionSource minimal = PlanDefinitionSource.classpath(cl, "plans-test/minimal");
        PlanDefinitionSource overlay = new PlanDefinitionSource() {
            @Override
            public String location() {
                return broken.location() + " (over minimal)";
            }

            @Override
            public String locate(String fileName) {
                return broken.read(fileName).isPresent() ? broken.locate(fileName) : minimal.locate(fileName);
            }

            @Override
            public Optional<byte[]> read(String fileName) {
                return broken.read(fileName).or(() -> minimal.read(fileName));
            }
        };
        return catchThrowableOfType(PlanDefinitionException.class, () -> reader.read(overlay));
    }

    private List<String> editedProblems(String fileName, UnaryOperator<String> edit) {
        try {
            copyMinimal();
            Path file = dir.resolve(fileName);
            String before = Files.readString(file);
            String after = edit.apply(before);
            assertThat(after).as("the edit of " + fileName + " changed nothing").isNotEqualTo(before);
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return failureOf(dir).getProblems();
    }

    private PlanDefinitionException failureOf(Path definition) {
        PlanDefinitionException e = catchThrowableOfType(PlanDefinitionException.class,
                () -> reader.readDirectory(definition));
        assertThat(e).as("reading " + definition + " should fail").isNotNull();
        return e;
    }

    private void copyMinimal() throws IOException {
        for (String name : MINIMAL_FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("plans-test/minimal/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
    }
}
