package org.citygov.plantracker.domain.model.funding;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanDocument;
import org.citygov.plantracker.domain.model.plan.PlanPeriod;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Projects in memory for domain tests (no database). */
final class Projects {

    private static final Program PROGRAM;
    private static final Jurisdiction CITY = Jurisdiction.city("410100", "郑州市", "Zhengzhou", false);

    static {
        Plan plan = new Plan("T-PLAN", new PlanDocument("测试规划", "Test plan", null, null, null, null, null),
                new PlanPeriod(2021, 2025, null), "0".repeat(64), null, LocalDateTime.of(2024, 1, 1, 0, 0));
        Chapter chapter = plan.addChapter(1, "第一章", "Chapter 1");
        ColumnBox box = plan.addColumnBox(1, "专栏1", "Box 1", chapter, null, null, null);
        PROGRAM = box.addProgram("C1.1", "测试工程", "Test program", chapter, null);
    }

    private Projects() {
    }

    /** A health project running 2023–2025 with the given total investment (yuan). */
    static Project health(String totalInvestment) {
        return new Project(new ProjectCode("T-FIN-1"), "测试医院", "Test hospital", PROGRAM, CITY,
                new LeadUnit("U1", "测试单位", "Test unit", false), Category.HEALTH, Stage.CONTINUING,
                LocalDate.of(2023, 3, 1), LocalDate.of(2025, 12, 31), new BigDecimal(totalInvestment), false,
                LocalDateTime.of(2024, 1, 1, 0, 0));
    }
}
