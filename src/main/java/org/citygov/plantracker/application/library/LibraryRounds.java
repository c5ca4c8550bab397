package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.library.LibraryRound;
import org.citygov.plantracker.domain.model.library.LibrarySnapshot;
import org.citygov.plantracker.domain.model.library.Proposal;
import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The life of a round: the city government opens it with a deadline, may move the deadline, and
 * closes it — applying every approved proposal to the library and freezing a snapshot, all in one
 * transaction, so either the whole round takes effect or nothing does.
 */
@ApplicationScoped
@Transactional
public class LibraryRounds {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryLookups lookups;

    @Inject
    private LibraryPermissions permissions;

    @Inject
    private LibraryChanges changes;

    @Inject
    private LibrarySnapshots snapshots;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public RoundView open(RoundOpening opening) {
        AppUser user = permissions.requireCity();
        if (opening == null) {
            throw new RuleViolation(null, "request.bodyRequired", "The request needs a body");
        }
        LocalDate today = LocalDate.now(clock);
        int year = opening.fiscalYear() == null ? today.getYear() : opening.fiscalYear();
        Plan plan = opening.planCode() == null || opening.planCode().isBlank() ? lookups.planFor(year).orElse(null)
                : lookups.plan(opening.planCode());
        if (opening.code() != null && !em.createQuery("SELECT r.id FROM LibraryRound r WHERE r.code = :c", Long.class)
                .setParameter("c", opening.code().trim()).getResultList().isEmpty()) {
            throw new RuleViolation("code", "library.round.codeTaken", "There is already a round " + opening.code(),
                    opening.code());
        }
        LibraryRound round = new LibraryRound(opening.code(), opening.nameZh(), opening.nameEn(), year, plan,
                opening.submissionDeadline(), user.getUsername(), LocalDateTime.now(clock), today);
        em.persist(round);
        em.flush();
        audit.event("LibraryRound", round.getId(), null, "library.round.open",
                round.getCode() + " " + round.getNameZh() + " → " + round.getSubmissionDeadline());
        return view(round);
    }

    public RoundView moveDeadline(String code, long version, LocalDate deadline) {
        permissions.requireCity();
        LibraryRound round = lookups.round(code);
        ConcurrentEditException.check(round.getCode(), version, round.getVersion());
        LocalDate before = round.getSubmissionDeadline();
        round.moveDeadline(deadline, LocalDate.now(clock));
        audit.fieldChanged("LibraryRound", round.getId(), null, "library.round.deadline", "submissionDeadline",
                before, round.getSubmissionDeadline());
        em.flush();
        return view(round);
    }

    /**
     * Closes the round: refuses while proposals wait for a decision; applies every approved
     * proposal (new projects, adjustments, moves to 新开工, withdrawals); lets returned ones lapse;
     * freezes the snapshot. One transaction: any failure leaves the library and the round as they were.
     */
    public RoundView close(String code, long version) {
        AppUser user = permissions.requireCity();
        LibraryRound round = lookups.round(code);
        ConcurrentEditException.check(round.getCode(), version, round.getVersion());
        // no submission of this round commits between reading its proposals and closing it
        em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        round.requireOpen();
        List<Proposal> proposals = em.createQuery("SELECT p FROM Proposal p WHERE p.round = :r ORDER BY p.id",
                Proposal.class).setParameter("r", round).getResultList();
        long pending = proposals.stream().filter(p -> p.getStatus() == ProposalStatus.SUBMITTED).count();
        if (pending > 0) {
            throw new RuleViolation("round", "library.round.pendingProposals",
                    pending + " proposals of round " + round.getCode() + " still wait for a decision",
                    round.getCode(), pending);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (ProposalKind kind : ProposalKind.values()) {
            proposals.stream().filter(p -> p.getKind() == kind && p.getStatus() == ProposalStatus.APPROVED)
                    .forEach(p -> changes.apply(p, now));
        }
        proposals.forEach(Proposal::lapse);
        round.close(user.getUsername(), now);
        em.flush();
        LibrarySnapshot snapshot = snapshots.freeze(round, round.getNameZh(), round.getNameEn(), user.getUsername());
        audit.event("LibraryRound", round.getId(), null, "library.round.close",
                round.getCode() + " → snapshot " + snapshot.getId());
        return view(round);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundView> list() {
        permissions.signedIn();
        return em.createQuery("SELECT r FROM LibraryRound r JOIN FETCH r.plan ORDER BY r.fiscalYear DESC, r.openedAt DESC",
                LibraryRound.class).getResultList().stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundView detail(String code) {
        permissions.signedIn();
        return view(lookups.round(code));
    }

    /** Open rounds still taking proposals today (for the offices' forms). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundView> acceptingProposals() {
        return list().stream().filter(RoundView::acceptsProposals).toList();
    }

    private RoundView view(LibraryRound round) {
        AppUser user = permissions.signedIn();
        Columns byStatus = Columns.of("status", "p.status").and("proposals", "COUNT(p)");
        String jpql = "SELECT " + byStatus.select() + " FROM Proposal p WHERE p.round = :r"
                + (user.isProjectOffice() ? " AND p.leadUnit.id = :unit" : "") + " GROUP BY p.status";
        var query = em.createQuery(jpql, Object[].class).setParameter("r", round);
        if (user.isProjectOffice()) {
            query.setParameter("unit", user.getLeadUnit().getId());
        }
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        byStatus.rows(query.getResultList()).forEach(r -> counts.put(r.get("status", ProposalStatus.class),
                r.longValue("proposals")));
        LocalDate today = LocalDate.now(clock);
        Long snapshotId = snapshots.ofRound(round.getCode()).map(LibrarySnapshotRow::id).orElse(null);
        Long previousId = snapshotId == null ? null : snapshots.previous(snapshotId).map(LibrarySnapshotRow::id).orElse(null);
        Plan plan = round.getPlan();
        return new RoundView(round.getCode(), round.getNameZh(), round.getNameEn(), round.getFiscalYear(),
                plan.getCode(), plan.getTitleZh(), plan.getTitleEn(), round.getSubmissionDeadline(), round.getStatus(),
                round.phaseOn(today), round.getOpenedBy(), round.getOpenedAt(), round.getClosedBy(),
                round.getClosedAt(), round.getVersion(), counts, snapshotId, previousId,
                round.isOpen() && !today.isAfter(round.getSubmissionDeadline()));
    }
}
