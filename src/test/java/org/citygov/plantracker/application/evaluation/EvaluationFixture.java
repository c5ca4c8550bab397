package org.citygov.plantracker.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.user.UserProvisioning;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.Deadline;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorFigure;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.Measure;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanDocument;
import org.citygov.plantracker.domain.model.plan.PlanPeriod;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.ScheduleStage;
import org.citygov.plantracker.domain.model.plan.StagedSchedule;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.plan.TargetWording;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * In-container data for the evaluation ITs: every test builds its own world — a city with two
 * 区县(市), streets, a township and a community, a plan with targets of every kind, projects on time,
 * late and finished — under unique codes, so no test sees another's data (or the demo data).
 */
@ApplicationScoped
public class EvaluationFixture {

    public static final String PASSWORD = "slip-secret";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserProvisioning users;

    /** The codes of one test's world. {@code x} is the unique part of every code. */
    public record World(String x, String plan, String city, String d1, String d2, String s1, String s2, String t1,
                        String c1, String leadUnit, String cityUser, String officeUser, String financeUser) {
        public String target(String suffix) {
            return x + "-" + suffix;
        }

        public String project(String suffix) {
            return "P" + x + "-" + suffix;
        }
    }

    /** Places and users of a new world; the plan has no targets yet (see the target methods). */
    @Transactional
    public World world() {
        String x = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Jurisdiction city = Jurisdiction.city("C" + x, "测试市" + x, "Test city " + x, false);
        em.persist(city);
        Jurisdiction d1 = Jurisdiction.under(city, "C" + x + "-D1", "一区" + x, "District one", JurisdictionLevel.DISTRICT,
                JurisdictionKind.URBAN_DISTRICT, false);
        Jurisdiction d2 = Jurisdiction.under(city, "C" + x + "-D2", "二县" + x, "County two", JurisdictionLevel.DISTRICT,
                JurisdictionKind.COUNTY, false);
        em.persist(d1);
        em.persist(d2);
        Jurisdiction s1 = Jurisdiction.under(d1, d1.getCode() + "-S1", "甲街道", "Street A", JurisdictionLevel.STREET, null, false);
        Jurisdiction s2 = Jurisdiction.under(d1, d1.getCode() + "-S2", "乙街道", "Street B", JurisdictionLevel.STREET, null, false);
        Jurisdiction t1 = Jurisdiction.under(d2, d2.getCode() + "-T1", "丙镇", "Town C", JurisdictionLevel.TOWNSHIP, null, false);
        em.persist(s1);
        em.persist(s2);
        em.persist(t1);
        Jurisdiction c1 = Jurisdiction.under(s1, s1.getCode() + "-C1", "丁社区", "Community D", JurisdictionLevel.COMMUNITY, null, false);
        em.persist(c1);

        Plan plan = new Plan("IT-" + x, new PlanDocument("测试规划" + x, "Test plan " + x, null, null, null, null, null),
                new PlanPeriod(2022, 2025, 2035), sha256(x), null, LocalDateTime.now());
        Chapter chapter = plan.addChapter(3, "托育", "Childcare");
        plan.addChapter(9, "住房", "Housing");
        ColumnBox box = plan.addColumnBox(1, "专栏1", "Column 1", chapter, "childcare", "托育", null);
        box.addProgram(x + "-P1", "托育工程" + x, "Childcare program " + x, chapter, "childcare");
        Indicator ind = plan.addIndicator(x + "-IND", "托育", "Childcare", "每千人口托位数" + x, "Places per 1,000 " + x, "个",
                IndicatorNature.BINDING, Comparison.AT_LEAST, false);
        ind.state(new IndicatorFigure(2020, "1.46", new BigDecimal("1.46")), new IndicatorFigure(2025, "6", BigDecimal.valueOf(6)));
        ind.recordObservation(2023, new BigDecimal("4.0"), "test", false);
        em.persist(plan);

        LeadUnit unit = users.leadUnit("LU" + x, "测试单位" + x, "Test unit " + x, false);
        String cityUser = "slip-city-" + x.toLowerCase();
        String officeUser = "slip-office-" + x.toLowerCase();
        String financeUser = "slip-fin-" + x.toLowerCase();
        users.userIfAbsent(cityUser, "市政府 " + x, PASSWORD, Set.of(Role.CITY_GOV), null, false);
        users.userIfAbsent(officeUser, "项目单位 " + x, PASSWORD, Set.of(Role.PROJECT_OFFICE), unit.getCode(), false);
        users.userIfAbsent(financeUser, "财政局 " + x, PASSWORD, Set.of(Role.FINANCE), null, false);
        return new World(x, plan.getCode(), city.getCode(), d1.getCode(), d2.getCode(), s1.getCode(), s2.getCode(),
                t1.getCode(), c1.getCode(), unit.getCode(), cityUser, officeUser, financeUser);
    }

    /**
     * Removes everything a world made — projects, plan, places, figures, users — so the shared test
     * database holds only the plan's 16 区县(市) again for the other contexts' tests (snapshots, which
     * keep codes only, and audit entries stay).
     */
    @Transactional
    public void dispose(World w) {
        String projects = "(SELECT id FROM project WHERE code LIKE 'P" + w.x() + "-%')";
        String plan = "(SELECT id FROM plan WHERE code = '" + w.plan() + "')";
        String targets = "(SELECT id FROM plan_target WHERE plan_id IN " + plan + ")";
        String units = "(SELECT id FROM jurisdiction WHERE code = 'C" + w.x() + "' OR code LIKE 'C" + w.x() + "-%')";
        String users = "(SELECT id FROM app_user WHERE username IN ('" + w.cityUser() + "', '" + w.officeUser()
                + "', '" + w.financeUser() + "'))";
        for (String sql : List.of(
                "DELETE FROM project_output WHERE project_id IN " + projects,
                "DELETE FROM milestone WHERE project_id IN " + projects,
                "DELETE FROM project WHERE code LIKE 'P" + w.x() + "-%'",
                "DELETE FROM plan_target_unit WHERE target_id IN " + targets,
                "DELETE FROM plan_target_indicator WHERE target_id IN " + targets,
                "DELETE FROM plan_target WHERE plan_id IN " + plan,
                "DELETE FROM schedule_stage WHERE schedule_id IN (SELECT s.id FROM staged_schedule s JOIN program p "
                        + "ON p.id = s.program_id WHERE p.plan_id IN " + plan + ")",
                "DELETE FROM staged_schedule WHERE program_id IN (SELECT id FROM program WHERE plan_id IN " + plan + ")",
                "DELETE FROM program WHERE plan_id IN " + plan,
                "DELETE FROM column_box WHERE plan_id IN " + plan,
                "DELETE FROM indicator_observation WHERE indicator_id IN (SELECT id FROM plan_indicator WHERE plan_id IN "
                        + plan + ")",
                "DELETE FROM plan_indicator WHERE plan_id IN " + plan,
                "DELETE FROM chapter WHERE plan_id IN " + plan,
                "DELETE FROM plan WHERE code = '" + w.plan() + "'",
                "DELETE FROM existing_stock WHERE jurisdiction_id IN " + units,
                "DELETE FROM population WHERE jurisdiction_id IN " + units,
                "DELETE FROM jurisdiction WHERE unit_level IN ('COMMUNITY', 'VILLAGE') AND id IN " + units,
                "DELETE FROM jurisdiction WHERE unit_level IN ('STREET', 'TOWNSHIP') AND id IN " + units,
                "DELETE FROM jurisdiction WHERE unit_level = 'DISTRICT' AND id IN " + units,
                "DELETE FROM jurisdiction WHERE code = 'C" + w.x() + "'",
                // the users' API tokens (the REST calls of the ITs use them, see test.ApiTokens)
                "DELETE FROM api_token WHERE user_id IN " + users,
                "DELETE FROM app_user_role WHERE user_id IN " + users,
                "DELETE FROM app_user WHERE id IN " + users,
                "DELETE FROM lead_unit WHERE code = '" + w.leadUnit() + "'")) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }

    /** A chapter-text target of chapter 9 (housing), citywide, in section {@code section}. */
    @Transactional
    public String chapterTarget(World w, String suffix, String metric, String unit, Comparison comparison, long value,
                                LocalDate deadline, String section) {
        Plan plan = plan(w);
        Chapter chapter = plan.chapter(9).orElseThrow();
        Target target = plan.addChapterTextTarget(chapter, w.target(suffix), TargetKind.TARGET,
                TargetWording.of("测试目标 " + suffix, "Test target " + suffix).inSection(section),
                Measure.of(metric, unit, comparison, BigDecimal.valueOf(value), String.valueOf(value)),
                new Deadline(deadline, DeadlineBasis.EXPLICIT, null, null), TargetScope.CITYWIDE, null);
        declare(target, metric, unit, TargetScope.CITYWIDE, null);
        return w.target(suffix);
    }

    /**
     * A target of the childcare program, in stage {@code stage} (1–3, due end-2022, 2023, 2025) of its
     * 五年三跨越-like schedule when stage is not null.
     */
    @Transactional
    public String programTarget(World w, String suffix, String metric, String unit, Comparison comparison, long value,
                                TargetScope scope, Integer stage, Integer minPlaces, List<String> groupUnits) {
        Plan plan = plan(w);
        Program program = plan.program(w.x() + "-P1").orElseThrow();
        LocalDate deadline = stage == null ? LocalDate.of(2025, 12, 31) : stageDeadline(stage);
        Target target = program.addTarget(w.target(suffix), TargetKind.TARGET,
                TargetWording.of("测试目标 " + suffix, "Test target " + suffix),
                Measure.of(metric, unit, comparison, BigDecimal.valueOf(value), String.valueOf(value)),
                new Deadline(deadline, DeadlineBasis.EXPLICIT, null, null), scope, null);
        if (stage != null) {
            StagedSchedule schedule = program.getStagedSchedule().orElseGet(() -> {
                StagedSchedule s = program.defineStagedSchedule("五年三跨越", "Three leaps", "测试", null);
                for (int n = 1; n <= 3; n++) {
                    s.addStage(n, stageDeadline(n), null, null, "第" + n + "阶段", "Stage " + n);
                }
                return s;
            });
            ScheduleStage st = schedule.stage(stage).orElseThrow();
            target.attachToStage(st);
        }
        if (minPlaces != null) {
            target.requireMinPlacesPerInstitution(minPlaces);
        }
        declare(target, metric, unit, scope, minPlaces);
        if (groupUnits != null && !groupUnits.isEmpty()) {
            target.applyTo(groupUnits.stream().map(this::unit).toList());
        }
        em.flush();
        return target.getCode();
    }

    /**
     * Declares how the target is measured, as a plan definition does: the fixture's metrics are those of
     * ZZ-PS-14 and are declared as its programs.yaml declares them (per_1000_population, inclusive_share,
     * …_completion in %, a minimum size per institution, …min_places…, other % not measured, else quantity).
     */
    private static void declare(Target target, String metric, String unit, TargetScope scope, Integer minPlaces) {
        String m = metric == null ? "" : metric;
        boolean percent = unit != null && unit.startsWith("%");
        MeasureKind kind;
        if (m.endsWith("per_1000_population")) {
            kind = MeasureKind.PER_POPULATION;
        } else if (m.startsWith("inclusive_share")) {
            kind = MeasureKind.SHARE;
        } else if (percent && m.endsWith("_completion")) {
            kind = MeasureKind.COMPLETION;
        } else if (minPlaces != null) {
            boolean below = scope.levels().stream().anyMatch(l -> l != JurisdictionLevel.CITY && l != JurisdictionLevel.DISTRICT);
            kind = below ? MeasureKind.COVERAGE : MeasureKind.COUNT;
        } else if (m.contains("min_places")) {
            kind = MeasureKind.COVERAGE;
        } else if (percent) {
            kind = MeasureKind.NONE;
        } else {
            kind = MeasureKind.QUANTITY;
        }
        boolean inclusiveOnly = kind.countsQualifyingInstitutions() && m.startsWith("inclusive_");
        boolean institutions = minPlaces != null || (unit != null && unit.startsWith("institution"));
        target.declareMeasurement(kind, inclusiveOnly, institutions);
    }

    static LocalDate stageDeadline(int stage) {
        return switch (stage) {
            case 1 -> LocalDate.of(2022, 12, 31);
            case 2 -> LocalDate.of(2023, 12, 31);
            default -> LocalDate.of(2025, 12, 31);
        };
    }

    @Transactional
    public void population(String unitCode, int year, long persons) {
        em.persist(new Population(unit(unitCode), year, persons, "test", false));
    }

    /** An output of a project: target, where, quantity, facility size and inclusiveness. */
    public record Out(String target, String where, long quantity, Integer capacity, Boolean inclusive) {
    }

    /** A project finished (竣工) on {@code completed}, its outputs confirmed at their quantities. */
    @Transactional
    public String finished(World w, String suffix, String where, LocalDate completed, Out... outputs) {
        LocalDate start = completed.minusMonths(10);
        Project p = project(w, suffix, where, Stage.COMPLETED, start, completed);
        Milestone done = p.addMilestone("竣工验收", "Completion", MilestoneKind.COMPLETION, completed, BigDecimal.ONE);
        done.updateProgress(null, null, completed, null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        for (Out o : outputs) {
            output(p, o).confirm(BigDecimal.valueOf(o.quantity()));
        }
        return p.getCode().value();
    }

    /**
     * A project under construction whose progress on {@code asOf} is exactly on plan (SPI(t) ≈ 1,
     * green): milestone 1 at the midpoint is done, milestone 2 (completion, at {@code finish}) is as
     * far along as time is.
     */
    @Transactional
    public String onTrack(World w, String suffix, String where, LocalDate start, LocalDate finish, LocalDate asOf,
                          Out... outputs) {
        Project p = project(w, suffix, where, Stage.CONTINUING, start, finish);
        LocalDate mid = start.plusDays(ChronoUnit.DAYS.between(start, finish) / 2);
        Milestone m1 = p.addMilestone("主体施工", "Construction", MilestoneKind.CONSTRUCTION, mid, BigDecimal.ONE);
        Milestone m2 = p.addMilestone("竣工验收", "Completion", MilestoneKind.COMPLETION, finish, BigDecimal.ONE);
        if (asOf.isAfter(mid)) {
            m1.updateProgress(null, null, mid, null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
            long pct = Math.min(99, 1 + 100 * ChronoUnit.DAYS.between(mid, asOf) / ChronoUnit.DAYS.between(mid, finish));
            m2.updateProgress(BigDecimal.valueOf(pct), null, null, null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        } else {
            long pct = Math.min(99, 1 + 100 * ChronoUnit.DAYS.between(start, asOf) / ChronoUnit.DAYS.between(start, mid));
            m1.updateProgress(BigDecimal.valueOf(pct), null, null, null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        }
        for (Out o : outputs) {
            output(p, o);
        }
        return p.getCode().value();
    }

    /** A project under construction with nothing done: SPI(t) 0, red, forecast far after its finish. */
    @Transactional
    public String stalled(World w, String suffix, String where, LocalDate start, LocalDate finish, Out... outputs) {
        Project p = project(w, suffix, where, Stage.CONTINUING, start, finish);
        LocalDate mid = start.plusDays(ChronoUnit.DAYS.between(start, finish) / 2);
        p.addMilestone("主体施工", "Construction", MilestoneKind.CONSTRUCTION, mid, BigDecimal.ONE);
        p.addMilestone("竣工验收", "Completion", MilestoneKind.COMPLETION, finish, BigDecimal.ONE);
        for (Out o : outputs) {
            output(p, o);
        }
        return p.getCode().value();
    }

    /** Moves a project to 调出 (withdrawn). */
    @Transactional
    public void withdraw(String projectCode) {
        project(projectCode).moveTo(Stage.WITHDRAWN, "测试调出");
    }

    private Project project(World w, String suffix, String where, Stage stage, LocalDate start, LocalDate finish) {
        Plan plan = plan(w);
        Program program = plan.program(w.x() + "-P1").orElseThrow();
        LeadUnit unit = em.createQuery("SELECT u FROM LeadUnit u WHERE u.code = :c", LeadUnit.class)
                .setParameter("c", w.leadUnit()).getSingleResult();
        Project p = new Project(new ProjectCode(w.project(suffix)), "测试项目" + suffix, "Test project " + suffix, program,
                unit(where), unit, Category.CHILDCARE, stage, start, finish, new BigDecimal("1000000.00"), false,
                LocalDateTime.now());
        em.persist(p);
        return p;
    }

    private ProjectOutput output(Project p, Out o) {
        Target target = em.createQuery("SELECT t FROM Target t WHERE t.code = :c", Target.class)
                .setParameter("c", o.target()).getSingleResult();
        return p.addOutput(target, unit(o.where()), BigDecimal.valueOf(o.quantity()), null, o.capacity(), o.inclusive(), null);
    }

    private Project project(String code) {
        return em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", code).getSingleResult();
    }

    private Plan plan(World w) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.code = :c", Plan.class).setParameter("c", w.plan())
                .getSingleResult();
    }

    private Jurisdiction unit(String code) {
        return em.createNamedQuery("Jurisdiction.findByCode", Jurisdiction.class).setParameter("code", code)
                .getSingleResult();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
