package org.citygov.plantracker.application.reports;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.evaluation.EvaluationService;
import org.citygov.plantracker.application.reports.ReportContent.TargetLine;
import org.citygov.plantracker.application.reports.ReportContent.UnitLine;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.ReportData;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-the-plan report for a seeded scenario states what the slippage engine says, per 区县(市):
 * a per-district target (one facility in each 区县(市) by end-2025) evaluated as of 2025-06-30 with
 * <ul>
 *   <li>district A: a project on schedule (SPI(t) ≈ 1.00, forecast finish 2025-10-31) → 正常 (on track);</li>
 *   <li>district B: a project whose construction milestone is a year overdue (SPI(t) ≈ 0.20, red) and
 *       whose forecast finish lies years after the deadline → 预计未完成 (will miss), caused by it;</li>
 *   <li>district C: a project completed on 2024-12-20 → 已完成 (met) before the deadline, i.e. 提前;</li>
 *   <li>district E: nothing → 预计未完成 with no project to blame.</li>
 * </ul>
 * The target is one of several that neither the sample portfolio nor other tests use, in 区县(市)
 * where it has no output yet, so the scenario is this test's alone.
 */
@ExtendWith(ArquillianExtension.class)
class FollowThePlanReportIT {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** Per-district targets of one facility by 2025-12-31, with a program for the projects. */
    static final Map<String, String> CANDIDATES = Map.of("CH11-T06", "C9.3", "C2.4-T2", "C2.4", "CH7-T06", "C5.2",
            "C1.3-T1", "C1.3");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ReportData data;

    @Inject
    ReportService reports;

    @Inject
    EvaluationService engine;

    @Inject
    LateProjectReasons recordedReasons;

    record Scenario(String target, String a, String b, String c, String e, String onTime, String late, String done,
                    String city) {
    }

    Scenario seed() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-ftp-" + u, Role.CITY_GOV, null);
        List<String> districts = RunAs.user(city, Fixtures.PASSWORD,
                () -> reports.districts().stream().map(ReportInputs.Place::code).toList());
        String target = null;
        List<String> free = List.of();
        for (String candidate : List.of("CH11-T06", "C2.4-T2", "CH7-T06", "C1.3-T1")) {
            free = data.districtsWithoutOutputs(candidate, districts);
            if (free.size() >= 4) {
                target = candidate;
                break;
            }
        }
        assertThat(target).as("a target with four 区县(市) still free of outputs (run mvn clean?)").isNotNull();
        String program = CANDIDATES.get(target);
        String unit = fixtures.leadUnit("FTP-" + u).getCode();

        String onTime = data.project("P-FTP-A-" + u, unit, program, free.get(0), target, 1, "个",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31),
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 10, 31));
        data.progress(onTime, 1, "100", null, LocalDate.of(2025, 3, 20), null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        data.progress(onTime, 2, "60", null, null, null, LocalDate.now(ZoneId.of("Asia/Shanghai")));

        String late = data.project("P-FTP-B-" + u, unit, program, free.get(1), target, 1, "个",
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2023, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        data.progress(late, 1, "100", null, LocalDate.of(2023, 3, 25), null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        data.progress(late, 2, "20", null, null, "用地手续延误，主体施工推迟 " + u, LocalDate.now(ZoneId.of("Asia/Shanghai")));

        String done = data.project("P-FTP-C-" + u, unit, program, free.get(2), target, 1, "个",
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2023, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 20));
        data.complete(done);
        return new Scenario(target, free.get(0), free.get(1), free.get(2), free.get(3), onTime, late, done, city);
    }

    static TargetLine line(ReportContent content, String code) {
        return content.targetLines().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No target " + code + " in the report"));
    }

    static UnitLine unit(TargetLine t, String code) {
        return t.units().stream().filter(u -> u.unitCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No unit " + code + " under " + t.code()));
    }

    /**
     * The funding chart is as of the report's day: a line requested on 2023-03-01, approved for
     * 800,000 of 1,000,000 on 2023-04-10 and paid 300,000 on 2023-06-15 shows, by its own source,
     * nothing on 2023-02-28; requested 1,000,000 only on 2023-03-31; approved 800,000 and nothing
     * paid on 2023-05-31; 300,000 paid on 2023-12-31.
     */
    @Test
    void fundingBySourceIsAsOfTheReportsDay() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-fund-" + u, Role.CITY_GOV, null);
        String district = RunAs.user(city, Fixtures.PASSWORD, () -> reports.districts().get(0).code());
        String project = data.bareProject("P-FUND-" + u, fixtures.leadUnit("FUND-" + u).getCode(), "C9.3", district,
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        String source = "RPT_ASOF_" + u.toUpperCase();
        data.datedFundingLine(project, source, 2023, "1000000", LocalDate.of(2023, 3, 1).atTime(9, 0),
                "800000", LocalDate.of(2023, 4, 10).atTime(15, 30), "300000", LocalDate.of(2023, 6, 15));

        RunAs.user(city, Fixtures.PASSWORD, () -> {
            assertThat(funding(source, LocalDate.of(2023, 2, 28))).isEmpty();
            assertThat(funding(source, LocalDate.of(2023, 3, 31))).hasValueSatisfying(f -> {
                assertThat(f.requested()).isEqualByComparingTo("1000000");
                assertThat(f.approved()).isEqualByComparingTo("0");
                assertThat(f.disbursed()).isEqualByComparingTo("0");
            });
            assertThat(funding(source, LocalDate.of(2023, 5, 31))).hasValueSatisfying(f -> {
                assertThat(f.approved()).isEqualByComparingTo("800000");
                assertThat(f.disbursed()).isEqualByComparingTo("0");
            });
            assertThat(funding(source, LocalDate.of(2023, 12, 31))).hasValueSatisfying(f -> {
                assertThat(f.requested()).isEqualByComparingTo("1000000");
                assertThat(f.approved()).isEqualByComparingTo("800000");
                assertThat(f.disbursed()).isEqualByComparingTo("300000");
            });
            return null;
        });
    }

    private java.util.Optional<ReportContent.SourceAmount> funding(String source, LocalDate asOf) {
        return reports.followThePlan(ReportRequest.followThePlan(asOf, null, null, null)).charts().funding().stream()
                .filter(f -> f.code().equals(source)).findFirst();
    }

    /**
     * The reasons recorded on a late project are those recorded by the report's date, as they stood
     * then. A project whose construction (due 2024-06-30) is late gets a note on it on 2024-03-10, a
     * monthly report for 2024-07 with problems filed on 2024-08-05, a re-baseline of its completion
     * approved on 2024-09-20, a clean report for 2024-09 on 2024-10-08, a report for 2024-11 with
     * problems filed late on 2025-01-15, a new note on 2025-02-10, and the construction done
     * (2025-03-31) recorded on 2025-04-02. Another project is withdrawn on 2025-03-01.
     */
    @Test
    void theReasonsOnLateProjectsAreAsOfTheReportsDay() {
        String u = Fixtures.unique();
        String city = fixtures.user("city-why-" + u, Role.CITY_GOV, null);
        String district = RunAs.user(city, Fixtures.PASSWORD, () -> reports.districts().get(0).code());
        String unit = fixtures.leadUnit("WHY-" + u).getCode();
        String late = data.scheduledProject("P-WHY-" + u, unit, "C9.3", district,
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2023, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        String firstNote = "用地手续延误 " + u;
        String secondNote = "施工单位更换 " + u;
        data.progressRecordedAt(late, 1, "100", LocalDate.of(2023, 3, 25), null, LocalDate.of(2023, 3, 26).atTime(10, 0));
        data.progressRecordedAt(late, 2, "30", null, firstNote, LocalDate.of(2024, 3, 10).atTime(9, 0));
        data.monthlyReport(late, YearMonth.of(2024, 7), "拆迁未完成 " + u, LocalDate.of(2024, 8, 5).atTime(10, 0));
        data.approvedRebaseline(late, 3, LocalDate.of(2025, 3, 31), "主体施工推迟，顺延竣工 " + u,
                LocalDate.of(2024, 9, 20).atTime(15, 0));
        data.monthlyReport(late, YearMonth.of(2024, 9), null, LocalDate.of(2024, 10, 8).atTime(10, 0));
        data.monthlyReport(late, YearMonth.of(2024, 11), "资金未到位 " + u, LocalDate.of(2025, 1, 15).atTime(10, 0));
        data.progressRecordedAt(late, 2, "40", null, secondNote, LocalDate.of(2025, 2, 10).atTime(9, 0));
        data.progressRecordedAt(late, 2, "100", LocalDate.of(2025, 3, 31), secondNote,
                LocalDate.of(2025, 4, 2).atTime(9, 0));
        String withdrawn = data.scheduledProject("P-WHY-W-" + u, unit, "C9.3", district,
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2023, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        data.withdrawAt(withdrawn, "并入其他项目 " + u, LocalDate.of(2025, 3, 1).atTime(11, 0));

        String rebaseline = "基准调整（2024-09-20 批准）：主体施工推迟，顺延竣工 " + u;
        String julyProblems = "2024-07 月报存在问题：拆迁未完成 " + u;
        String novemberProblems = "2024-11 月报存在问题：资金未到位 " + u;
        assertThat(reasons(late, LocalDate.of(2024, 3, 9))).isEmpty();
        assertThat(reasons(late, LocalDate.of(2024, 3, 10))).containsExactly("主体施工：" + firstNote);
        assertThat(reasons(late, LocalDate.of(2024, 8, 31))).containsExactly(julyProblems, "主体施工：" + firstNote);
        assertThat(reasons(late, LocalDate.of(2024, 9, 30)))
                .containsExactly(rebaseline, julyProblems, "主体施工：" + firstNote);
        // the clean report for 2024-09 replaces July's problems; November's is not filed yet
        assertThat(reasons(late, LocalDate.of(2024, 12, 31))).containsExactly(rebaseline, "主体施工：" + firstNote);
        assertThat(reasons(late, LocalDate.of(2025, 1, 31)))
                .containsExactly(rebaseline, novemberProblems, "主体施工：" + firstNote);
        assertThat(reasons(late, LocalDate.of(2025, 2, 28)))
                .containsExactly(rebaseline, novemberProblems, "主体施工：" + secondNote);
        // done on 2025-03-31 (recorded 2025-04-02): its note is no longer a reason
        assertThat(reasons(late, LocalDate.of(2025, 6, 30))).containsExactly(rebaseline, novemberProblems);
        assertThat(reasons(withdrawn, LocalDate.of(2025, 2, 28))).isEmpty();
        assertThat(reasons(withdrawn, LocalDate.of(2025, 3, 1))).containsExactly("调出：并入其他项目 " + u);

        RunAs.user(city, Fixtures.PASSWORD, () -> {
            assertThat(lateProject(late, district, LocalDate.of(2024, 12, 31)).reasons())
                    .containsExactly(rebaseline, "主体施工：" + firstNote);
            assertThat(lateProject(late, district, LocalDate.of(2025, 6, 30)).reasons())
                    .containsExactly(rebaseline, novemberProblems);
            return null;
        });
    }

    private List<String> reasons(String projectCode, LocalDate asOf) {
        return recordedReasons.reasonsFor(List.of(projectCode), asOf).getOrDefault(projectCode, List.of());
    }

    private ReportContent.LateProjectLine lateProject(String code, String district, LocalDate asOf) {
        return reports.followThePlan(ReportRequest.followThePlan(asOf, null, district, null)).lateProjects().stream()
                .filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not late on " + asOf));
    }

    @Test
    void eachDistrictHasTheStatusItsProjectsGiveIt() {
        Scenario s = seed();

        RunAs.user(s.city(), Fixtures.PASSWORD, () -> {
            ReportContent report = reports.followThePlan(ReportRequest.followThePlan(AS_OF, null, null, null));
            assertThat(report.header().evaluated()).isTrue();

            TargetLine t = line(report, s.target());
            // the city's roll-up: not every 区县(市) will have its facility
            assertThat(t.state()).isEqualTo(TargetState.WILL_MISS);
            assertThat(t.progress()).isEqualTo(ProgressClass.BEHIND);
            assertThat(unit(t, s.a()).state()).isEqualTo(TargetState.ON_TRACK);
            assertThat(unit(t, s.b()).state()).isEqualTo(TargetState.WILL_MISS);
            assertThat(unit(t, s.b()).shortfall()).isEqualByComparingTo("1");
            assertThat(unit(t, s.b()).causes()).anySatisfy(c -> assertThat(c).startsWith(s.late()));
            assertThat(unit(t, s.c()).state()).isEqualTo(TargetState.MET);
            assertThat(unit(t, s.e()).state()).isEqualTo(TargetState.WILL_MISS);
            assertThat(unit(t, s.e()).causes()).isEmpty();
            assertThat(t.projects()).filteredOn(p -> p.code().equals(s.late())).singleElement()
                    .satisfies(p -> assertThat(p.band()).isEqualTo("RED"));
            assertThat(t.projects()).filteredOn(p -> p.code().equals(s.onTime())).singleElement()
                    .satisfies(p -> assertThat(p.band()).isNull());

            assertThat(report.lateProjects()).filteredOn(p -> p.code().equals(s.late())).singleElement()
                    .satisfies(p -> {
                        assertThat(p.band()).isEqualTo("RED");
                        assertThat(p.delayDays()).isEqualTo(365);   // construction due 2024-06-30, open on 2025-06-30
                        assertThat(p.targetCodes()).contains(s.target());
                        assertThat(p.reasons()).anySatisfy(r -> assertThat(r).contains("用地手续延误"));
                    });
            assertThat(report.lateProjects()).extracting(ReportContent.LateProjectLine::code)
                    .doesNotContain(s.onTime(), s.done());

            // the report says what the engine says, for every target of the plan
            PortfolioEvaluation evaluation = engine.evaluate(AS_OF);
            Map<String, String> headlines = new HashMap<>();
            for (TargetEvaluation row : evaluation.targetRows()) {
                if (report.header().planCode().equals(row.planCode())) {
                    evaluation.headline(row.targetId()).filter(h -> h == row)
                            .ifPresent(h -> headlines.put(h.targetCode(), h.status() == null ? null : h.status().name()));
                }
            }
            assertThat(headlines).isNotEmpty();
            for (TargetLine line : report.targetLines()) {
                String expected = headlines.get(line.code());
                assertThat(line.state().name()).as(line.code())
                        .isEqualTo(expected == null ? TargetState.NOT_EVALUATED.name() : expected);
            }
        });
    }

    @Test
    void theFiltersNarrowItToADistrictAndAStatus() {
        Scenario s = seed();

        RunAs.user(s.city(), Fixtures.PASSWORD, () -> {
            ReportContent inB = reports.followThePlan(ReportRequest.followThePlan(AS_OF, null, s.b(), null));
            TargetLine b = line(inB, s.target());
            assertThat(b.state()).isEqualTo(TargetState.WILL_MISS);
            assertThat(b.required()).isEqualByComparingTo("1");
            assertThat(b.forecast()).isEqualByComparingTo("0");
            assertThat(b.projects()).extracting(ReportContent.ProjectLine::code).containsExactly(s.late());
            assertThat(inB.lateProjects()).extracting(ReportContent.LateProjectLine::code).contains(s.late())
                    .doesNotContain(s.onTime());

            ReportContent inC = reports.followThePlan(ReportRequest.followThePlan(AS_OF, null, s.c(), null));
            assertThat(line(inC, s.target()).state()).isEqualTo(TargetState.MET);
            assertThat(line(inC, s.target()).progress()).isEqualTo(ProgressClass.AHEAD);

            ReportContent onTrackInA = reports.followThePlan(ReportRequest.followThePlan(AS_OF, null, s.a(),
                    TargetState.ON_TRACK));
            assertThat(onTrackInA.targetLines()).extracting(TargetLine::code).contains(s.target());
            assertThat(onTrackInA.targetLines()).allSatisfy(t -> assertThat(t.state()).isEqualTo(TargetState.ON_TRACK));
            ReportContent missedInA = reports.followThePlan(ReportRequest.followThePlan(AS_OF, null, s.a(),
                    TargetState.WILL_MISS));
            assertThat(missedInA.targetLines()).extracting(TargetLine::code).doesNotContain(s.target());
        });
    }
}
