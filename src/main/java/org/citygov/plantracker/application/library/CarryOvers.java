package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.library.CarryOver;
import org.citygov.plantracker.domain.model.library.CarryOverItem;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.service.library.CarryOverMapping;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 结转 — carries the unfinished projects (储备 … 续建) of one plan into a newly loaded plan: each moves
 * to the mapped program of the new plan and its outputs not yet confirmed are re-linked to the mapped
 * targets. The projects keep their codes, so their milestones, funding, reports, proposals,
 * snapshots and audit history stay theirs; the carry-over itself is recorded (who, when, which
 * program and targets before → after). Preview first, then carry out — all or nothing. A project
 * with a proposal in play is refused, like an unmapped program or target.
 */
@ApplicationScoped
@Transactional
public class CarryOvers {

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarryOverPreview preview(CarryOverRequest request) {
        permissions.requireCity();
        return plan(request).preview();
    }

    /** Carries the projects over; refused (nothing changed) while anything in use is unmapped. */
    public CarryOverRow execute(CarryOverRequest request) {
        AppUser user = permissions.requireCity();
        Planned planned = plan(request);
        if (planned.projects.isEmpty()) {
            throw new RuleViolation("projects", "library.carry.nothing",
                    "Plan " + planned.from.getCode() + " has no unfinished projects to carry over", planned.from.getCode());
        }
        List<RuleViolation.Violation> problems = new ArrayList<>(planned.inPlay);
        try {
            planned.mapping.check(planned.programsInUse, planned.targetsInUse, planned.newPrograms.keySet(),
                    planned.newTargets.keySet());
        } catch (RuleViolation v) {
            problems.addAll(v.getViolations());
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        CarryOver carryOver = new CarryOver(planned.from, planned.to, user.getUsername(), LocalDateTime.now(clock),
                request.note());
        for (Project project : planned.projects) {
            String code = project.getCode().value();
            String fromProgram = project.getProgram().getCode();
            Program next = planned.newPrograms.get(planned.mapping.programs().get(fromProgram));
            Map<Long, String> before = new HashMap<>();
            project.getOutputs().forEach(o -> before.put(o.getId(), o.getTarget().getCode()));
            project.carryInto(next, t -> planned.newTargets.get(planned.mapping.targets().get(t.getCode())));
            CarryOverItem item = carryOver.record(project.getId(), code, fromProgram, next.getCode());
            audit.fieldChanged("Project", project.getId(), code, "library.carryOver", "program",
                    planned.from.getCode() + " " + fromProgram, planned.to.getCode() + " " + next.getCode());
            for (ProjectOutput o : project.getOutputs()) {
                String was = before.get(o.getId());
                if (!o.isConfirmed()) {
                    item.relinked(o.getId(), was, o.getTarget().getCode());
                    audit.fieldChanged("ProjectOutput", o.getId(), code, "library.carryOver", "target",
                            planned.from.getCode() + " " + was, planned.to.getCode() + " " + o.getTarget().getCode());
                }
            }
        }
        em.persist(carryOver);
        em.flush();
        audit.event("CarryOver", carryOver.getId(), null, "library.carryOver",
                planned.from.getCode() + " → " + planned.to.getCode() + ": " + planned.projects.size());
        return new CarryOverRow(carryOver.getId(), planned.from.getCode(), planned.to.getCode(), user.getUsername(),
                carryOver.getPerformedAt(), carryOver.getNote(), planned.projects.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CarryOverRow> list() {
        permissions.requireLibraryReader();
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.library.CarryOverRow(c.id, f.code, t.code, "
                + "c.performedBy, c.performedAt, c.note, COUNT(i)) FROM CarryOver c JOIN c.fromPlan f JOIN c.toPlan t "
                + "LEFT JOIN c.items i GROUP BY c.id, f.code, t.code, c.performedBy, c.performedAt, c.note "
                + "ORDER BY c.performedAt DESC", CarryOverRow.class).getResultList();
    }

    private record Planned(Plan from, Plan to, List<Project> projects, Set<String> programsInUse,
                           Set<String> targetsInUse, Map<String, Program> newPrograms, Map<String, Target> newTargets,
                           CarryOverMapping mapping, List<RuleViolation.Violation> inPlay) {

        CarryOverPreview preview() {
            List<RuleViolation.Violation> problems = new ArrayList<>(inPlay);
            if (projects.isEmpty()) {
                problems.add(new RuleViolation.Violation("projects", "library.carry.nothing",
                        "Plan " + from.getCode() + " has no unfinished projects to carry over", from.getCode()));
            }
            try {
                mapping.check(programsInUse, targetsInUse, newPrograms.keySet(), newTargets.keySet());
            } catch (RuleViolation v) {
                problems.addAll(v.getViolations());
            }
            List<CarryOverPreview.Item> items = projects.stream().map(p -> new CarryOverPreview.Item(p.getCode().value(),
                    p.getNameZh(), p.getNameEn(), p.getStage(), p.getProgram().getCode(),
                    mapping.programs().get(p.getProgram().getCode()),
                    p.getOutputs().stream().map(o -> new CarryOverPreview.Link(o.getTarget().getCode(),
                            o.isConfirmed() ? o.getTarget().getCode() : mapping.targets().get(o.getTarget().getCode()),
                            o.isConfirmed())).toList())).toList();
            return new CarryOverPreview(from.getCode(), to.getCode(), items, mapping.programs(), mapping.targets(),
                    newPrograms.values().stream().map(p -> new CarryOverPreview.Option(p.getCode(), p.getTitleZh(),
                            p.getTitleEn())).toList(),
                    newTargets.values().stream().map(t -> new CarryOverPreview.Option(t.getCode(), t.getDescriptionZh(),
                            t.getDescriptionEn())).toList(),
                    problems.stream().map(CarryOverPreview.Problem::of).toList());
        }
    }

    private Planned plan(CarryOverRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "request.bodyRequired", "The request needs a body");
        }
        Plan from = lookups.plan(request.fromPlan());
        Plan to = lookups.plan(request.toPlan());
        if (from.getCode().equals(to.getCode())) {
            throw new RuleViolation("toPlan", "library.carry.samePlan", "Choose two different plans");
        }
        List<Project> projects = em.createQuery("SELECT p FROM Project p JOIN FETCH p.program pr "
                        + "WHERE pr.plan = :from AND p.stage IN :unfinished ORDER BY p.code.value", Project.class)
                .setParameter("from", from)
                .setParameter("unfinished", List.of(Stage.RESERVE, Stage.PREPARATION, Stage.NEW_START, Stage.CONTINUING))
                .getResultList();
        if (request.projects() != null && !request.projects().isEmpty()) {
            Set<String> wanted = request.projects().stream().map(String::trim).collect(Collectors.toSet());
            projects = projects.stream().filter(p -> wanted.contains(p.getCode().value())).toList();
        }
        Set<String> programsInUse = new LinkedHashSet<>();
        Set<String> targetsInUse = new LinkedHashSet<>();
        for (Project p : projects) {
            programsInUse.add(p.getProgram().getCode());
            p.getOutputs().stream().filter(o -> !o.isConfirmed()).forEach(o -> targetsInUse.add(o.getTarget().getCode()));
        }
        Map<String, Program> newPrograms = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT p FROM Program p WHERE p.plan = :to ORDER BY p.code", Program.class)
                .setParameter("to", to).getResultList().forEach(p -> newPrograms.put(p.getCode(), p));
        Map<String, Target> newTargets = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT t FROM Target t WHERE t.plan = :to ORDER BY t.seq", Target.class)
                .setParameter("to", to).getResultList().forEach(t -> newTargets.put(t.getCode(), t));
        CarryOverMapping mapping = CarryOverMapping.suggest(programsInUse, targetsInUse, newPrograms.keySet(),
                newTargets.keySet(), new CarryOverMapping(request.programs(), request.targets()));
        return new Planned(from, to, projects, programsInUse, targetsInUse, newPrograms, newTargets, mapping,
                proposalsInPlay(projects));
    }

    /**
     * A project with a proposal still in play (submitted, returned or approved) is not carried over:
     * the proposal was written against the old plan's program and targets, and would be decided or
     * applied against the new one. The round has to deal with it first.
     */
    private List<RuleViolation.Violation> proposalsInPlay(List<Project> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        Set<String> codes = projects.stream().map(p -> p.getCode().value()).collect(Collectors.toSet());
        Columns inPlay = Columns.of("projectCode", "p.projectCode").and("roundCode", "r.code").and("status", "p.status")
                .and("id", "p.id");
        return inPlay.rows(em.createQuery("SELECT " + inPlay.select() + " FROM Proposal p JOIN p.round r "
                        + "WHERE p.projectCode IN :codes AND p.status IN :active ORDER BY p.projectCode, p.id", Object[].class)
                .setParameter("codes", codes)
                .setParameter("active", List.of(ProposalStatus.SUBMITTED, ProposalStatus.RETURNED, ProposalStatus.APPROVED))
                .getResultList()).stream().map(r -> {
                    ProposalStatus status = r.get("status", ProposalStatus.class);
                    String project = r.string("projectCode");
                    String round = r.string("roundCode");
                    return new RuleViolation.Violation("projects", "library.carry.proposalInPlay",
                            "Project " + project + " has a proposal in play (" + status + ", round " + round + ")",
                            project, round, status.zh(), status.en(), r.value("id"));
                }).toList();
    }
}
