package org.citygov.plantracker.domain.model.library;

import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.Deadline;
import org.citygov.plantracker.domain.model.plan.Measure;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanDocument;
import org.citygov.plantracker.domain.model.plan.PlanPeriod;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.plan.TargetWording;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Two small plans, a place, a unit and projects in memory for the library's domain tests. */
final class LibraryFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDateTime NOW = TODAY.atTime(9, 30);

    final Plan plan14 = plan("ZZ-PS-14", 2021, 2025);
    final Program childcare14;
    final Target places14;
    final Target institutions14;
    final Plan plan15 = plan("ZZ-PS-15", 2026, 2030);
    final Program childcare15;
    final Target places15;
    final Jurisdiction city = Jurisdiction.city("ZZ", "郑州市", "Zhengzhou", false);
    final Jurisdiction jinshui = Jurisdiction.under(city, "J04", "金水区", "Jinshui", JurisdictionLevel.DISTRICT,
            JurisdictionKind.URBAN_DISTRICT, false);
    final LeadUnit unit = new LeadUnit("U1", "测试单位", "Test unit", false);
    final FundingSource bonds = new FundingSource("SPECIAL_BOND", "地方政府专项债券", "Special bonds", true, 50);

    LibraryFixtures() {
        childcare14 = program(plan14, "C1.4");
        places14 = target(childcare14, "C1.4-T9");
        institutions14 = target(childcare14, "C1.4-T10");
        childcare15 = program(plan15, "C1.1");
        places15 = target(childcare15, "C1.1-T3");
    }

    private static Plan plan(String code, int from, int to) {
        return new Plan(code, new PlanDocument("测试规划 " + code, "Test plan", null, null, null, null, null),
                new PlanPeriod(from, to, null), "0".repeat(64), null, LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    private static Program program(Plan plan, String code) {
        Chapter chapter = plan.addChapter(1, "第一章", "Chapter 1");
        ColumnBox box = plan.addColumnBox(1, "专栏1", "Box 1", chapter, null, null, null);
        return box.addProgram(code, "托育工程", "Childcare", chapter, null);
    }

    private static Target target(Program program, String code) {
        return program.addTarget(code, TargetKind.TARGET, TargetWording.of("新增托位", "New places"),
                Measure.of("places", "托位", Comparison.AT_LEAST, new BigDecimal("1000"), null), Deadline.none(),
                TargetScope.CITYWIDE, null);
    }

    LibraryRound round(LocalDate deadline) {
        return new LibraryRound("R2026", "2026 年度滚动调整", "2026 rolling round", 2026, plan14, deadline, "city",
                NOW, deadline.isBefore(TODAY) ? deadline : TODAY);
    }

    Project project(Stage stage) {
        Project p = new Project(new ProjectCode("P-LIB-1"), "测试托育中心", "Test childcare centre", childcare14, jinshui,
                unit, Category.CHILDCARE, stage, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                new BigDecimal("10000000"), false, NOW);
        p.addOutput(places14, jinshui, new BigDecimal("100"), "托位", null, null, null);
        return p;
    }

    ProjectTerms terms(String investment) {
        return new ProjectTerms("新托育中心", "New centre", "建设内容", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 12, 31),
                new BigDecimal(investment));
    }
}
