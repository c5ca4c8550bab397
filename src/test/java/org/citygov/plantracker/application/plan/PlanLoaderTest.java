package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.application.plan.PlanLoadResult.Counts;
import org.citygov.plantracker.application.plan.PlanLoadResult.Outcome;
import org.citygov.plantracker.application.plan.PlanLoadResult.Status;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionReader;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionSource;
import org.citygov.plantracker.infrastructure.persistence.jpa.JpaJurisdictionRepository;
import org.citygov.plantracker.infrastructure.persistence.jpa.JpaPlanRepository;
import org.citygov.plantracker.test.jpa.PlanEntities;
import org.citygov.plantracker.test.jpa.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** PlanLoader against a real schema (Liquibase core/020 on embedded Derby, or PostgreSQL if configured). */
class PlanLoaderTest {

    private static final String[] TABLES = {"jurisdiction", "population", "plan", "chapter", "column_box", "program",
            "staged_schedule", "schedule_stage", "plan_target", "plan_target_unit", "plan_target_indicator",
            "plan_indicator", "indicator_observation"};

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = PlanEntities.database();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private <T> T withLoader(Function<PlanLoader, T> work) {
        return db.call(em -> work.apply(new PlanLoader(new JpaPlanRepository(em),
                new JpaJurisdictionRepository(em), new PlanDefinitionReader(), clock)));
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, db.count(table));
        }
        return counts;
    }

    @Test
    void loadsTheBundledPlanWithEverythingInIt() {
        PlanLoadResult result = withLoader(PlanLoader::loadBundledPlans);

        Outcome outcome = result.outcome("ZZ-PS-14");
        assertThat(outcome.status()).isEqualTo(Status.CREATED);
        assertThat(outcome.created()).isEqualTo(new Counts(17, 0, 13, 9, 37, 2, 7, 135, 86, 35, 18));
        assertThat(rowCounts()).containsEntry("jurisdiction", 17L)
                .containsEntry("plan", 1L)
                .containsEntry("chapter", 13L)
                .containsEntry("column_box", 9L)
                .containsEntry("program", 37L)
                .containsEntry("staged_schedule", 2L)
                .containsEntry("schedule_stage", 7L)
                .containsEntry("plan_target", 221L)
                .containsEntry("plan_target_unit", 18L)
                .containsEntry("plan_target_indicator", 13L)
                .containsEntry("plan_indicator", 35L)
                .containsEntry("population", 0L);
        assertThat(db.count("id_gen")).as("only the shared generator row 'ids'").isEqualTo(1);
    }

    @Test
    void loadingTheSameDefinitionAgainChangesNothing() {
        withLoader(PlanLoader::loadBundledPlans);
        Map<String, Long> before = rowCounts();
        String loadedAt = db.call(em -> new JpaPlanRepository(em).findByCode("ZZ-PS-14").orElseThrow()
                .getLoadedAt().toString());

        PlanLoadResult again = withLoader(PlanLoader::loadBundledPlans);

        assertThat(again.outcome("ZZ-PS-14").status()).isEqualTo(Status.UNCHANGED);
        assertThat(again.outcome("ZZ-PS-14").created()).isEqualTo(Counts.NONE);
        assertThat(again.changedAnything()).isFalse();
        assertThat(rowCounts()).isEqualTo(before);
        String loadedAtAfter = db.call(em -> new JpaPlanRepository(em).findByCode("ZZ-PS-14").orElseThrow()
                .getLoadedAt().toString());
        assertThat(loadedAtAfter).isEqualTo(loadedAt);
    }

    @Test
    void aChangedDefinitionUnderALoadedCodeIsRefusedAndChangesNothing() {
        PlanDefinition original = minimal(Map.of());
        withLoader(loader -> loader.load(original));
        Map<String, Long> before = rowCounts();

        PlanDefinition edited = minimal(Map.of("programs.yaml",
                text -> text.replace("推进示范项目建设", "加快推进示范项目建设")));
        PlanLoadResult result = withLoader(loader -> loader.load(edited));

        Outcome outcome = result.outcome("ZZ-TEST-1");
        assertThat(outcome.status()).isEqualTo(Status.CONFLICT);
        assertThat(outcome.loadedDigest()).isEqualTo(original.contentDigest()).isNotEqualTo(outcome.digest());
        assertThat(result.hasConflicts()).isTrue();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aSecondPlanReusesTheJurisdictionsAlreadyThere() {
        withLoader(PlanLoader::loadBundledPlans);

        PlanLoadResult result = withLoader(loader -> loader.load(minimal(Map.of())));

        Counts created = result.outcome("ZZ-TEST-1").created();
        assertThat(created.jurisdictions()).as("only the street is new").isEqualTo(1);
        assertThat(created.populations()).isEqualTo(2);
        assertThat(db.count("jurisdiction")).isEqualTo(18);
        assertThat(db.count("plan")).isEqualTo(2);
        db.run(em -> {
            JpaJurisdictionRepository units = new JpaJurisdictionRepository(em);
            Jurisdiction zhongyuan = units.findByCode("J01").orElseThrow();
            // its stage-1 minimum is the first plan's (C1.4-T1's group), whatever the second plan says
            assertThat(new JpaPlanRepository(em).findByCode("ZZ-PS-14").orElseThrow()
                    .firstStageInstitutionMinimum(zhongyuan)).contains(2);
            assertThat(units.findChildren(zhongyuan)).extracting(Jurisdiction::getCode).containsExactly("S0101");
            assertThat(units.findPopulation(zhongyuan, 2025)).hasValueSatisfying(p -> {
                assertThat(p.getPersons()).isEqualTo(1_050_000);
                assertThat(p.isSample()).isTrue();
            });
            assertThat(units.findLatestPopulation(zhongyuan, 2030)).isPresent();
            assertThat(units.findLatestPopulation(zhongyuan, 2024)).isEmpty();
        });
    }

    @Test
    void theMinimalPlanRoundTrips() {
        withLoader(loader -> loader.load(minimal(Map.of())));

        db.run(em -> {
            JpaPlanRepository plans = new JpaPlanRepository(em);
            Plan plan = plans.findByCode("ZZ-TEST-1").orElseThrow();
            assertThat(plan.getPeriod().getStartYear()).isEqualTo(2026);
            assertThat(plan.getLoadedAt()).isEqualTo("2026-03-01T16:00:00");
            assertThat(plans.findColumnBoxes(plan).get(1).getAmbiguityNote())
                    .isEqualTo("The printed title repeats that of 专栏1.");
            var target = plans.findTarget(plan, "CH2-T01").orElseThrow();
            assertThat(target.isChapterTextTarget()).isTrue();
            assertThat(target.getMeasure().isCumulative()).isTrue();
            assertThat(target.getMeasure().getBaselineText()).isEqualTo("60");
            assertThat(target.getDeadline().getPeriodStart()).isEqualTo("2026-01-01");
            assertThat(target.getIndicatorCodes()).containsExactly("IND-02");
            assertThat(plans.findTarget(plan, "C2.1-T1").orElseThrow().getWording().getDetails())
                    .isEqualTo("components_zh: 食堂、医务室");
            assertThat(plans.findProgram(plan, "C2.1").orElseThrow().relatedCodes()).containsExactly("CH2-T01");
        });
    }

    @Test
    void aHigherVersionRevisesInPlaceKeepingEveryKeptEntrysRow() {
        withLoader(loader -> loader.load(minimal(Map.of())));
        Map<String, Long> ids = db.call(em -> {
            Map<String, Long> m = new LinkedHashMap<>();
            Plan plan = new JpaPlanRepository(em).findByCode("ZZ-TEST-1").orElseThrow();
            m.put("CH2-T01", plan.target("CH2-T01").orElseThrow().getId());
            m.put("C1.1-T2", plan.target("C1.1-T2").orElseThrow().getId());
            m.put("IND-03", plan.indicator("IND-03").orElseThrow().getId());
            return m;
        });
        Map<String, Long> before = rowCounts();
        PlanDefinition v2 = minimal(Map.of(
                "plan.yaml", text -> text.replace("code: ZZ-TEST-1\n", "code: ZZ-TEST-1\nversion: 2\n"),
                "programs.yaml", text -> text.replace("    target: 550000\n", "    target: 600000\n")
                        .replace("      - id: C2.1\n        title_zh: 重复标题工程", "      - id: C2.1\n        title_zh: 示范工程")
                        .replace("          - id: C2.1-T1\n", "          - id: C2.1-T2\n"),
                "indicators.csv", text -> text.replace(",住房安全保障率,", ",城镇住房安全保障率,")));
        assertThat(v2.version()).isEqualTo(2);

        PlanLoadResult result = db.call(em -> new PlanLoader(new JpaPlanRepository(em), new JpaJurisdictionRepository(em),
                new PlanDefinitionReader(), clock).revise(new JpaPlanRepository(em).findByCode("ZZ-TEST-1").orElseThrow(), v2));

        assertThat(result.outcome("ZZ-TEST-1").status()).isEqualTo(Status.REVISED);
        assertThat(rowCounts()).as("one target replaced by another, nothing else added or removed").isEqualTo(before);
        db.run(em -> {
            Plan plan = new JpaPlanRepository(em).findByCode("ZZ-TEST-1").orElseThrow();
            assertThat(plan.getDefinitionVersion()).isEqualTo(2);
            assertThat(plan.getContentDigest()).isEqualTo(v2.contentDigest());
            assertThat(plan.target("CH2-T01").orElseThrow().getId()).isEqualTo(ids.get("CH2-T01"));
            assertThat(plan.target("CH2-T01").orElseThrow().getMeasure().getTargetValue()).isEqualByComparingTo("600000");
            assertThat(plan.target("CH2-T01").orElseThrow().getIndicatorCodes()).containsExactly("IND-02");
            assertThat(plan.target("C1.1-T2").orElseThrow().getId()).isEqualTo(ids.get("C1.1-T2"));
            assertThat(plan.target("C1.1-T2").orElseThrow().getStage()).isPresent();
            assertThat(plan.target("C2.1-T1")).isEmpty();
            assertThat(plan.target("C2.1-T2")).isPresent();
            assertThat(plan.program("C2.1").orElseThrow().getTitleZh()).isEqualTo("示范工程");
            assertThat(plan.indicator("IND-03").orElseThrow().getId()).isEqualTo(ids.get("IND-03"));
            assertThat(plan.indicator("IND-03").orElseThrow().getNameZh()).isEqualTo("城镇住房安全保障率");
            assertThat(plan.target("C1.1-T1").orElseThrow().jurisdictionCodes()).isEqualTo("J01");
        });
    }

    @Test
    void aRevisionThatRemovesWhatIsInUseOrMovesOrReschedulesIsBlocked() {
        withLoader(loader -> loader.load(minimal(Map.of())));
        PlanDefinition v2 = minimal(Map.of(
                "plan.yaml", text -> text.replace("code: ZZ-TEST-1\n", "code: ZZ-TEST-1\nversion: 2\n"),
                "programs.yaml", text -> text.replace("          - id: C2.1-T1\n", "          - id: C2.1-T2\n")
                        .replace("deadline: \"2030-12-31\"\n              deadline_text: 到2030年",
                                "deadline: \"2029-12-31\"\n              deadline_text: 到2029年")
                        .replace("            deadline: \"2030-12-31\"\n            deadline_basis: explicit\n            scope: per_community",
                                "            deadline: \"2029-12-31\"\n            deadline_basis: explicit\n            scope: per_community"),
                "indicators.csv", text -> text.lines().filter(l -> !l.startsWith("IND-03,"))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"))));
        PlanRevisionCheck.Uses uses = new PlanRevisionCheck.Uses(Map.of("C2.1-T1", java.util.List.of("SMP-2", "SMP-1", "SMP-2")),
                Map.of(), java.util.Set.of(), Map.of("IND-03", java.util.List.of(2026, 2027)));

        var blockers = db.call(em -> PlanRevisionCheck.check(new JpaPlanRepository(em).findByCode("ZZ-TEST-1")
                .orElseThrow(), v2, uses));

        assertThat(blockers).extracting(b -> b.key() + " " + b.arguments()).containsExactlyInAnyOrder(
                "plans.blocked.schedule [C1.1]",
                "plans.blocked.targetInUse [C2.1-T1, SMP-1、SMP-2]",
                "plans.blocked.indicatorObserved [IND-03, 2026、2027]");
        assertThat(PlanRevisionCheck.check(db.call(em -> new JpaPlanRepository(em).findByCode("ZZ-TEST-1").orElseThrow()),
                v2, new PlanRevisionCheck.Uses(Map.of(), Map.of(), java.util.Set.of(), Map.of())))
                .extracting(PlanRevisionCheck.Blocker::key).containsExactly("plans.blocked.schedule");
    }

    private PlanDefinition minimal(Map<String, Function<String, String>> edits) {
        PlanDefinitionSource base = PlanDefinitionSource.classpath(getClass().getClassLoader(), "plans-test/minimal");
        return new PlanDefinitionReader().read(new PlanDefinitionSource() {
            @Override
            public String location() {
                return base.location() + (edits.isEmpty() ? "" : " (edited)");
            }

            @Override
            public String locate(String fileName) {
                return base.locate(fileName);
            }

            @Override
            public Optional<byte[]> read(String fileName) {
                Function<String, String> edit = edits.get(fileName);
                return base.read(fileName).map(bytes -> edit == null ? bytes
                        : edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void jurisdictionTree() {
        withLoader(PlanLoader::loadBundledPlans);

        db.run(em -> {
            JpaJurisdictionRepository units = new JpaJurisdictionRepository(em);
            assertThat(units.findRoots()).extracting(Jurisdiction::getCode).containsExactly("ZZ");
            Jurisdiction city = units.findByCode("ZZ").orElseThrow();
            assertThat(city.getLevel()).isEqualTo(JurisdictionLevel.CITY);
            assertThat(units.findChildren(city)).hasSize(16).first()
                    .satisfies(j -> assertThat(j.getNameZh()).isEqualTo("中原区"));
            assertThat(units.findByLevel(JurisdictionLevel.DISTRICT)).hasSize(16)
                    .allSatisfy(j -> assertThat(j.isWithin(city)).isTrue());
        });
    }
}
