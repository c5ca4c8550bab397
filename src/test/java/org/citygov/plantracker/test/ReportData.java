package org.citygov.plantracker.test;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * In-container data for the report tests, on top of {@link Fixtures}: funding lines, milestone
 * progress, withdrawals. Each call is its own transaction; codes are the caller's (unique).
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

    /** A funding line approved for {@code approved} (null: left requested) with {@code disbursed} paid. */
    @Transactional
    public void fundingLine(String projectCode, String sourceCode, int year, String requested, String approved,
                            String disbursed) {
        FundingLine line = new FundingLine(project(projectCode), source(sourceCode, "测试资金来源 " + sourceCode), year,
                new BigDecimal(requested));
        if (approved != null) {
            line.approve(new BigDecimal(approved), "测试批准");
            if (disbursed != null) {
                line.addDisbursed(new BigDecimal(disbursed));
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

    @Transactional
    public void moveTo(String projectCode, Stage stage, String reason) {
        project(projectCode).moveTo(stage, reason);
    }

    private Project project(String code) {
        return em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", code).getSingleResult();
    }
}
