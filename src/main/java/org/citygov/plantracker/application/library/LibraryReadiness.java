package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.library.LibrarySettings;
import org.citygov.plantracker.domain.model.library.ReadinessEvidence;
import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.library.GateResult;
import org.citygov.plantracker.domain.service.library.Readiness;
import org.citygov.plantracker.domain.service.library.ReadinessCheck;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 前期要件 — the readiness gates of projects: recording the land, environmental-assessment and
 * feasibility documents, evaluating a project's readiness for 新开工, and the configurable share of
 * the total investment that approved funding must cover.
 */
@ApplicationScoped
@Transactional
public class LibraryReadiness {

    static final String ENTITY = "ReadinessEvidence";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryLookups lookups;

    @Inject
    private LibraryPermissions permissions;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A project's readiness, for whoever may read the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReadinessView readiness(String projectCode) {
        Project project = lookups.project(projectCode);
        AppUser user = permissions.requireCanRead(project.getLeadUnit(), projectCode);
        boolean canRecord = user.hasRole(Role.CITY_GOV) || (user.hasRole(Role.PROJECT_OFFICE)
                && user.getLeadUnit() != null && user.getLeadUnit().getId().equals(project.getLeadUnit().getId()));
        return view(project, canRecord);
    }

    /**
     * Records (or replaces) the document of a gate. {@code version} is the evidence version read
     * (null when none was recorded yet).
     */
    public ReadinessView record(String projectCode, ReadinessGate gate, String documentRef, LocalDate documentDate,
                                String note, Long version) {
        Project project = lookups.project(projectCode);
        permissions.requireCanRecordEvidence(project.getLeadUnit(), projectCode);
        if (gate == null || !gate.isDocumented()) {
            throw new RuleViolation("gate", "library.evidence.gate",
                    "Documents are recorded for land, environmental assessment and feasibility approval only");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String by = permissions.signedIn().getUsername();
        ReadinessEvidence evidence = evidence(project).stream().filter(e -> e.getGate() == gate).findFirst().orElse(null);
        if (evidence == null) {
            if (version != null && version != 0) {
                throw new ConcurrentEditException(gate.zh());
            }
            evidence = new ReadinessEvidence(project, gate, documentRef, documentDate, note, by, now, LocalDate.now(clock));
            em.persist(evidence);
            em.flush();
            audit.fieldChanged(ENTITY, evidence.getId(), projectCode, "library.evidence", gate.name(), null,
                    evidence.getDocumentRef() + " (" + evidence.getDocumentDate() + ")");
        } else {
            if (version != null) {
                ConcurrentEditException.check(gate.zh(), version, evidence.getVersion());
            }
            String before = evidence.getDocumentRef() + " (" + evidence.getDocumentDate() + ")";
            evidence.record(documentRef, documentDate, note, by, now, LocalDate.now(clock));
            audit.fieldChanged(ENTITY, evidence.getId(), projectCode, "library.evidence", gate.name(), before,
                    evidence.getDocumentRef() + " (" + evidence.getDocumentDate() + ")");
            em.flush();
        }
        return view(project, true);
    }

    /** The required share of approved funding (0–1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SettingsView settings() {
        permissions.signedIn();
        LibrarySettings s = lookups.settings(false);
        return new SettingsView(s.getStartFundingShare(), s.getVersion());
    }

    /** Changes the required share (the city government or an administrator). */
    public SettingsView changeSettings(BigDecimal startFundingShare, long version) {
        permissions.requireCityOrAdmin();
        LibrarySettings s = lookups.settings(true);
        ConcurrentEditException.check("library.settings", version, s.getVersion());
        BigDecimal before = s.getStartFundingShare();
        s.requireStartFundingShare(startFundingShare);
        audit.fieldChanged("LibrarySettings", s.getId(), null, "library.settings", "startFundingShare", before,
                s.getStartFundingShare());
        em.flush();
        return new SettingsView(s.getStartFundingShare(), s.getVersion());
    }

    /** The settings as read, with the version to send back. */
    public record SettingsView(BigDecimal startFundingShare, long version) implements java.io.Serializable {
    }

    // ---- for the other library services (no access checks) ----

    /** Evaluates the gates of {@code project} now. */
    public Readiness evaluate(Project project) {
        List<ReadinessCheck.Document> documents = evidence(project).stream()
                .map(e -> new ReadinessCheck.Document(e.getGate(), e.getDocumentRef(), e.getDocumentDate())).toList();
        return ReadinessCheck.evaluate(project.getCode().value(), documents, approvedFunding(project),
                project.getTotalInvestment(), lookups.settings(false).getStartFundingShare(), LocalDate.now(clock));
    }

    /**
     * Refuses a move of {@code project} to 新开工 unless every gate is met and its preparation
     * milestones are done (the project's own rule, checked here too so the office learns it at once).
     */
    public void requireReadyToStart(Project project) {
        List<Violation> problems = new ArrayList<>();
        try {
            evaluate(project).requireReady();
        } catch (RuleViolation v) {
            problems.addAll(v.getViolations());
        }
        project.getMilestones().stream().filter(m -> m.getKind() == MilestoneKind.PREPARATION && !m.isDone())
                .forEach(m -> problems.add(new Violation("stage", "project.preparationOpen",
                        "Preparation milestone '" + m.getNameZh() + "' is not done", m.getNameZh())));
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    public BigDecimal approvedFunding(Project project) {
        BigDecimal sum = em.createQuery("SELECT SUM(f.approved) FROM FundingLine f WHERE f.project = :p "
                        + "AND f.status = :approved", BigDecimal.class)
                .setParameter("p", project).setParameter("approved", FundingLineStatus.APPROVED).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private List<ReadinessEvidence> evidence(Project project) {
        return em.createQuery("SELECT e FROM ReadinessEvidence e WHERE e.project = :p", ReadinessEvidence.class)
                .setParameter("p", project).getResultList();
    }

    private ReadinessView view(Project project, boolean canRecord) {
        Readiness readiness = evaluate(project);
        List<ReadinessEvidence> evidence = evidence(project);
        List<ReadinessView.Gate> gates = new ArrayList<>();
        for (GateResult g : readiness.gates()) {
            ReadinessEvidence e = evidence.stream().filter(x -> x.getGate() == g.gate()).findFirst().orElse(null);
            gates.add(new ReadinessView.Gate(g.gate(), g.met(), g.documentRef(), g.documentDate(),
                    e == null ? null : e.getNote(), e == null ? null : e.getRecordedBy(),
                    e == null ? null : e.getRecordedAt(), e == null ? null : e.getVersion()));
        }
        GateResult funding = readiness.gate(ReadinessGate.FUNDING);
        List<String> open = project.getMilestones().stream()
                .filter(m -> m.getKind() == MilestoneKind.PREPARATION && !m.isDone())
                .map(m -> m.getNameZh()).toList();
        return new ReadinessView(project.getCode().value(), project.getNameZh(), project.getNameEn(), project.getStage(),
                project.getLeadUnit().getCode(), project.getTotalInvestment(), approvedFunding(project),
                funding.securedShare(), funding.requiredShare(), List.copyOf(gates), open,
                readiness.ready() && open.isEmpty(), canRecord);
    }
}
