package org.citygov.plantracker.test;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.library.LibraryRound;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.library.ReadinessEvidence;
import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;

/**
 * In-container data for the library's tests, beside {@link Fixtures}: reserve projects (no
 * milestones, so only the readiness gates stand between them and 新开工), approved funding, and a
 * round whose deadline has already passed (which the application itself never opens).
 */
@ApplicationScoped
public class LibraryTestData {

    public static final String PLAN = "ZZ-PS-14";

    @PersistenceContext
    private EntityManager em;

    /** A 储备 project 2026–2027 of {@code investment} yuan with a one-step milestone plan, one output of 100 toward {@code targetCode} (if not null). */
    @Transactional
    public String reserveProject(String code, String leadUnitCode, String programCode, String jurisdictionCode,
                                 String targetCode, String investment) {
        LeadUnit unit = em.createQuery("SELECT u FROM LeadUnit u WHERE u.code = :c", LeadUnit.class)
                .setParameter("c", leadUnitCode).getSingleResult();
        Program program = em.createQuery("SELECT p FROM Program p WHERE p.plan.code = :plan AND p.code = :c", Program.class)
                .setParameter("plan", PLAN).setParameter("c", programCode).getSingleResult();
        Jurisdiction where = jurisdiction(jurisdictionCode);
        Project project = new Project(new ProjectCode(code), "储备项目 " + code, "Reserve project " + code, program, where,
                unit, Category.CHILDCARE, Stage.RESERVE, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                new BigDecimal(investment), false, LocalDateTime.now());
        if (targetCode != null) {
            Target target = em.createQuery("SELECT t FROM Target t WHERE t.plan.code = :plan AND t.code = :c", Target.class)
                    .setParameter("plan", PLAN).setParameter("c", targetCode).getSingleResult();
            project.addOutput(target, where, BigDecimal.valueOf(100), "托位", null, null, null);
        }
        // works may start only with a milestone plan (issue 13)
        project.addMilestone("主体施工", "Main works", org.citygov.plantracker.domain.model.project.MilestoneKind.CONSTRUCTION,
                LocalDate.of(2027, 6, 30), BigDecimal.ONE);
        em.persist(project);
        return code;
    }

    /** A funding line of the project, approved by the finance bureau for its full amount. */
    @Transactional
    public void approvedFunding(String projectCode, String sourceCode, int year, String amount) {
        Project project = em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", projectCode).getSingleResult();
        FundingSource source = em.createQuery("SELECT s FROM FundingSource s WHERE s.code = :c", FundingSource.class)
                .setParameter("c", sourceCode).getSingleResult();
        FundingLine line = new FundingLine(project, source, year, new BigDecimal(amount));
        line.approve(new BigDecimal(amount), "测试批复");
        em.persist(line);
    }

    /** Changes a project's total investment behind the library's back (as an office's own edit would). */
    @Transactional
    public void changeInvestment(String projectCode, String investment) {
        Project p = em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", projectCode).getSingleResult();
        p.describe(p.getNameZh(), p.getNameEn(), p.getPlannedStart(), p.getPlannedFinish(), new BigDecimal(investment));
    }

    /**
     * Makes a project ready for 新开工 as far as the library's gates go: the land, environmental-assessment
     * and feasibility documents, and its whole total investment approved.
     */
    @Transactional
    public void readyToStart(String projectCode) {
        Project project = em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", projectCode).getSingleResult();
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
        for (ReadinessGate gate : List.of(ReadinessGate.LAND, ReadinessGate.ENVIRONMENT, ReadinessGate.FEASIBILITY)) {
            em.persist(new ReadinessEvidence(project, gate, "测试文号 " + gate, yesterday, null, "test",
                    LocalDateTime.now(), LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        }
        FundingSource source = em.createQuery("SELECT s FROM FundingSource s WHERE s.code = 'MUNICIPAL_BUDGET'",
                FundingSource.class).getSingleResult();
        FundingLine line = new FundingLine(project, source, project.getPlannedStart().getYear(), project.getTotalInvestment());
        line.approve(project.getTotalInvestment(), "测试批复");
        em.persist(line);
    }

    /** An open round whose submission deadline was {@code daysAgo} days ago. */
    @Transactional
    public String roundPastDeadline(String code, int daysAgo) {
        Plan plan = em.createQuery("SELECT p FROM Plan p WHERE p.code = :c", Plan.class).setParameter("c", PLAN)
                .getSingleResult();
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(daysAgo);
        em.persist(new LibraryRound(code, "过期轮次 " + code, "Past round " + code, deadline.getYear(), plan, deadline,
                "test", LocalDateTime.now(), deadline));
        return code;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stage stageOf(String projectCode) {
        return em.createQuery("SELECT p.stage FROM Project p WHERE p.code.value = :c", Stage.class)
                .setParameter("c", projectCode).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long versionOf(String projectCode) {
        return em.createQuery("SELECT p.version FROM Project p WHERE p.code.value = :c", Long.class)
                .setParameter("c", projectCode).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal investmentOf(String projectCode) {
        return em.createQuery("SELECT p.totalInvestment FROM Project p WHERE p.code.value = :c", BigDecimal.class)
                .setParameter("c", projectCode).getSingleResult();
    }

    /** A project's milestones in order, as "name kind baseline". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> milestonesOf(String projectCode) {
        return em.createQuery("SELECT m FROM Milestone m WHERE m.project.code.value = :c ORDER BY m.seqNo",
                        org.citygov.plantracker.domain.model.project.Milestone.class)
                .setParameter("c", projectCode).getResultStream()
                .map(m -> m.getNameZh() + " " + m.getKind() + " " + m.getBaseline()).toList();
    }

    /** The entity ids of the audit entries under a project's code with this action. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> auditedIds(String projectCode, String action) {
        return em.createQuery("SELECT a.entityId FROM AuditEntry a WHERE a.projectCode = :c AND a.action = :a",
                Long.class).setParameter("c", projectCode).setParameter("a", action).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Long projectId(String projectCode) {
        return em.createQuery("SELECT p.id FROM Project p WHERE p.code.value = :c", Long.class)
                .setParameter("c", projectCode).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long projectCount(String projectCode) {
        return em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.code.value = :c", Long.class)
                .setParameter("c", projectCode).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long proposalCount(String projectCode) {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.projectCode = :c", Long.class)
                .setParameter("c", projectCode).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalStatus proposalStatus(Long id) {
        return em.createQuery("SELECT p.status FROM Proposal p WHERE p.id = :id", ProposalStatus.class)
                .setParameter("id", id).getSingleResult();
    }

    public Jurisdiction jurisdiction(String code) {
        return em.createQuery("SELECT j FROM Jurisdiction j WHERE j.code = :c", Jurisdiction.class)
                .setParameter("c", code).getSingleResult();
    }
}
