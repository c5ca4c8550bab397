package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.application.reports.PlanProgress.IndicatorState;
import org.citygov.plantracker.application.reports.PlanProgress.LateProject;
import org.citygov.plantracker.application.reports.PlanProgress.ProjectRef;
import org.citygov.plantracker.application.reports.PlanProgress.TargetUnit;
import org.citygov.plantracker.application.reports.ReportContent.CurvePoint;
import org.citygov.plantracker.application.reports.ReportContent.SectionText;
import org.citygov.plantracker.application.reports.ReportContent.SourceAmount;
import org.citygov.plantracker.application.reports.ReportInputs.ChapterRow;
import org.citygov.plantracker.application.reports.ReportInputs.IndicatorRow;
import org.citygov.plantracker.application.reports.ReportInputs.OutputRow;
import org.citygov.plantracker.application.reports.ReportInputs.Place;
import org.citygov.plantracker.application.reports.ReportInputs.PlanHead;
import org.citygov.plantracker.application.reports.ReportInputs.TargetRow;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.ReportKind;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made plan and verdict for report tests without a server: chapters 3 and 4, the
 * childcare program C1.4 with a 2022 stage (C1.4-T1, met citywide, missed in 二七区) and the 2025
 * target (C1.4-T3, will miss because of the red project P-LATE in 二七区), a qualitative
 * chapter-text target CH3-T01 (no verdict), and the school target C2.1-T1 met early.
 */
public final class ReportFixtures {

    public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    public static final LocalDateTime GENERATED = LocalDateTime.of(2023, 7, 1, 9, 30);
    public static final String CHAPTER_3 = "第三章 提供安全普惠的婴幼儿照护服务";
    public static final String CHAPTER_4 = "第四章 建设公平优质现代教育服务体系";
    public static final String LATE_REASON = "主体施工：用地手续延误三个月";

    private ReportFixtures() {
    }

    public static ReportInputs inputs() {
        return inputs(progress());
    }

    public static ReportInputs inputs(PlanProgress progress) {
        PlanHead plan = new PlanHead("ZZ-PS-14", "郑州市“十四五”公共服务和社会保障规划",
                "Zhengzhou 14th Five-Year Plan for Public Services and Social Security", 2022, 2025);
        List<ChapterRow> chapters = List.of(
                new ChapterRow(3, CHAPTER_3, "提供安全普惠的婴幼儿照护服务", "Infant and toddler care"),
                new ChapterRow(4, CHAPTER_4, "建设公平优质现代教育服务体系", "Education"));
        List<TargetRow> targets = List.of(
                target("C1.4-T1", 1, 3, "C1.4", "到2022年底，市内各区每个区县(市)至少建成2个普惠托育机构", "2个以上",
                        bd("2"), "个", LocalDate.of(2022, 12, 31), TargetScope.PER_JURISDICTION_GROUP),
                target("C1.4-T3", 3, 3, "C1.4", "到2025年每千人口拥有3岁以下婴幼儿托位数达到6个", "6个",
                        bd("6"), "个/千人", LocalDate.of(2025, 12, 31), TargetScope.PER_DISTRICT_COUNTY),
                new TargetRow("CH3-T01", 5, 3, null, null, null, null, null, "加强婴幼儿照护服务人才队伍建设",
                        "Strengthen the childcare workforce", null, null, null, null, null, TargetScope.CITYWIDE, List.of()),
                target("C2.1-T1", 10, 4, "C2.1", "新建改扩建中小学150所", "150所", bd("150"), "所",
                        LocalDate.of(2025, 12, 31), TargetScope.CITYWIDE));
        List<IndicatorRow> indicators = List.of(
                new IndicatorRow("IND-02", "总体指标", "Overall", "劳动年龄人口平均受教育年限", "Average years of schooling",
                        "年", "10.87", "11.76", true, false),
                new IndicatorRow("IND-04", "幼儿照护", "Infant and child care", "每千人口拥有3岁以下婴幼儿托位数",
                        "Childcare places per 1,000 population", "个", "1.46", "6", false, false),
                new IndicatorRow("IND-05", "幼儿照护", "Infant and child care", "普惠性托位占比", "Share of inclusive places",
                        "%", "", "〔90〕", false, true));
        List<OutputRow> outputs = List.of(
                new OutputRow("C1.4-T3", "P-OK", "中原区托育园", "Zhongyuan childcare centre", Stage.CONTINUING, true,
                        "中原区", "Zhongyuan District", "J01", bd("120"), null, false, "托位", LocalDate.of(2024, 6, 30)),
                new OutputRow("C1.4-T3", "P-LATE", "二七区托育园", "Erqi childcare centre", Stage.NEW_START, true,
                        "二七区", "Erqi District", "J02", bd("200"), null, false, "托位", LocalDate.of(2026, 3, 31)),
                new OutputRow("C2.1-T1", "P-SCHOOL", "中原区第一高中", "Zhongyuan No. 1 High School", Stage.COMPLETED,
                        false, "中原区", "Zhongyuan District", "J01", bd("1"), bd("1"), true, "所", LocalDate.of(2023, 5, 1)));
        Map<String, Place> districts = Map.of(
                "J01", new Place("J01", "中原区", "Zhongyuan District", JurisdictionLevel.DISTRICT, "J01"),
                "J02", new Place("J02", "二七区", "Erqi District", JurisdictionLevel.DISTRICT, "J02"));
        List<CurvePoint> curve = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            YearMonth month = YearMonth.of(2022, 1).plusMonths(i);
            double planned = 100.0 / (1 + Math.exp(-(i - 24) / 6.0));
            curve.add(new CurvePoint(month.atEndOfMonth(), bd(String.format(java.util.Locale.ROOT, "%.1f", planned)),
                    month.isAfter(YearMonth.from(AS_OF)) ? null : bd(String.format(java.util.Locale.ROOT, "%.1f", planned * 0.8)),
                    bd(String.format(java.util.Locale.ROOT, "%.1f", Math.min(100, planned * 0.9)))));
        }
        List<SourceAmount> funding = List.of(
                new SourceAmount("CENTRAL", "中央预算内投资", "Central budget investment", bd("30000000"), bd("25000000"), bd("12000000")),
                new SourceAmount("MUNICIPAL", "市级财政", "Municipal budget", bd("50000000"), bd("50000000"), bd("41000000")));
        return new ReportInputs(plan, chapters, targets, indicators, outputs, progress,
                Map.of("P-LATE", List.of(LATE_REASON)),
                Map.of("P-LATE", districts.get("J02"), "P-OK", districts.get("J01")), curve, funding, districts, true);
    }

    /** The engine's verdict as of {@link #AS_OF}. */
    public static PlanProgress progress() {
        ProjectRef late = new ProjectRef("P-LATE", "二七区托育园", "Erqi childcare centre", "RED", LocalDate.of(2026, 3, 31));
        List<TargetUnit> rows = List.of(
                unit("C1.4-T1", "ZZ", "郑州市", "CITY", null, true, LocalDate.of(2022, 12, 31), true, "4", "4", "4", "0",
                        TargetState.MET, List.of()),
                unit("C1.4-T1", "J01", "中原区", "DISTRICT", "J01", false, LocalDate.of(2022, 12, 31), true, "2", "3", "3", "0",
                        TargetState.MET, List.of()),
                unit("C1.4-T1", "J02", "二七区", "DISTRICT", "J02", false, LocalDate.of(2022, 12, 31), true, "2", "1", "1", "1",
                        TargetState.MISSED, List.of()),
                unit("C1.4-T3", "ZZ", "郑州市", "CITY", null, true, LocalDate.of(2025, 12, 31), false, "76000", "41000",
                        "60000", "16000", TargetState.WILL_MISS, List.of(late)),
                unit("C1.4-T3", "J01", "中原区", "DISTRICT", "J01", false, LocalDate.of(2025, 12, 31), false, "7000",
                        "5000", "7200", "0", TargetState.ON_TRACK, List.of()),
                unit("C1.4-T3", "J02", "二七区", "DISTRICT", "J02", false, LocalDate.of(2025, 12, 31), false, "6000",
                        "2000", "4000", "2000", TargetState.WILL_MISS, List.of(late)),
                unit("C2.1-T1", "ZZ", "郑州市", "CITY", null, true, LocalDate.of(2025, 12, 31), false, "150", "152",
                        "160", "0", TargetState.MET, List.of()));
        List<IndicatorState> indicators = List.of(
                new IndicatorState("IND-02", 2022, bd("11.5"), bd("11.3"), ProgressClass.AHEAD),
                new IndicatorState("IND-04", 2022, bd("2.4"), bd("3.3"), ProgressClass.BEHIND));
        List<LateProject> lateProjects = List.of(new LateProject("P-LATE", "二七区托育园", "Erqi childcare centre",
                "RED", 95, LocalDate.of(2026, 3, 31), List.of("C1.4-T3")));
        return new PlanProgress(AS_OF, true, rows, indicators, lateProjects);
    }

    public static ReportContent content(ReportRequest request) {
        return ReportContentBuilder.build(request, inputs(), sections(request.kind()), GENERATED);
    }

    /** The annual report for 2023 with its narrative written. */
    public static ReportContent annual() {
        return content(new ReportRequest(ReportKind.ANNUAL, 7L, "2023年度规划实施报告", "2023 annual report", 2023,
                AS_OF, null, null, null, ReportStatus.DRAFT, 1, null));
    }

    /**
     * A final evaluation (总结评估) as of 2026-06-30 with made-up figures: C1.4-T3 missed (R 10, D 7, shortfall
     * 3; P-LATE would still deliver 2), C1.4-T9 met late; two binding indicators achieved, one expected not;
     * P-LATE unfinished with 5,000,000 − 1,200,000 = 3,800,000 yuan remaining.
     */
    public static ReportContent finalEvaluation() {
        ReportContent base = content(new ReportRequest(ReportKind.FINAL, 9L, "“十四五”规划实施总结评估报告",
                "Final evaluation of the 14th plan", null, LocalDate.of(2026, 6, 30), null, null, null,
                ReportStatus.DRAFT, 1, null));
        FinalEvaluation.Cause late = new FinalEvaluation.Cause("P-LATE", "二七区托育园", "Erqi childcare centre",
                org.citygov.plantracker.domain.model.project.Stage.CONTINUING, LocalDate.of(2026, 9, 30), bd("2"),
                false, null);
        List<FinalEvaluation.FinalTarget> targets = List.of(
                new FinalEvaluation.FinalTarget("C1.4-T3", 3, "C1.4", "新增托位", "New places", "10个",
                        LocalDate.of(2025, 12, 31), "个", org.citygov.plantracker.domain.model.report.TargetOutcome.MISSED,
                        org.citygov.plantracker.domain.model.report.TargetState.MISSED, bd("10"), bd("7"), bd("7"), bd("3"),
                        bd("3"), bd("2"), List.of(), List.of(late)),
                new FinalEvaluation.FinalTarget("C1.4-T9", 3, "C1.4", "示范机构", "Model centres", "4个",
                        LocalDate.of(2025, 12, 31), "个", org.citygov.plantracker.domain.model.report.TargetOutcome.MET_LATE,
                        org.citygov.plantracker.domain.model.report.TargetState.MISSED, bd("4"), bd("3"), bd("4"), bd("1"),
                        null, null, List.of(), List.of()));
        List<FinalEvaluation.FinalIndicator> indicators = List.of(
                new FinalEvaluation.FinalIndicator("IND-01", "托育", "Childcare", "每千人口托位数", "Places per 1,000",
                        "个", "1.46", "4.5", true, false, 2025, bd("4.6"), null,
                        org.citygov.plantracker.domain.model.report.IndicatorOutcome.ACHIEVED),
                new FinalEvaluation.FinalIndicator("IND-05", "社会保障", "Social security", "孤儿保障", "Orphans",
                        "%", "应保尽保", "应保尽保", true, false, 2025, null, true,
                        org.citygov.plantracker.domain.model.report.IndicatorOutcome.ACHIEVED),
                new FinalEvaluation.FinalIndicator("IND-04", "教育", "Education", "学前教育毛入园率", "Pre-school enrolment",
                        "%", "90", "95", false, false, 2025, bd("93"), null,
                        org.citygov.plantracker.domain.model.report.IndicatorOutcome.NOT_ACHIEVED));
        List<FinalEvaluation.UnfinishedProject> unfinished = List.of(new FinalEvaluation.UnfinishedProject("P-LATE",
                "二七区托育园", "Erqi childcare centre", "C1.4", "二七区", "Erqi", 
                org.citygov.plantracker.domain.model.project.Stage.CONTINUING,
                org.citygov.plantracker.domain.model.project.Stage.CONTINUING, bd("5000000"), bd("1200000"),
                bd("3800000"), LocalDate.of(2026, 9, 30), null,
                List.of(new FinalEvaluation.RemainingOutput("C1.4-T3", bd("2"), "个")), false));
        FinalEvaluation.Summary summary = FinalEvaluationBuilder.summary(targets, indicators, unfinished);
        return base.withFinalEvaluation(new FinalEvaluation(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30), 2025,
                targets, indicators, unfinished, summary));
    }

    public static List<SectionText> sections(ReportKind kind) {
        return kind.sectionKeys().stream().map(k -> new SectionText(k, switch (k) {
            case "overview" -> "2023年，全市公共服务和社会保障规划实施总体平稳。\n托育服务供给持续扩大。";
            case "problems" -> "部分区县(市)托位建设滞后。";
            default -> "（" + k + "）";
        })).toList();
    }

    private static TargetRow target(String code, int seq, int chapter, String program, String description,
                                    String text, BigDecimal value, String unit, LocalDate deadline, TargetScope scope) {
        String programTitle = program.equals("C1.4") ? "普惠托育服务设施建设工程" : "义务教育优质均衡发展工程";
        return new TargetRow(code, seq, chapter, program, programTitle, program + " program",
                program.equals("C1.4") ? 1 : 2, program.equals("C1.4") ? "专栏1：优生优育服务重点工程" : "专栏2：教育重点工程",
                description, description + " (en)", text, value, unit, deadline, null, scope, List.of());
    }

    private static TargetUnit unit(String target, String code, String name, String level, String district,
                                   boolean headline, LocalDate deadline, boolean passed, String required,
                                   String delivered, String forecast, String shortfall, TargetState state,
                                   List<ProjectRef> causes) {
        return new TargetUnit(target, code, name, name + " (en)", level, district, headline, deadline, passed,
                bd(required), bd(delivered), bd(forecast), bd(shortfall), state, List.of(), causes);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
