package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.funding.Disbursement;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.service.funding.FundingPosition;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Thresholds;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of funding for the pages and the API: one project's money (its lines and ledgers, derived
 * figures, money vs works), and lists of lines (the review queue, lines by source and year, an
 * office's own requests) by one JPQL constructor query each.
 */
@ApplicationScoped
public class FundingQueries {

    private static final String SELECT_ROW = "SELECT NEW org.citygov.plantracker.application.funding.LineRow("
            + "f.id, f.version, p.code.value, p.nameZh, p.nameEn, p.sample, p.totalInvestment, "
            + "j.code, j.nameZh, j.nameEn, j.level, jp.code, jp.nameZh, jp.nameEn, jp.level, "
            + "jg.code, jg.nameZh, jg.nameEn, jg.level, pr.code, u.nameZh, u.nameEn, "
            + "s.code, s.nameZh, s.nameEn, s.government, f.fiscalYear, f.requested, f.approved, f.disbursed, "
            + "f.status, f.requestNote, f.requestedBy, f.requestedAt, f.reviewComment, f.reviewedBy, f.reviewedAt) ";
    private static final String FROM_ROW = "FROM FundingLine f JOIN f.source s JOIN f.project p JOIN p.program pr "
            + "JOIN pr.chapter ch JOIN p.jurisdiction j LEFT JOIN j.parent jp LEFT JOIN jp.parent jg JOIN p.leadUnit u ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MoneyVsWorksSettings settings;

    @Inject
    private WorksProgressReader works;

    @Inject
    private Clock clock;

    /** One project's money, if the caller may read the project. */
    @Transactional
    public ProjectFunding project(String code) {
        Project p = em.createQuery("SELECT p FROM Project p JOIN FETCH p.program JOIN FETCH p.jurisdiction "
                        + "JOIN FETCH p.leadUnit WHERE p.code.value = :code", Project.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("project", code));
        access.requireCanRead(code, p.getLeadUnit());
        List<FundingLine> lines = em.createQuery("SELECT f FROM FundingLine f JOIN FETCH f.source "
                        + "WHERE f.project = :p ORDER BY f.fiscalYear, f.source.sortOrder, f.id", FundingLine.class)
                .setParameter("p", p).getResultList();
        List<LineView> views = lines.stream().map(LineView::of).toList();
        FundingPosition position = FundingPosition.of(p.getTotalInvestment(), views.stream()
                .map(v -> new FundingPosition.Line(v.sourceCode(), v.government(), v.status(), v.requested(),
                        v.approved(), v.disbursed())).toList());
        Thresholds thresholds = settings.thresholds();
        WorksProgress progress = works.progressOf(p.getId(), thresholds.stalledMonths(), LocalDate.now(clock));
        MoneyVsWorks.Assessment assessment = MoneyVsWorks.assess(p.getTotalInvestment(), position.approved(),
                position.disbursed(), progress, thresholds);
        return new ProjectFunding(p.getCode().value(), p.getNameZh(), p.getNameEn(), p.getCategory(), p.getStage(),
                p.getPlannedStart(), p.getPlannedFinish(), p.getTotalInvestment(), p.getProgram().getCode(),
                p.getProgram().getTitleZh(), p.getProgram().getTitleEn(), p.getJurisdiction().getNameZh(),
                p.getJurisdiction().getNameEn(), p.getLeadUnit().getCode(), p.getLeadUnit().getNameZh(),
                p.getLeadUnit().getNameEn(), p.isSample(), views, position, progress, assessment,
                p.filedChapterTextTargets().stream().map(t -> t.getCode()).toList());
    }

    /** One line with its ledger, if the caller may read its project. */
    @Transactional
    public LineView line(Long id) {
        FundingLine line = id == null ? null : em.find(FundingLine.class, id);
        if (line == null) {
            throw new UnknownEntityException("funding line", id);
        }
        access.requireCanRead(line.getProject().getCode().value(), line.getProject().getLeadUnit());
        return LineView.of(line);
    }

    /** Whether the caller may request funding for the project (to offer the form; the workflow checks again). */
    @Transactional
    public boolean mayRequest(String code) {
        return em.createQuery("SELECT p.leadUnit FROM Project p WHERE p.code.value = :c",
                        org.citygov.plantracker.domain.model.project.LeadUnit.class)
                .setParameter("c", code).getResultStream().findFirst().map(access::mayRequest).orElse(false);
    }

    /** The line a ledger entry belongs to. */
    @Transactional
    public Long lineOfEntry(Long entryId) {
        Disbursement entry = entryId == null ? null : em.find(Disbursement.class, entryId);
        if (entry == null) {
            throw new UnknownEntityException("disbursement", entryId);
        }
        return entry.getLine().getId();
    }

    /** Lines across the portfolio (finance, city government, administrators). */
    @Transactional
    public List<LineRow> lines(LineFilter filter) {
        access.requireOverview();
        return rows(filter == null ? LineFilter.none() : filter, null);
    }

    /** 待审核 — pending requests, oldest first. */
    @Transactional
    public List<LineRow> reviewQueue(LineFilter filter) {
        access.requireOverview();
        LineFilter f = filter == null ? LineFilter.pending()
                : new LineFilter(FundingLineStatus.REQUESTED,
                filter.sourceCode(), filter.fiscalYear(), filter.district(), filter.programCode(), filter.chapter(),
                filter.projectCode());
        return rows(f, "f.requestedAt, f.id");
    }

    /** The caller's own lines: an office sees its unit's; finance, city and administrators see all. */
    @Transactional
    public List<LineRow> myLines(LineFilter filter) {
        access.requireSignedIn();
        return rows(filter == null ? LineFilter.none() : filter, null);
    }

    private List<LineRow> rows(LineFilter f, String order) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        currentUser.confinedToLeadUnit().ifPresent(unit -> {
            where.append(" AND u.id = :unit");
            parameters.put("unit", unit);
        });
        if (f.status() != null) {
            where.append(" AND f.status = :status");
            parameters.put("status", f.status());
        }
        if (notBlank(f.sourceCode())) {
            where.append(" AND s.code = :source");
            parameters.put("source", f.sourceCode().trim());
        }
        if (f.fiscalYear() != null) {
            where.append(" AND f.fiscalYear = :year");
            parameters.put("year", f.fiscalYear());
        }
        if (notBlank(f.district())) {
            where.append(" AND (j.code = :place OR jp.code = :place OR jg.code = :place)");
            parameters.put("place", f.district().trim());
        }
        if (notBlank(f.programCode())) {
            where.append(" AND pr.code = :program");
            parameters.put("program", f.programCode().trim());
        }
        if (f.chapter() != null) {
            where.append(" AND ch.number = :chapter");
            parameters.put("chapter", f.chapter());
        }
        if (notBlank(f.projectCode())) {
            where.append(" AND p.code.value = :project");
            parameters.put("project", f.projectCode().trim());
        }
        String orderBy = " ORDER BY " + (order == null ? "p.code.value, f.fiscalYear, s.sortOrder, f.id" : order);
        TypedQuery<LineRow> query = em.createQuery(SELECT_ROW + FROM_ROW + where + orderBy, LineRow.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(5000).getResultList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
