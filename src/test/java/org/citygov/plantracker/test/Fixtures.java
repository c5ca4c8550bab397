package org.citygov.plantracker.test;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.user.UserProvisioning;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * In-container test data: each test makes its own, with unique codes, so tests neither depend on
 * each other nor on the demo data. Users get the password {@link #PASSWORD}.
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "test-secret";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserProvisioning users;

    /** A short unique suffix for codes and user names. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public LeadUnit leadUnit(String code) {
        return users.leadUnit(code, "测试单位 " + code, "Test unit " + code, false);
    }

    /** A user with the given role; PROJECT_OFFICE users belong to {@code leadUnitCode}. */
    public String user(String username, Role role, String leadUnitCode) {
        users.userIfAbsent(username, "测试用户 " + username, PASSWORD, Set.of(role), leadUnitCode, false);
        return username;
    }

    /**
     * A project of the given lead unit in program {@code programCode} and jurisdiction
     * {@code jurisdictionCode}, 2023–2024, 10,000,000 yuan, with a preparation, a construction and a
     * completion milestone (weights 10/70/20), and one output of 100 toward {@code targetCode}
     * (if not null).
     */
    @Transactional
    public String project(String code, String leadUnitCode, String programCode, String jurisdictionCode,
                          String targetCode) {
        LeadUnit unit = em.createQuery("SELECT u FROM LeadUnit u WHERE u.code = :c", LeadUnit.class)
                .setParameter("c", leadUnitCode).getSingleResult();
        Program program = em.createQuery("SELECT p FROM Program p WHERE p.code = :c", Program.class)
                .setParameter("c", programCode).getSingleResult();
        Jurisdiction where = jurisdiction(jurisdictionCode);
        Project project = new Project(new ProjectCode(code), "测试项目 " + code, "Test project " + code, program, where,
                unit, Category.CHILDCARE, Stage.NEW_START, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                new BigDecimal("10000000.00"), false, LocalDateTime.now());
        project.addMilestone("前期手续", "Approvals", MilestoneKind.PREPARATION, LocalDate.of(2023, 3, 31), BigDecimal.TEN);
        project.addMilestone("主体施工", "Construction", MilestoneKind.CONSTRUCTION, LocalDate.of(2024, 6, 30), BigDecimal.valueOf(70));
        project.addMilestone("竣工验收", "Completion", MilestoneKind.COMPLETION, LocalDate.of(2024, 12, 31), BigDecimal.valueOf(20));
        if (targetCode != null) {
            Target target = em.createQuery("SELECT t FROM Target t WHERE t.code = :c", Target.class)
                    .setParameter("c", targetCode).getSingleResult();
            project.addOutput(target, where, BigDecimal.valueOf(100), "托位", 100, Boolean.TRUE, "测试产出");
        }
        em.persist(project);
        return code;
    }

    public Jurisdiction jurisdiction(String code) {
        return em.createQuery("SELECT j FROM Jurisdiction j WHERE j.code = :c", Jurisdiction.class)
                .setParameter("c", code).getSingleResult();
    }
}
