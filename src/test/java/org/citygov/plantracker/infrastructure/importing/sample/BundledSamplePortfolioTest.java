package org.citygov.plantracker.infrastructure.importing.sample;

import org.citygov.plantracker.application.sample.SampleFunding;
import org.citygov.plantracker.application.sample.SampleSchedule;
import org.citygov.plantracker.application.sample.SampleSchedule.Band;
import org.citygov.plantracker.application.sample.SampleSchedule.Planned;
import org.citygov.plantracker.application.sample.SampleSchedule.Rebaseline;
import org.citygov.plantracker.application.sample.SampleSchedule.Step;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.TargetDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionReader;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.OutputDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.PlaceDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.ProjectDef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bundled sample portfolio (sample/portfolio.yaml) reads cleanly, refers only to what the bundled
 * plan defines, and has the shape the demo promises: the lots add up to the 55,000,000 m² target, 20
 * schools (16 + 4), the three hospitals, a park and a depot in each 区县(市), and a mix of on-time,
 * amber, red, re-baselined, not-yet-started and withdrawn projects. No server needed.
 */
class BundledSamplePortfolioTest {

    private static SamplePortfolioDefinition sample;
    private static PlanDefinition plan;
    private static final Map<String, String> parents = new HashMap<>();
    private static final Map<String, JurisdictionLevel> levels = new HashMap<>();

    @BeforeAll
    static void read() {
        sample = new SamplePortfolioReader().readBundled();
        plan = new PlanDefinitionReader().readClasspath(BundledSamplePortfolioTest.class.getClassLoader(),
                "plans/zz-ps-14");
        plan.jurisdictions().forEach(j -> levels.put(j.code(), j.level()));
        for (PlaceDef p : sample.places()) {
            parents.put(p.code(), p.parent());
            levels.put(p.code(), JurisdictionLevel.valueOf(p.level()));
        }
    }

    private static String districtOf(String code) {
        String c = code;
        while (parents.containsKey(c)) {
            c = parents.get(c);
        }
        return c;
    }

    private static List<ProjectDef> projectsWithOutput(String target) {
        return sample.projects().filter(p -> p.out().stream().anyMatch(o -> o.t().equals(target))).toList();
    }

    private static BigDecimal sumOf(String target) {
        return sample.projects().flatMap(p -> p.out().stream()).filter(o -> o.t().equals(target))
                .map(OutputDef::q).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Planned> story(ProjectDef p) {
        List<Step> steps = sample.templates().get(p.template()).stream()
                .map(s -> new Step(s.zh(), s.en(), MilestoneKind.valueOf(s.kind()), s.at(), s.weight())).toList();
        Rebaseline rebase = p.rebase() == null ? null : new Rebaseline(p.rebase().from(), p.rebase().days(), p.rebase().on());
        return SampleSchedule.plan(steps, p.start(), p.finish(), p.slip(), rebase, sample.asOf(),
                p.withdraw() == null ? null : p.withdraw().on());
    }

    @Test
    void isModestAndEveryProjectHasAUniqueCodeAndAKnownPlace() {
        assertThat(sample.projects().count()).isBetween(100L, 150L);
        assertThat(sample.districts()).extracting(SamplePortfolioDefinition.DistrictDef::code)
                .containsExactlyElementsOf(plan.jurisdictions().stream().map(PlanDefinition.JurisdictionDef::code).toList());
        assertThat(sample.places()).allSatisfy(p -> assertThat(levels).containsKey(p.parent()));
    }

    @Test
    void refersOnlyToProgramsAndTargetsOfThePlanAndCountsPerUnitTargetsWhereTheyApply() {
        sample.projects().forEach(p -> {
            assertThat(plan.program(p.program())).as(p.code() + " program").isPresent();
            for (OutputDef o : p.out()) {
                TargetDef target = plan.target(o.t()).orElse(null);
                assertThat(target).as(p.code() + " target " + o.t()).isNotNull();
                String at = o.at() == null ? p.where() : o.at();
                if (target.scope().isPerUnit()) {
                    assertThat(target.scope().appliesToLevel(levels.get(at))).as(p.code() + " " + o.t() + " at " + at)
                            .isTrue();
                }
            }
        });
    }

    @Test
    void resettlementLotsAddUpToExactlyTheTargetArea() {
        TargetDef area = plan.target("CH9-T01").orElseThrow();
        assertThat(area.value()).isEqualByComparingTo("55000000");
        assertThat(sumOf("CH9-T01")).isEqualByComparingTo(area.value());
        assertThat(sumOf("CH9-T02")).isEqualByComparingTo(plan.target("CH9-T02").orElseThrow().value());
        List<ProjectDef> lots = projectsWithOutput("CH9-T01");
        assertThat(lots).hasSizeGreaterThanOrEqualTo(20).allMatch(p -> p.withdraw() == null);
        // some lots finished in 2024 or are still open
        assertThat(lots).anyMatch(p -> story(p).stream().anyMatch(m -> !m.done()));
        assertThat(lots).anyMatch(p -> story(p).stream()
                .anyMatch(m -> m.step().kind() == MilestoneKind.COMPLETION && m.done() && m.expected().getYear() == 2024));
    }

    @Test
    void twentyHighSchoolStageSchoolsSixteenGeneralAndFourVocational() {
        List<OutputDef> schools = sample.projects().flatMap(p -> p.out().stream())
                .filter(o -> o.t().equals("C2.1-T5")).toList();
        assertThat(schools).hasSize(20);
        assertThat(schools.stream().collect(Collectors.groupingBy(OutputDef::desc, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("普通高中", 16L, "中等职业学校", 4L));
        assertThat(projectsWithOutput("C2.2-T6")).hasSize(4);
    }

    @Test
    void theThreeNamedHospitals() {
        assertThat(projectsWithOutput("C4.4-T6")).extracting(ProjectDef::zh)
                .hasSize(3)
                .anyMatch(n -> n.startsWith("登封市中医院"))
                .anyMatch(n -> n.startsWith("新密市公立综合医院"))
                .anyMatch(n -> n.startsWith("新郑市公立中医院"));
    }

    @Test
    void oneSportsParkAndOneEmergencyDepotInEachDistrict() {
        List<String> districts = plan.jurisdictions().stream().map(PlanDefinition.JurisdictionDef::code).toList();
        assertThat(projectsWithOutput("C9.3-T1")).extracting(p -> districtOf(p.where()))
                .containsExactlyInAnyOrderElementsOf(districts);
        assertThat(projectsWithOutput("C6.5-T2")).extracting(p -> districtOf(p.where()))
                .containsExactlyInAnyOrderElementsOf(districts);
    }

    @Test
    void theMemorialHallUpgrade() {
        assertThat(projectsWithOutput("C8.1-T2")).singleElement()
                .satisfies(p -> assertThat(p.zh()).contains("郑州烈士陵园中原英烈纪念馆"));
    }

    @Test
    void childcareInSeveralDistrictsStreetsTownshipsAndCommunities() {
        List<ProjectDef> childcare = sample.projects().filter(p -> p.childcare() != null).toList();
        assertThat(childcare).allMatch(p -> p.program().equals("C1.4"));
        assertThat(childcare.stream().map(p -> districtOf(p.where())).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(childcare.stream().map(p -> levels.get(p.where())).collect(Collectors.toSet()))
                .contains(JurisdictionLevel.DISTRICT, JurisdictionLevel.STREET, JurisdictionLevel.TOWNSHIP,
                        JurisdictionLevel.COMMUNITY);
        assertThat(childcare).anyMatch(p -> !p.childcare().isInclusive());
    }

    @Test
    void everyScheduleAndFundingSplitWorksAndTheMixHasEveryCase() {
        Map<String, List<String>> byCase = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        int lines = 0;
        int pending = 0;
        for (ProjectDef p : sample.projects().toList()) {
            List<Planned> story = story(p);
            long late = SampleSchedule.daysLate(story, sample.asOf());
            boolean started = story.stream().anyMatch(m -> m.done() && m.step().kind() == MilestoneKind.CONSTRUCTION);
            String kase = p.withdraw() != null ? "withdrawn"
                    : p.start().isAfter(sample.asOf()) ? "reserve"
                    : !started ? "preparation-" + Band.of(late)
                    : Band.of(late).name();
            String label = p.code() + (late > 0 ? " +" + late + "d" : "")
                    + (p.rebase() != null ? " (re-baselined; +" + SampleSchedule.daysLateAgainstOriginal(story,
                    sample.asOf()) + "d vs original)" : "")
                    + (story.stream().allMatch(Planned::done) || story.stream().filter(m -> m.step().kind()
                    == MilestoneKind.COMPLETION).allMatch(Planned::done) ? "" : " open");
            byCase.computeIfAbsent(kase, k -> new ArrayList<>()).add(label);
            boolean completed = story.stream().filter(m -> m.step().kind() == MilestoneKind.COMPLETION)
                    .allMatch(Planned::done);
            BigDecimal invest = p.invest().multiply(BigDecimal.valueOf(10_000)).setScale(2);
            List<SampleFunding.Line> funding = SampleFunding.lines(new SampleFunding.Project(invest, p.start(),
                    p.finish(), p.funding(), p.cutPercent(), p.pendingThisYear(), completed,
                    p.withdraw() == null ? null : p.withdraw().on()), sample.asOf());
            BigDecimal requested = funding.stream().map(SampleFunding.Line::requested).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (p.withdraw() == null) {
                assertThat(requested).as(p.code()).isEqualByComparingTo(invest);
            }
            assertThat(funding).as(p.code()).allMatch(l -> l.year() >= p.start().getYear() && l.year() <= p.finish().getYear());
            total = total.add(invest);
            lines += funding.size();
            pending += (int) funding.stream().filter(l -> !l.isApproved()).count();
        }
        byCase.forEach((k, v) -> System.out.println(k + " (" + v.size() + "): " + v));
        System.out.println("total investment " + total.divide(BigDecimal.valueOf(100_000_000)) + " 亿元, "
                + lines + " funding lines, " + pending + " requested (pending review)");

        assertThat(byCase.get("ON_TIME")).hasSizeGreaterThan(50);
        assertThat(byCase.get("AMBER")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(byCase.get("RED")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(byCase.get("withdrawn")).hasSize(1);
        assertThat(byCase.keySet()).contains("reserve").anyMatch(k -> k.startsWith("preparation"));
        assertThat(sample.projects().filter(p -> p.rebase() != null).count()).isGreaterThanOrEqualTo(3);
        assertThat(pending).isPositive();
    }

    @Test
    void aMistakeInTheFileIsReportedWithWhereItIs() {
        String yaml = """
                format: 1
                plan: ZZ-PS-14
                asOf: 2026-11-29
                password: demo123
                namePrefix: {zh: "【示例】", en: "[Sample] "}
                users: [{username: city, name: c, roles: [MAYOR]}]
                leadUnits: [{code: U, zh: 单位, en: Unit, user: office-u}]
                population: {source: s, from: 2021, to: 2025}
                districts: [{code: J01, persons: 1, growth: 0, areaCode: "410102"}]
                places: []
                templates: {t: [{zh: 竣工, en: Done, kind: COMPLETION, at: 1.0, weight: 100}]}
                groups:
                  - name: g
                    defaults: {program: C1.1, unit: U, category: HOUSING, template: t, funding: {OTHER: 90}}
                    projects:
                      - {code: P-1, in: J99, zh: 项目, en: Project, start: 2022-01-01, finish: 2022-12-31, invest: 1, out: [{t: X, q: 1}]}
                """;
        assertThatThrownBy(() -> new SamplePortfolioReader().read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("unknown Role MAYOR")
                .hasMessageContaining("g/P-1: unknown place J99")
                .hasMessageContaining("g/P-1: funding shares must add up to 100");
    }
}
