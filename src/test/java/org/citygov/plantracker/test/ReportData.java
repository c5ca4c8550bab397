package org.citygov.plantracker.test;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.audit.AuditEntry;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.progress.ProgressReport;
import org.citygov.plantracker.domain.model.progress.MonthlyReportContent;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.RebaselineRequest;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * In-container data for the report tests, on top of {@link Fixtures}: funding lines, milestone
 * progress, withdrawals, monthly reports and re-baselines recorded on given dates. Each call is its
 * own transaction; codes are the caller's (unique).
 */
@ApplicationScoped
public class ReportData {

    @PersistenceContext
    private EntityManager em;

    /** A funding source of the catalogue, created once per code. */
    @Transactional
    public FundingSource source(String code, String nameZh) {
        return em.createQuery("SELECT s FROM FundingSource s WHERE s.code = :c", FundingSource.class)
                .setParameter("c", code).getResultStream().findFirst().orElseGet(() -> {
                    FundingSource source = new FundingSource(code, nameZh, "Source " + code, true, 99);
                    em.persist(source);
                    return source;
                });
    }

    /**
     * A funding line approved for {@code approved} (null: left requested) with {@code disbursed} paid
     * on 5 May of its year (voucher {@code V-<source>}).
     */
    @Transactional
    public void fundingLine(String projectCode, String sourceCode, int year, String requested, String approved,
                            String disbursed) {
        FundingLine line = new FundingLine(project(projectCode), source(sourceCode, "测试资金来源 " + sourceCode), year,
                new BigDecimal(requested));
        if (approved != null) {
            line.approve(new BigDecimal(approved), "测试批准");
            if (disbursed != null) {
                line.disburse(LocalDate.of(year, 5, 5), new BigDecimal(disbursed), "V-" + sourceCode, "测试拨付",
                        "test", LocalDateTime.now());
            }
        }
        em.persist(line);
    }

    /** Records progress on a milestone (by its position, 1 = first), with a note. */
    @Transactional
    public void progress(String projectCode, int seqNo, String percent, LocalDate forecast, LocalDate actual,
                         String note, LocalDate today) {
        Milestone m = project(projectCode).getMilestones().get(seqNo - 1);
        m.updateProgress(new BigDecimal(percent), forecast, actual, note, today);
    }

    /**
     * A project of {@code quantity} {@code unit} toward {@code targetCode} in {@code jurisdictionCode},
     * with a preparation, a construction and a completion milestone (weights 10/70/20) due on the
     * three {@code baselines}.
     */
    @Transactional
    public String project(String code, String leadUnitCode, String programCode, String jurisdictionCode,
                          String targetCode, int quantity, String unit, LocalDate start, LocalDate finish,
                          LocalDate... baselines) {
        Project project = newProject(code, leadUnitCode, programCode, jurisdictionCode, start, finish);
        Jurisdiction where = project.getJurisdiction();
        Target target = em.createQuery("SELECT t FROM Target t WHERE t.code = :c", Target.class)
                .setParameter("c", targetCode).getSingleResult();
        addMilestones(project, baselines);
        project.addOutput(target, where, BigDecimal.valueOf(quantity), unit, null, null, "报告测试产出");
        em.persist(project);
        return code;
    }

    /** A project with the three milestones of {@link #project} but no output: it serves no target. */
    @Transactional
    public String scheduledProject(String code, String leadUnitCode, String programCode, String jurisdictionCode,
                                   LocalDate start, LocalDate finish, LocalDate... baselines) {
        Project project = newProject(code, leadUnitCode, programCode, jurisdictionCode, start, finish);
        addMilestones(project, baselines);
        em.persist(project);
        return code;
    }

    private static void addMilestones(Project project, LocalDate... baselines) {
        project.addMilestone("前期手续", "Approvals", MilestoneKind.PREPARATION, baselines[0], BigDecimal.TEN);
        project.addMilestone("主体施工", "Construction", MilestoneKind.CONSTRUCTION, baselines[1], BigDecimal.valueOf(70));
        project.addMilestone("竣工验收", "Completion", MilestoneKind.COMPLETION, baselines[2], BigDecimal.valueOf(20));
    }

    /** A project with no milestone and no output (money only: it serves no target). */
    @Transactional
    public String bareProject(String code, String leadUnitCode, String programCode, String jurisdictionCode,
                              LocalDate start, LocalDate finish) {
        em.persist(newProject(code, leadUnitCode, programCode, jurisdictionCode, start, finish));
        return code;
    }

    private Project newProject(String code, String leadUnitCode, String programCode, String jurisdictionCode,
                               LocalDate start, LocalDate finish) {
        LeadUnit lead = em.createQuery("SELECT u FROM LeadUnit u WHERE u.code = :c", LeadUnit.class)
                .setParameter("c", leadUnitCode).getSingleResult();
        Program program = em.createQuery("SELECT p FROM Program p WHERE p.code = :c", Program.class)
                .setParameter("c", programCode).getSingleResult();
        Jurisdiction where = em.createQuery("SELECT j FROM Jurisdiction j WHERE j.code = :c", Jurisdiction.class)
                .setParameter("c", jurisdictionCode).getSingleResult();
        return new Project(new ProjectCode(code), "报告测试项目 " + code, "Report test project " + code,
                program, where, lead, Category.CULTURE, Stage.NEW_START, start, finish, new BigDecimal("5000000.00"),
                false, LocalDateTime.now());
    }

    /**
     * A funding line with its history dated: requested at {@code requestedAt}, approved for
     * {@code approved} at {@code reviewedAt}, {@code disbursed} paid on {@code paidOn}.
     */
    @Transactional
    public void datedFundingLine(String projectCode, String sourceCode, int year, String requested,
                                 LocalDateTime requestedAt, String approved, LocalDateTime reviewedAt,
                                 String disbursed, LocalDate paidOn) {
        FundingLine line = new FundingLine(project(projectCode), source(sourceCode, "测试资金来源 " + sourceCode), year,
                new BigDecimal(requested), null, "test-office", requestedAt);
        line.approve(new BigDecimal(approved), "测试批准", "test-finance", reviewedAt);
        line.disburse(paidOn, new BigDecimal(disbursed), "V-" + sourceCode, "测试拨付", "test-finance",
                paidOn.atStartOfDay());
        em.persist(line);
    }

    /** Every milestone done on its baseline, the outputs confirmed as planned, the project completed (竣工). */
    @Transactional
    public void complete(String projectCode) {
        Project project = project(projectCode);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (Milestone m : project.getMilestones()) {
            m.updateProgress(BigDecimal.valueOf(100), null, m.getBaseline(), null, today);
        }
        project.getOutputs().forEach(o -> o.confirm(o.getPlannedQuantity()));
        project.moveTo(Stage.COMPLETED, null);
    }

    /** The 区县(市) (of those given) where no output toward the target is located yet. */
    public java.util.List<String> districtsWithoutOutputs(String targetCode, java.util.List<String> districts) {
        java.util.List<String> used = em.createQuery("SELECT DISTINCT j.code FROM ProjectOutput o JOIN o.jurisdiction j "
                + "LEFT JOIN j.parent p WHERE o.target.code = :t", String.class).setParameter("t", targetCode)
                .getResultList();
        java.util.List<String> usedParents = em.createQuery("SELECT DISTINCT p.code FROM ProjectOutput o "
                + "JOIN o.jurisdiction j JOIN j.parent p WHERE o.target.code = :t", String.class)
                .setParameter("t", targetCode).getResultList();
        return districts.stream().filter(d -> !used.contains(d) && !usedParents.contains(d)).toList();
    }

    @Transactional
    public void moveTo(String projectCode, Stage stage, String reason) {
        project(projectCode).moveTo(stage, reason);
    }

    /**
     * Progress on a milestone (by its position) recorded at {@code at}, with the audit entries
     * MilestoneProgress writes (before → after of the actual date and the note), dated {@code at}.
     */
    @Transactional
    public void progressRecordedAt(String projectCode, int seqNo, String percent, LocalDate actual, String note,
                                   LocalDateTime at) {
        Project project = project(projectCode);
        Milestone m = project.getMilestones().get(seqNo - 1);
        LocalDate actualBefore = m.getActual();
        String noteBefore = m.getNote();
        m.updateProgress(new BigDecimal(percent), m.getForecast(), actual, note, at.toLocalDate());
        audited(at, "Milestone", m.getId(), projectCode, "milestone.update", "actual", actualBefore, m.getActual());
        audited(at, "Milestone", m.getId(), projectCode, "milestone.update", "note", noteBefore, m.getNote());
    }

    /** A monthly report (月度调度) for {@code month} with its problems (存在问题, null: none), submitted at {@code at}. */
    @Transactional
    public void monthlyReport(String projectCode, YearMonth month, String problems, LocalDateTime at) {
        Project project = project(projectCode);
        List<ProgressReport> existing = em.createQuery("SELECT r FROM ProgressReport r WHERE r.project = :p",
                ProgressReport.class).setParameter("p", project).getResultList();
        em.persist(ProgressReport.file(project, new MonthlyReportContent(month, BigDecimal.ZERO, BigDecimal.ZERO, null,
                BigDecimal.TEN, problems, List.of()), existing, "test-office", at));
    }

    /** A monthly report (月度调度) for {@code month} with the investment completed in it (yuan), submitted at {@code at}. */
    @Transactional
    public void monthlyInvestment(String projectCode, YearMonth month, String investmentThisMonth, LocalDateTime at) {
        Project project = project(projectCode);
        List<ProgressReport> existing = em.createQuery("SELECT r FROM ProgressReport r WHERE r.project = :p",
                ProgressReport.class).setParameter("p", project).getResultList();
        BigDecimal cumulative = existing.stream().map(r -> r.getInvestmentThisMonth())
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(new BigDecimal(investmentThisMonth));
        em.persist(ProgressReport.file(project, new MonthlyReportContent(month, new BigDecimal(investmentThisMonth), cumulative,
                null, BigDecimal.TEN, null, List.of()), existing, "test-office", at));
    }

    /** A re-baseline of one milestone (by its position) asked for a week before {@code decidedAt} and approved then. */
    @Transactional
    public void approvedRebaseline(String projectCode, int seqNo, LocalDate newBaseline, String reason,
                                   LocalDateTime decidedAt) {
        Project project = project(projectCode);
        Milestone m = project.getMilestones().get(seqNo - 1);
        RebaselineRequest request = RebaselineRequest.propose(project, Map.of(m.getId(), newBaseline), reason,
                "test-office", decidedAt.minusDays(7));
        request.approve("test-city", decidedAt, null);
        em.persist(request);
    }

    /** Withdraws the project (调出) at {@code at}, with the audit entries StageChanges writes, dated {@code at}. */
    @Transactional
    public void withdrawAt(String projectCode, String reason, LocalDateTime at) {
        Project project = project(projectCode);
        Stage before = project.getStage();
        project.moveTo(Stage.WITHDRAWN, reason);
        audited(at, "Project", project.getId(), projectCode, "project.stage", "stage", before, project.getStage());
        audited(at, "Project", project.getId(), projectCode, "project.stage", "withdrawalReason", null,
                project.getWithdrawalReason());
    }

    private void audited(LocalDateTime at, String type, Long id, String projectCode, String action, String field,
                         Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            em.persist(new AuditEntry(at, "test", type, id, projectCode, action, field, before, after, null));
        }
    }

    private Project project(String code) {
        return em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", code).getSingleResult();
    }
}
