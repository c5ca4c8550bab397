package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.citygov.plantracker.application.plan.PlanLoader;
import org.citygov.plantracker.application.user.UserProvisioning;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Test data of the offices' in-server tests: each call makes new lead units, users and projects
 * with unique codes, on the bundled plan (loaded if absent; loading is idempotent).
 */
@ApplicationScoped
public class OfficesFixture {

    public static final String PASSWORD = "Secret-123";
    /**
     * Zhengzhou's date when the class was loaded: fine for the fixture's data (start, baselines), not for a
     * check against the server's "today" (a run that crosses midnight in Zhengzhou, 16:00 UTC, moves it): use
     * {@link #today()} right before such a call.
     */
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** Zhengzhou's date now, as the server's clock sees it. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserProvisioning users;

    @Inject
    private PlanLoader plans;

    @Inject
    private UserTransaction tx;

    /** Runs the work in a transaction of its own (test classes do not rely on interceptors). */
    private <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        try {
            tx.begin();
            try {
                T result = work.call();
                tx.commit();
                return result;
            } catch (Exception | Error e) {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lead unit with one project-office user. */
    public record Office(String unitCode, String username) {
    }

    /** A project and its milestones (ids in order). */
    public record ProjectRef(String code, List<Long> milestoneIds, List<Long> outputIds) {
        public Long milestone(int index) {
            return milestoneIds.get(index);
        }
    }

    /** The message keys of a RuleViolation, in order. */
    public static List<String> keys(Throwable e) {
        if (!(e instanceof RuleViolation v)) {
            throw new AssertionError("Expected a RuleViolation, got " + e, e);
        }
        return v.getViolations().stream().map(RuleViolation.Violation::messageKey).toList();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Office office() {
        String unitCode = unique("U");
        users.leadUnit(unitCode, "测试项目单位 " + unitCode, "Test unit " + unitCode, false);
        String username = unique("office").toLowerCase();
        users.userIfAbsent(username, "项目单位 " + unitCode, PASSWORD, Set.of(Role.PROJECT_OFFICE), unitCode, false);
        return new Office(unitCode, username);
    }

    public String user(Role role) {
        String username = unique(role.name().toLowerCase().replace('_', '-'));
        users.userIfAbsent(username, role + " " + username, PASSWORD, Set.of(role), null, false);
        return username;
    }

    /** A project under construction (续建) since last year, with three open milestones. */
    public ProjectRef project(Office office) {
        return project(office, Stage.CONTINUING, 3, 0);
    }

    /**
     * A project of the office's unit in the given stage, started about a year ago: one preparation
     * milestone then construction milestones due in the coming months, and {@code outputs} outputs.
     */
    public ProjectRef project(Office office, Stage stage, int milestones, int outputs) {
        plans.loadBundledPlans();
        return inTransaction(() -> createProject(office, stage, milestones, outputs));
    }

    private ProjectRef createProject(Office office, Stage stage, int milestones, int outputs) {
        Program program = em.createQuery("SELECT p FROM Program p ORDER BY p.code", Program.class)
                .setMaxResults(1).getSingleResult();
        Jurisdiction district = em.createQuery("SELECT j FROM Jurisdiction j WHERE j.level = :l ORDER BY j.code",
                Jurisdiction.class).setParameter("l", JurisdictionLevel.DISTRICT).setMaxResults(1).getSingleResult();
        LeadUnit unit = em.createQuery("SELECT u FROM LeadUnit u WHERE u.code = :c", LeadUnit.class)
                .setParameter("c", office.unitCode()).getSingleResult();
        String code = unique("OT").toUpperCase();
        Project project = new Project(new ProjectCode(code), "测试项目 " + code, "Test project " + code, program,
                district, unit, Category.CHILDCARE, stage, TODAY.minusYears(1), TODAY.plusYears(2),
                BigDecimal.valueOf(50_000_000), false, LocalDateTime.now());
        em.persist(project);
        List<Milestone> created = new ArrayList<>();
        for (int i = 0; i < milestones; i++) {
            MilestoneKind kind = i == 0 ? MilestoneKind.PREPARATION
                    : i == milestones - 1 ? MilestoneKind.COMPLETION : MilestoneKind.CONSTRUCTION;
            created.add(project.addMilestone("里程碑" + (i + 1), "Milestone " + (i + 1), kind,
                    TODAY.plusMonths(i + 1L), BigDecimal.ONE));
        }
        Target target = em.createQuery("SELECT t FROM Target t ORDER BY t.code", Target.class)
                .setMaxResults(1).getSingleResult();
        List<ProjectOutput> outs = new ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            outs.add(project.addOutput(target, district, BigDecimal.valueOf(100), "个", null, null, null));
        }
        em.flush();
        return new ProjectRef(code, created.stream().map(Milestone::getId).toList(),
                outs.stream().map(ProjectOutput::getId).toList());
    }

    public Milestone milestone(Long id) {
        return inTransaction(() -> {
            Milestone m = em.find(Milestone.class, id);
            em.detach(m);
            return m;
        });
    }

    /** The stored version of a milestone (EclipseLink starts at 1). */
    public long version(Long milestoneId) {
        return milestone(milestoneId).getVersion();
    }

    public long projectVersion(String code) {
        return projectNamed(code).getVersion();
    }

    public Project projectNamed(String code) {
        return inTransaction(() -> em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", code).getSingleResult());
    }

    /** Rows of the audit trail for a project. */
    public long auditCount(String code) {
        return count("SELECT COUNT(a) FROM AuditEntry a WHERE a.projectCode = :c", "c", code);
    }

    public long count(String jpql, Object... parameters) {
        return inTransaction(() -> {
            var query = em.createQuery(jpql, Long.class);
            for (int i = 0; i < parameters.length; i += 2) {
                query.setParameter((String) parameters[i], parameters[i + 1]);
            }
            return query.getSingleResult();
        });
    }

    /** Any work on the database in a transaction of its own. */
    public <T> T withEntityManager(java.util.function.Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(em));
    }
}
