package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.FundingFact;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.OutputFact;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the library as {@link LibraryProjectFacts}: as it is now (every project not withdrawn), one
 * project, or as a snapshot froze it. Three flat queries per read (projects, outputs, funding),
 * whatever the number of projects. No access checks: the calling service has made them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LibraryFacts {

    private static final String LIVE_PROJECTS = "SELECT p.id, p.code.value, p.nameZh, p.nameEn, pl.code, pr.code, "
            + "pr.titleZh, pr.titleEn, j.code, j.nameZh, j.nameEn, j.level, jp.code, jp.nameZh, jp.nameEn, jp.level, "
            + "jg.code, jg.nameZh, jg.nameEn, jg.level, u.code, u.nameZh, u.nameEn, p.category, p.stage, "
            + "p.plannedStart, p.plannedFinish, p.totalInvestment, p.description, p.sample "
            + "FROM Project p JOIN p.program pr JOIN pr.plan pl JOIN p.jurisdiction j LEFT JOIN j.parent jp "
            + "LEFT JOIN jp.parent jg JOIN p.leadUnit u ";

    @PersistenceContext
    private EntityManager em;

    /** The library now: every project that is not withdrawn (调出), whatever its stage. */
    public List<LibraryProjectFacts> current() {
        List<Object[]> rows = em.createQuery(LIVE_PROJECTS + "WHERE p.stage <> :withdrawn", Object[].class)
                .setParameter("withdrawn", Stage.WITHDRAWN).getResultList();
        Map<Long, List<OutputFact>> outputs = liveOutputs(em.createQuery(
                "SELECT o.project.id, t.plan.code, t.code, oj.code, o.plannedQuantity, o.unit FROM ProjectOutput o "
                        + "JOIN o.target t JOIN o.jurisdiction oj WHERE o.project.stage <> :withdrawn", Object[].class)
                .setParameter("withdrawn", Stage.WITHDRAWN));
        Map<Long, List<FundingFact>> funding = liveFunding(em.createQuery(
                "SELECT f.project.id, s.code, f.fiscalYear, f.requested, f.approved, f.status FROM FundingLine f "
                        + "JOIN f.source s WHERE f.project.stage <> :withdrawn", Object[].class)
                .setParameter("withdrawn", Stage.WITHDRAWN));
        return assemble(rows, outputs, funding);
    }

    /** One project as the library sees it now (also when withdrawn); empty if there is no such project. */
    public java.util.Optional<LibraryProjectFacts> project(String code) {
        List<Object[]> rows = em.createQuery(LIVE_PROJECTS + "WHERE p.code.value = :code", Object[].class)
                .setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<Long, List<OutputFact>> outputs = liveOutputs(em.createQuery(
                "SELECT o.project.id, t.plan.code, t.code, oj.code, o.plannedQuantity, o.unit FROM ProjectOutput o "
                        + "JOIN o.target t JOIN o.jurisdiction oj WHERE o.project.code.value = :code", Object[].class)
                .setParameter("code", code));
        Map<Long, List<FundingFact>> funding = liveFunding(em.createQuery(
                "SELECT f.project.id, s.code, f.fiscalYear, f.requested, f.approved, f.status FROM FundingLine f "
                        + "JOIN f.source s WHERE f.project.code.value = :code", Object[].class)
                .setParameter("code", code));
        return assemble(rows, outputs, funding).stream().findFirst();
    }

    /** The library as snapshot {@code snapshotId} froze it. */
    public List<LibraryProjectFacts> snapshot(long snapshotId) {
        List<Object[]> rows = em.createQuery("SELECT sp.id, sp.projectCode, sp.nameZh, sp.nameEn, sp.planCode, "
                        + "sp.programCode, sp.programTitleZh, sp.programTitleEn, sp.jurisdictionCode, sp.jurisdictionNameZh, "
                        + "sp.jurisdictionNameEn, sp.districtCode, sp.districtNameZh, sp.districtNameEn, sp.leadUnitCode, "
                        + "sp.leadUnitNameZh, sp.leadUnitNameEn, sp.category, sp.stage, sp.plannedStart, sp.plannedFinish, "
                        + "sp.totalInvestment, sp.description, sp.sample FROM SnapshotProject sp "
                        + "WHERE sp.snapshot.id = :s", Object[].class)
                .setParameter("s", snapshotId).getResultList();
        Map<Long, List<OutputFact>> outputs = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT so.project.id, so.planCode, so.targetCode, so.jurisdictionCode, "
                        + "so.quantity, so.unit FROM SnapshotOutput so WHERE so.project.snapshot.id = :s", Object[].class)
                .setParameter("s", snapshotId).getResultList()) {
            outputs.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new OutputFact((String) r[1],
                    (String) r[2], (String) r[3], (BigDecimal) r[4], (String) r[5]));
        }
        Map<Long, List<FundingFact>> funding = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT sf.project.id, sf.sourceCode, sf.fiscalYear, sf.requested, sf.approved "
                        + "FROM SnapshotFunding sf WHERE sf.project.snapshot.id = :s", Object[].class)
                .setParameter("s", snapshotId).getResultList()) {
            funding.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new FundingFact((String) r[1],
                    (Integer) r[2], (BigDecimal) r[3], (BigDecimal) r[4]));
        }
        List<LibraryProjectFacts> facts = new ArrayList<>();
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            facts.add(new LibraryProjectFacts((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                    (String) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16],
                    (Category) r[17], (Stage) r[18], (LocalDate) r[19], (LocalDate) r[20], (BigDecimal) r[21],
                    (String) r[22], (Boolean) r[23], outputs.get(id), funding.get(id)));
        }
        return facts;
    }

    private static Map<Long, List<OutputFact>> liveOutputs(TypedQuery<Object[]> query) {
        Map<Long, List<OutputFact>> outputs = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            outputs.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new OutputFact((String) r[1],
                    (String) r[2], (String) r[3], (BigDecimal) r[4], (String) r[5]));
        }
        return outputs;
    }

    /** Rejected lines are no longer planned money; approved amounts count only once approved. */
    private static Map<Long, List<FundingFact>> liveFunding(TypedQuery<Object[]> query) {
        Map<Long, List<FundingFact>> funding = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            FundingLineStatus status = (FundingLineStatus) r[5];
            if (status == FundingLineStatus.REJECTED) {
                continue;
            }
            funding.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new FundingFact((String) r[1],
                    (Integer) r[2], (BigDecimal) r[3], status == FundingLineStatus.APPROVED ? (BigDecimal) r[4] : null));
        }
        return funding;
    }

    private static List<LibraryProjectFacts> assemble(List<Object[]> rows, Map<Long, List<OutputFact>> outputs,
                                               Map<Long, List<FundingFact>> funding) {
        List<LibraryProjectFacts> facts = new ArrayList<>();
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            String[] district = district(r);
            facts.add(new LibraryProjectFacts((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                    district[0], district[1], district[2], (String) r[20], (String) r[21], (String) r[22],
                    (Category) r[23], (Stage) r[24], (LocalDate) r[25], (LocalDate) r[26], (BigDecimal) r[27],
                    (String) r[28], (Boolean) r[29], outputs.get(id), funding.get(id)));
        }
        return facts;
    }

    /** The 区县(市) among the project's place and its two ancestors: code, name zh, name en (nulls if city-level). */
    private static String[] district(Object[] r) {
        for (int i = 8; i <= 16; i += 4) {
            if (r[i + 3] == JurisdictionLevel.DISTRICT) {
                return new String[]{(String) r[i], (String) r[i + 1], (String) r[i + 2]};
            }
        }
        return new String[]{null, null, null};
    }
}
