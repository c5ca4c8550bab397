package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.place.PlaceAndAncestors;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.FundingFact;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.OutputFact;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

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

    /** A project's values, read by name; live rows carry the place and its two ancestors, snapshot rows the 区县(市). */
    private static Columns project(String alias, String code) {
        return Columns.of("id", alias + ".id").and("code", code).and("nameZh", alias + ".nameZh")
                .and("nameEn", alias + ".nameEn");
    }

    private static Columns named(String prefix, String code, String nameZh, String nameEn) {
        return Columns.of(prefix + "Code", code).and(prefix + "NameZh", nameZh).and(prefix + "NameEn", nameEn);
    }

    private static Columns terms(String alias) {
        return Columns.of("category", alias + ".category").and("stage", alias + ".stage")
                .and("plannedStart", alias + ".plannedStart").and("plannedFinish", alias + ".plannedFinish")
                .and("totalInvestment", alias + ".totalInvestment").and("description", alias + ".description")
                .and("sample", alias + ".sample");
    }

    private static final Columns LIVE = project("p", "p.code.value").and("planCode", "pl.code")
            .and(named("program", "pr.code", "pr.titleZh", "pr.titleEn"))
            .and(PlaceAndAncestors.columns("jurisdiction", "j", "jp", "jg"))
            .and(named("leadUnit", "u.code", "u.nameZh", "u.nameEn")).and(terms("p"));

    private static final String LIVE_PROJECTS = "SELECT " + LIVE.select() + " "
            + "FROM Project p JOIN p.program pr JOIN pr.plan pl JOIN p.jurisdiction j LEFT JOIN j.parent jp "
            + "LEFT JOIN jp.parent jg JOIN p.leadUnit u ";

    private static final Columns SNAPSHOT = project("sp", "sp.projectCode").and("planCode", "sp.planCode")
            .and(named("program", "sp.programCode", "sp.programTitleZh", "sp.programTitleEn"))
            .and(named("jurisdiction", "sp.jurisdictionCode", "sp.jurisdictionNameZh", "sp.jurisdictionNameEn"))
            .and(named("district", "sp.districtCode", "sp.districtNameZh", "sp.districtNameEn"))
            .and(named("leadUnit", "sp.leadUnitCode", "sp.leadUnitNameZh", "sp.leadUnitNameEn")).and(terms("sp"));

    private static final Columns OUTPUT = Columns.of("project", "o.project.id").and("planCode", "t.plan.code")
            .and("targetCode", "t.code").and("jurisdictionCode", "oj.code").and("quantity", "o.plannedQuantity")
            .and("unit", "o.unit");
    private static final Columns SNAPSHOT_OUTPUT = Columns.of("project", "so.project.id").and("planCode", "so.planCode")
            .and("targetCode", "so.targetCode").and("jurisdictionCode", "so.jurisdictionCode")
            .and("quantity", "so.quantity").and("unit", "so.unit");
    private static final Columns FUNDING = Columns.of("project", "f.project.id").and("sourceCode", "s.code")
            .and("fiscalYear", "f.fiscalYear").and("requested", "f.requested").and("approved", "f.approved")
            .and("status", "f.status");
    private static final Columns SNAPSHOT_FUNDING = Columns.of("project", "sf.project.id")
            .and("sourceCode", "sf.sourceCode").and("fiscalYear", "sf.fiscalYear").and("requested", "sf.requested")
            .and("approved", "sf.approved");

    @PersistenceContext
    private EntityManager em;

    /** The library now: every project that is not withdrawn (调出), whatever its stage. */
    public List<LibraryProjectFacts> current() {
        List<?> rows = em.createQuery(LIVE_PROJECTS + "WHERE p.stage <> :withdrawn", Object[].class)
                .setParameter("withdrawn", Stage.WITHDRAWN).getResultList();
        Map<Long, List<OutputFact>> outputs = outputs(OUTPUT, em.createQuery("SELECT " + OUTPUT.select()
                        + " FROM ProjectOutput o JOIN o.target t JOIN o.jurisdiction oj WHERE o.project.stage <> :withdrawn",
                Object[].class).setParameter("withdrawn", Stage.WITHDRAWN).getResultList());
        Map<Long, List<FundingFact>> funding = liveFunding(em.createQuery("SELECT " + FUNDING.select()
                        + " FROM FundingLine f JOIN f.source s WHERE f.project.stage <> :withdrawn", Object[].class)
                .setParameter("withdrawn", Stage.WITHDRAWN).getResultList());
        return LIVE.rows(rows).stream().map(r -> facts(r, liveDistrict(r), outputs, funding)).toList();
    }

    /** One project as the library sees it now (also when withdrawn); empty if there is no such project. */
    public java.util.Optional<LibraryProjectFacts> project(String code) {
        List<?> rows = em.createQuery(LIVE_PROJECTS + "WHERE p.code.value = :code", Object[].class)
                .setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<Long, List<OutputFact>> outputs = outputs(OUTPUT, em.createQuery("SELECT " + OUTPUT.select()
                        + " FROM ProjectOutput o JOIN o.target t JOIN o.jurisdiction oj WHERE o.project.code.value = :code",
                Object[].class).setParameter("code", code).getResultList());
        Map<Long, List<FundingFact>> funding = liveFunding(em.createQuery("SELECT " + FUNDING.select()
                        + " FROM FundingLine f JOIN f.source s WHERE f.project.code.value = :code", Object[].class)
                .setParameter("code", code).getResultList());
        return LIVE.rows(rows).stream().map(r -> facts(r, liveDistrict(r), outputs, funding)).findFirst();
    }

    /** The library as snapshot {@code snapshotId} froze it. */
    public List<LibraryProjectFacts> snapshot(long snapshotId) {
        List<?> rows = em.createQuery("SELECT " + SNAPSHOT.select() + " FROM SnapshotProject sp "
                        + "WHERE sp.snapshot.id = :s", Object[].class)
                .setParameter("s", snapshotId).getResultList();
        Map<Long, List<OutputFact>> outputs = outputs(SNAPSHOT_OUTPUT, em.createQuery("SELECT "
                        + SNAPSHOT_OUTPUT.select() + " FROM SnapshotOutput so WHERE so.project.snapshot.id = :s",
                Object[].class).setParameter("s", snapshotId).getResultList());
        Map<Long, List<FundingFact>> funding = new HashMap<>();
        for (Row r : SNAPSHOT_FUNDING.rows(em.createQuery("SELECT " + SNAPSHOT_FUNDING.select()
                        + " FROM SnapshotFunding sf WHERE sf.project.snapshot.id = :s", Object[].class)
                .setParameter("s", snapshotId).getResultList())) {
            funding.computeIfAbsent(r.longValue("project"), k -> new ArrayList<>()).add(new FundingFact(
                    r.string("sourceCode"), r.get("fiscalYear", Integer.class), r.decimal("requested"),
                    r.decimal("approved")));
        }
        return SNAPSHOT.rows(rows).stream().map(r -> facts(r, "district", outputs, funding)).toList();
    }

    private static Map<Long, List<OutputFact>> outputs(Columns columns, List<?> results) {
        Map<Long, List<OutputFact>> outputs = new HashMap<>();
        for (Row r : columns.rows(results)) {
            outputs.computeIfAbsent(r.longValue("project"), k -> new ArrayList<>()).add(new OutputFact(
                    r.string("planCode"), r.string("targetCode"), r.string("jurisdictionCode"), r.decimal("quantity"),
                    r.string("unit")));
        }
        return outputs;
    }

    /** Rejected lines are no longer planned money; approved amounts count only once approved. */
    private static Map<Long, List<FundingFact>> liveFunding(List<?> results) {
        Map<Long, List<FundingFact>> funding = new HashMap<>();
        for (Row r : FUNDING.rows(results)) {
            FundingLineStatus status = r.get("status", FundingLineStatus.class);
            if (status == FundingLineStatus.REJECTED) {
                continue;
            }
            funding.computeIfAbsent(r.longValue("project"), k -> new ArrayList<>()).add(new FundingFact(
                    r.string("sourceCode"), r.get("fiscalYear", Integer.class), r.decimal("requested"),
                    status == FundingLineStatus.APPROVED ? r.decimal("approved") : null));
        }
        return funding;
    }

    /**
     * A project's facts; {@code district} names the columns that hold its 区县(市) ("district", or which of the place
     * and its ancestors is one), null if it lies above that level.
     */
    private static LibraryProjectFacts facts(Row r, String district, Map<Long, List<OutputFact>> outputs,
                                             Map<Long, List<FundingFact>> funding) {
        Long id = r.longValue("id");
        return new LibraryProjectFacts(r.string("code"), r.string("nameZh"), r.string("nameEn"), r.string("planCode"),
                r.string("programCode"), r.string("programNameZh"), r.string("programNameEn"),
                r.string("jurisdictionCode"), r.string("jurisdictionNameZh"), r.string("jurisdictionNameEn"),
                district == null ? null : r.string(district + "Code"),
                district == null ? null : r.string(district + "NameZh"),
                district == null ? null : r.string(district + "NameEn"),
                r.string("leadUnitCode"), r.string("leadUnitNameZh"), r.string("leadUnitNameEn"),
                r.get("category", Category.class), r.get("stage", Stage.class), r.get("plannedStart", LocalDate.class),
                r.get("plannedFinish", LocalDate.class), r.get("totalInvestment", BigDecimal.class),
                r.string("description"), r.get("sample", Boolean.class), outputs.get(id), funding.get(id));
    }

    /** Which of the project's place and its two ancestors is its 区县(市) (null if city-level). */
    private static String liveDistrict(Row r) {
        return PlaceAndAncestors.district(r, "jurisdiction").orElse(null);
    }
}
