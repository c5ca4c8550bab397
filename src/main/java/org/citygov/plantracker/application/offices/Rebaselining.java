package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.RebaselineItem;
import org.citygov.plantracker.domain.model.project.RebaselineRequest;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.citygov.plantracker.domain.model.project.ScheduleBaseline;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Baselines: the approved schedule is frozen; a project office asks for a re-baseline, the city
 * government approves or rejects it. Every approved baseline is kept (revision 0 = original).
 */
@ApplicationScoped
@Transactional
public class Rebaselining {

    static final String ENTITY = "RebaselineRequest";
    static final String ACTION_REQUEST = "rebaseline.request";
    static final String ACTION_APPROVE = "rebaseline.approve";
    static final String ACTION_REJECT = "rebaseline.reject";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfficeProjects projects;

    @Inject
    private Access access;

    @Inject
    private org.citygov.plantracker.application.evaluation.EvaluationService evaluation;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Files a request; one pending request per project at a time. */
    public RebaselineView request(RebaselineProposal proposal) {
        Project project = projects.forEdit(proposal.projectCode());
        if (!requestsOf(project, RebaselineStatus.PENDING).isEmpty()) {
            throw new RuleViolation("status", "rebaseline.alreadyPending",
                    "Project " + project.getCode() + " already has a re-baseline request waiting for a decision",
                    project.getCode().value());
        }
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        proposal.dates().forEach(d -> dates.put(d.milestoneId(), d.newBaseline()));
        RebaselineRequest request = RebaselineRequest.propose(project, dates, proposal.reason(),
                projects.caller().getUsername(), LocalDateTime.now(clock));
        em.persist(request);
        audit.event(ENTITY, request.getId(), project.getCode().value(), ACTION_REQUEST, request.getReason());
        projects.flush(project.getCode().value());
        return RebaselineView.of(request);
    }

    /** The city government decides. Approval records revision 0 (if not yet) and the new revision. */
    public RebaselineView decide(RebaselineDecision decision) {
        access.requireAnyRole(Role.CITY_GOV);
        RebaselineRequest request = em.find(RebaselineRequest.class, decision.requestId());
        if (request == null || (decision.projectCode() != null
                && !request.getProject().getCode().value().equals(decision.projectCode()))) {
            throw new UnknownEntityException("rebaseline", decision.requestId());
        }
        Project project = projects.forRead(request.getProject().getCode().value());
        String code = project.getCode().value();
        ConcurrentEditException.check(code, decision.version(), request.getVersion());
        String decider = projects.caller().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        if (decision.approve()) {
            List<ScheduleBaseline> recorded = baselinesOf(project);
            if (recorded.isEmpty()) {
                em.persist(ScheduleBaseline.original(project, now, decider));
            }
            Map<Long, LocalDate> before = new LinkedHashMap<>();
            project.getMilestones().forEach(m -> before.put(m.getId(), m.getBaseline()));
            request.approve(decider, now, decision.comment());
            int revision = recorded.stream().mapToInt(ScheduleBaseline::getRevision).max().orElse(0) + 1;
            em.persist(ScheduleBaseline.revision(project, revision, request, now, decider));
            for (RebaselineItem item : request.getItems()) {
                audit.fieldChanged(MilestoneProgress.ENTITY, item.getMilestoneId(), code, ACTION_APPROVE, "baseline",
                        before.get(item.getMilestoneId()),
                        project.milestone(item.getMilestoneId()).map(Milestone::getBaseline).orElse(null));
            }
            audit.event(ENTITY, request.getId(), code, ACTION_APPROVE, request.getDecisionComment());
        } else {
            request.reject(decider, now, decision.comment());
            audit.event(ENTITY, request.getId(), code, ACTION_REJECT, request.getDecisionComment());
        }
        projects.flush(code);
        return RebaselineView.of(request);
    }

    /** A project's requests, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RebaselineView> requests(String projectCode) {
        Project project = projects.forRead(projectCode);
        return requestsOf(project, null).stream().map(RebaselineView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RebaselineView requestOf(String projectCode, Long requestId) {
        Project project = projects.forRead(projectCode);
        RebaselineRequest request = em.find(RebaselineRequest.class, requestId);
        if (request == null || !request.getProject().getId().equals(project.getId())) {
            throw new UnknownEntityException("rebaseline", requestId);
        }
        return RebaselineView.of(request);
    }

    /**
     * Requests with the given status (all when null), newest first, among the projects the caller
     * may see: an office its own unit's, everyone else all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RebaselineView> requestsWithStatus(RebaselineStatus status) {
        access.requireSignedIn();
        StringBuilder jpql = new StringBuilder("SELECT r FROM RebaselineRequest r JOIN FETCH r.project p WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND r.status = :status");
        }
        var unit = currentUser.confinedToLeadUnit();
        unit.ifPresent(u -> jpql.append(" AND p.leadUnit.id = :unit"));
        jpql.append(" ORDER BY r.requestedAt DESC, r.id DESC");
        var query = em.createQuery(jpql.toString(), RebaselineRequest.class).setMaxResults(500);
        if (status != null) {
            query.setParameter("status", status);
        }
        unit.ifPresent(u -> query.setParameter("unit", u));
        return query.getResultList().stream().map(RebaselineView::of).toList();
    }

    /** The project's baselines side by side with the plan's deadline and the forecast. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BaselineComparison baselines(String projectCode) {
        Project project = projects.forRead(projectCode);
        List<ScheduleBaseline> recorded = baselinesOf(project);
        List<BaselineComparison.Revision> revisions = recorded.stream()
                .map(b -> new BaselineComparison.Revision(b.getRevision(), b.getRecordedAt(), b.getRecordedBy(),
                        b.getReason())).toList();
        List<BaselineComparison.MilestoneDates> milestones = project.getMilestones().stream()
                .map(m -> new BaselineComparison.MilestoneDates(m.getId(), m.getSeqNo(), m.getNameZh(), m.getNameEn(),
                        m.getOriginalBaseline(), m.getBaseline(), m.getForecast(), m.getActual(),
                        recorded.stream().map(b -> b.dateOf(m.getId()).orElse(null)).toList()))
                .toList();
        LocalDate planDeadline = project.getOutputs().stream().map(ProjectOutput::getTarget)
                .map(t -> t.getDeadline().getDate()).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElseGet(() -> project.getProgram().getPlan().getPeriod().lastDay());
        return new BaselineComparison(project.getCode().value(), planDeadline, project.getPlannedStart(),
                project.getPlannedFinish(),
                latest(project.getMilestones().stream().map(Milestone::getOriginalBaseline).toList()),
                latest(project.getMilestones().stream().map(Milestone::getBaseline).toList()),
                evaluation.forecastFinish(project.getCode().value()), revisions, milestones);
    }

    private static LocalDate latest(List<LocalDate> dates) {
        return dates.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private List<RebaselineRequest> requestsOf(Project project, RebaselineStatus status) {
        var query = em.createQuery("SELECT r FROM RebaselineRequest r WHERE r.project = :p"
                + (status == null ? "" : " AND r.status = :s") + " ORDER BY r.requestedAt DESC, r.id DESC",
                RebaselineRequest.class).setParameter("p", project);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultList();
    }

    /**
     * Revision 0 when works start (新开工): the milestone plan as it stands becomes the original
     * baseline, recorded once, by whoever moved the project.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOriginal(Project project) {
        if (baselinesOf(project).isEmpty() && !project.getMilestones().isEmpty()) {
            em.persist(ScheduleBaseline.original(project, LocalDateTime.now(clock), currentUser.actorName()));
        }
    }

    private List<ScheduleBaseline> baselinesOf(Project project) {
        return em.createQuery("SELECT b FROM ScheduleBaseline b WHERE b.project = :p ORDER BY b.revision",
                ScheduleBaseline.class).setParameter("p", project).getResultList();
    }
}
