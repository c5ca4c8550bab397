package org.citygov.plantracker.domain.model.project;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.Deadline;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.Measure;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanDocument;
import org.citygov.plantracker.domain.model.plan.PlanPeriod;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.plan.TargetWording;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A project with a plan, program, target and jurisdiction around it, without a database, for the
 * domain's plain JUnit tests. Ids are set as the database would.
 */
public final class ProjectFixture {

    private static final AtomicLong IDS = new AtomicLong(1000);

    public final Plan plan;
    public final Program program;
    public final Target target;
    public final Jurisdiction city;
    public final LeadUnit unit;
    public final Project project;

    private ProjectFixture(Stage stage, LocalDate start, LocalDate finish) {
        plan = new Plan("ZZ-TEST", new PlanDocument("测试规划", "Test plan", null, null, null, null, null),
                new PlanPeriod(2021, 2025, null), "0".repeat(64), null, LocalDateTime.of(2022, 1, 1, 0, 0));
        Chapter chapter = plan.addChapter(1, "第一章", "Chapter 1");
        program = plan.addColumnBox(1, "专栏1", "Box 1", chapter, "test", "测试", null)
                .addProgram("C1.1", "托育工程", "Childcare", chapter, "test");
        target = program.addTarget("C1.1-T1", TargetKind.TARGET, TargetWording.of("新增托位", "New places"),
                Measure.of("places", "个", Comparison.AT_LEAST, BigDecimal.valueOf(100), "100个"),
                new Deadline(LocalDate.of(2025, 12, 31), DeadlineBasis.EXPLICIT, "到2025年", null),
                TargetScope.CITYWIDE, null);
        city = Jurisdiction.city("410100", "郑州市", "Zhengzhou", false);
        unit = new LeadUnit("U-TEST", "测试单位", "Test unit", false);
        project = new Project(new ProjectCode("T-0001"), "测试托育中心", "Test childcare centre", program, city, unit,
                Category.values()[0], stage, start, finish, BigDecimal.valueOf(10_000_000), false,
                LocalDateTime.of(2024, 1, 1, 0, 0));
        setId(unit, IDS.incrementAndGet());
        setId(project, IDS.incrementAndGet());
    }

    public static ProjectFixture inStage(Stage stage) {
        return new ProjectFixture(stage, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 12, 31));
    }

    public Milestone milestone(String name, MilestoneKind kind, LocalDate baseline) {
        Milestone m = project.addMilestone(name, name + " (en)", kind, baseline, BigDecimal.ONE);
        setId(m, IDS.incrementAndGet());
        return m;
    }

    public ProjectOutput output(BigDecimal planned) {
        ProjectOutput o = project.addOutput(target, city, planned, "个", null, null, null);
        setId(o, IDS.incrementAndGet());
        return o;
    }

    public static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
