package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.library.CarryOverItem;
import org.citygov.plantracker.domain.model.library.Proposal;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The history of a project across rounds (see {@link ProjectLibraryHistory}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LibraryHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryLookups lookups;

    @Inject
    private LibraryPermissions permissions;

    @Inject
    private LibraryProposals proposals;

    @Inject
    private AuditTrail audit;

    /**
     * For whoever may read the project (an office: its own unit's). A project proposed but not yet
     * in the library has a history too: its proposals.
     */
    public ProjectLibraryHistory of(String code) {
        String c = code == null ? "" : code.trim();
        Optional<Project> project = lookups.findProject(c);
        if (project.isPresent()) {
            permissions.requireCanRead(project.get().getLeadUnit(), c);
        } else {
            Proposal first = em.createQuery("SELECT p FROM Proposal p WHERE p.projectCode = :c ORDER BY p.id", Proposal.class)
                    .setParameter("c", c).setMaxResults(1).getResultStream().findFirst()
                    .orElseThrow(() -> new UnknownEntityException("project", c));
            permissions.requireCanRead(first.getLeadUnit(), c);
        }
        List<ProposalRow> rows = proposals.ofProject(c);
        Columns appearance = Columns.of("snapshot", "s.id").and("roundCode", "r.code").and("labelZh", "s.labelZh")
                .and("labelEn", "s.labelEn").and("takenAt", "s.takenAt").and("stage", "sp.stage")
                .and("planCode", "sp.planCode").and("programCode", "sp.programCode")
                .and("totalInvestment", "sp.totalInvestment");
        List<ProjectLibraryHistory.Appearance> appearances = appearance.rows(em.createQuery("SELECT "
                        + appearance.select() + " FROM SnapshotProject sp JOIN sp.snapshot s LEFT JOIN s.round r "
                        + "WHERE sp.projectCode = :c ORDER BY s.takenAt, s.id", Object[].class)
                .setParameter("c", c).getResultList()).stream()
                .map(r -> new ProjectLibraryHistory.Appearance(r.get("snapshot", Long.class), r.string("roundCode"),
                        r.string("labelZh"), r.string("labelEn"), r.get("takenAt", LocalDateTime.class),
                        r.get("stage", Stage.class), r.string("planCode"), r.string("programCode"),
                        r.get("totalInvestment", BigDecimal.class)))
                .toList();
        List<ProjectLibraryHistory.Carried> carried = em.createQuery("SELECT i FROM CarryOverItem i "
                        + "JOIN FETCH i.carryOver c WHERE i.projectCode = :c ORDER BY c.performedAt", CarryOverItem.class)
                .setParameter("c", c).getResultList().stream()
                .map(i -> new ProjectLibraryHistory.Carried(i.getCarryOver().getPerformedAt(),
                        i.getCarryOver().getPerformedBy(), i.getCarryOver().getFromPlan().getCode(),
                        i.getCarryOver().getToPlan().getCode(), i.getFromProgramCode(), i.getToProgramCode(),
                        i.getLinks().stream().map(l -> l.getFromTargetCode() + " → " + l.getToTargetCode())
                                .collect(Collectors.joining("; "))))
                .toList();
        List<ProjectLibraryHistory.Event> events = audit.projectHistory(c).stream()
                .map(a -> new ProjectLibraryHistory.Event(a.getOccurredAt(), a.getUsername(), a.getAction(),
                        a.getFieldName(), a.getBeforeValue(), a.getAfterValue(), a.getComment()))
                .toList();
        Project p = project.orElse(null);
        return new ProjectLibraryHistory(c, p != null ? p.getNameZh() : rows.isEmpty() ? null : rows.get(0).projectNameZh(),
                p != null ? p.getNameEn() : rows.isEmpty() ? null : rows.get(0).projectNameEn(), p != null,
                p == null ? null : p.getStage(), p == null ? null : p.getProgram().getPlan().getCode(),
                p == null ? null : p.getProgram().getCode(), p == null ? null : p.getLeadUnit().getCode(),
                rows, appearances, carried, events);
    }
}
