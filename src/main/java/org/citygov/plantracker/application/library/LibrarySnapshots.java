package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.library.LibraryRound;
import org.citygov.plantracker.domain.model.library.LibrarySnapshot;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.service.library.LibraryDiff;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Snapshots of the library (库版本) and the diff of any two: frozen at the close of each round, or
 * taken by the city as a baseline. For the city government, the finance bureau and administrators.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LibrarySnapshots {

    private static final String ROW = "SELECT NEW org.citygov.plantracker.application.library.LibrarySnapshotRow(s.id, r.code, "
            + "s.labelZh, s.labelEn, s.takenAt, s.takenBy, s.projectCount, s.totalInvestment, s.containsSample) "
            + "FROM LibrarySnapshot s LEFT JOIN s.round r ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryFacts facts;

    @Inject
    private LibraryPermissions permissions;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every snapshot, oldest first. */
    public List<LibrarySnapshotRow> list() {
        permissions.requireLibraryReader();
        return em.createQuery(ROW + "ORDER BY s.takenAt, s.id", LibrarySnapshotRow.class).getResultList();
    }

    public LibrarySnapshotRow get(long id) {
        permissions.requireLibraryReader();
        return row(id);
    }

    /** The projects a snapshot froze. */
    public List<LibraryProjectFacts> projects(long id) {
        permissions.requireLibraryReader();
        row(id);
        return facts.snapshot(id);
    }

    /** The snapshot a round's close froze, if it is closed. */
    public Optional<LibrarySnapshotRow> ofRound(String roundCode) {
        return em.createQuery(ROW + "WHERE r.code = :c", LibrarySnapshotRow.class).setParameter("c", roundCode)
                .getResultStream().findFirst();
    }

    /** The snapshot taken just before {@code id}, if any. */
    public Optional<LibrarySnapshotRow> previous(long id) {
        LibrarySnapshotRow of = row(id);
        return em.createQuery(ROW + "WHERE s.takenAt < :t OR (s.takenAt = :t AND s.id < :id) "
                        + "ORDER BY s.takenAt DESC, s.id DESC", LibrarySnapshotRow.class)
                .setParameter("t", of.takenAt()).setParameter("id", id).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Field by field, grouped by program and 区县(市), with totals: what changed from one snapshot to another. */
    public DiffView diff(Long fromId, Long toId) {
        permissions.requireLibraryReader();
        if (fromId == null || toId == null) {
            throw new RuleViolation(fromId == null ? "from" : "to", "library.diff.snapshotsRequired",
                    "Give the two snapshots to compare (from, to)");
        }
        if (fromId.equals(toId)) {
            throw new RuleViolation("to", "library.diff.sameSnapshot", "Choose two different snapshots");
        }
        LibrarySnapshotRow from = row(fromId);
        LibrarySnapshotRow to = row(toId);
        LibraryDiff diff = LibraryDiff.between(facts.snapshot(fromId), facts.snapshot(toId));
        return new DiffView(from, to, diff, wording(diff));
    }

    /** A baseline snapshot of the library as it is now, taken by the city (e.g. before the first round). */
    @Transactional
    public LibrarySnapshotRow takeBaseline(String labelZh, String labelEn) {
        AppUser user = permissions.requireCity();
        if (labelZh == null || labelZh.isBlank()) {
            throw new RuleViolation("labelZh", "library.snapshot.labelRequired", "Give the snapshot a name");
        }
        LibrarySnapshot snapshot = freeze(null, labelZh.trim(), labelEn == null || labelEn.isBlank() ? null
                : labelEn.trim(), user.getUsername());
        return row(snapshot.getId());
    }

    /** Freezes the library now, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LibrarySnapshot freeze(LibraryRound round, String labelZh, String labelEn, String by) {
        LibrarySnapshot snapshot = new LibrarySnapshot(round, labelZh, labelEn, by, LocalDateTime.now(clock),
                facts.current());
        em.persist(snapshot);
        em.flush();
        audit.event("LibrarySnapshot", snapshot.getId(), null, "library.snapshot",
                labelZh + " (" + snapshot.getProjectCount() + ")");
        return snapshot;
    }

    private LibrarySnapshotRow row(long id) {
        return em.createQuery(ROW + "WHERE s.id = :id", LibrarySnapshotRow.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("librarySnapshot", id));
    }

    /** The wording of the targets in a diff's output totals, two queries at most per plan. */
    private Map<String, String[]> wording(LibraryDiff diff) {
        Map<String, Set<String>> byPlan = diff.outputs().stream().filter(o -> o.planCode() != null)
                .collect(Collectors.groupingBy(o -> o.planCode(),
                        Collectors.mapping(o -> o.targetCode(), Collectors.toSet())));
        Map<String, String[]> wording = new HashMap<>();
        Columns target = Columns.of("code", "t.code").and("descriptionZh", "t.wording.descriptionZh")
                .and("descriptionEn", "t.wording.descriptionEn");
        byPlan.forEach((plan, codes) -> target.rows(em.createQuery("SELECT " + target.select()
                        + " FROM Target t WHERE t.plan.code = :plan AND t.code IN :codes", Object[].class)
                .setParameter("plan", plan).setParameter("codes", codes).getResultList())
                .forEach(r -> wording.put(plan + " " + r.string("code"),
                        new String[]{r.string("descriptionZh"), r.string("descriptionEn")})));
        return wording;
    }
}
