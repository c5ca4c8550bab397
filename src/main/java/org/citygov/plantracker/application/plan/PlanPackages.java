package org.citygov.plantracker.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.plan.PlanPackagePreview.Contents;
import org.citygov.plantracker.application.plan.PlanPackagePreview.Status;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.place.JurisdictionRepository;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanRepository;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionException;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionReader;
import org.citygov.plantracker.infrastructure.importing.plan.PlanPackageArchive;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new plan without a release (issue 14): an administrator uploads a plan package (the files of
 * docs/plan-definition-format.md as a .zip), sees what it would load and every problem (dry run),
 * then loads it — all or nothing, audited — through the same reader and loader as the bundled
 * plans. The same package again changes nothing. A package of a higher version ({@code version:} in
 * plan.yaml) than a loaded plan of the same code revises it in place — the changes before → after in
 * the dry run, applied all or nothing and audited change by change — unless {@link PlanRevisionCheck}
 * finds something a revision may not do (a target removed that projects' outputs still point at …).
 * A different package of the same or a lower version is refused with the changes.
 */
@ApplicationScoped
public class PlanPackages {

    @Inject
    private Access access;

    @Inject
    private PlanRepository plans;

    @Inject
    private JurisdictionRepository jurisdictions;

    @Inject
    private PlanLoader loader;

    @Inject
    private AuditTrail audit;

    @PersistenceContext
    private EntityManager em;

    /** A loaded plan as the administration page lists it. */
    public record LoadedPlan(String code, String titleZh, String titleEn, int startYear, int endYear,
                             String contentDigest, java.time.LocalDateTime loadedAt, String source, int version) {
    }

    /** Every loaded plan, oldest period first. ADMIN only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoadedPlan> loaded() {
        access.requireAnyRole(Role.ADMIN);
        return plans.findAll().stream().map(p -> new LoadedPlan(p.getCode(), p.getTitleZh(), p.getTitleEn(),
                p.getPeriod().getStartYear(), p.getPeriod().getEndYear(), p.getContentDigest(), p.getLoadedAt(),
                p.getSourcePath(), p.getDefinitionVersion())).toList();
    }

    /** What the package would load, with every problem; nothing is written. ADMIN only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanPackagePreview preview(String fileName, InputStream upload) {
        access.requireAnyRole(Role.ADMIN);
        return read(fileName, upload).preview();
    }

    /**
     * Loads the package when it is a new plan ({@link Status#CREATED}); a package already loaded is
     * {@link Status#UNCHANGED}; anything else is answered as in the dry run and nothing is written.
     */
    @Transactional
    public PlanPackagePreview load(String fileName, InputStream upload) {
        access.requireAnyRole(Role.ADMIN);
        Reading reading = read(fileName, upload);
        PlanPackagePreview preview = reading.preview();
        if (preview.status() == Status.REVISION) {
            return revise(reading, preview);
        }
        if (preview.status() != Status.NEW) {
            return preview;
        }
        loader.load(reading.definition);
        Plan plan = plans.findByCode(reading.definition.code()).orElseThrow();
        Contents c = preview.contents();
        audit.event("Plan", plan.getId(), null, "plan.loaded", reading.definition.code() + " ← "
                + preview.fileName() + " (SHA-256 " + reading.definition.contentDigest() + "): " + c.chapters()
                + " chapters, " + c.columns() + " 专栏, " + c.programs() + " 工程, " + c.targets() + " targets, "
                + c.indicators() + " indicators, " + c.newPlaces() + " new places");
        return preview.with(Status.CREATED);
    }

    /** Applies a higher version in place and audits it: one event, then each change before → after. */
    private PlanPackagePreview revise(Reading reading, PlanPackagePreview preview) {
        Plan plan = plans.findByCode(reading.definition.code()).orElseThrow();
        int before = plan.getDefinitionVersion();
        String digestBefore = plan.getContentDigest();
        loader.revise(plan, reading.definition);
        audit.event("Plan", plan.getId(), null, "plan.revised", reading.definition.code() + " version " + before
                + " → " + reading.definition.version() + " ← " + preview.fileName() + " (SHA-256 " + digestBefore
                + " → " + reading.definition.contentDigest() + "): " + preview.changes().size() + " changes");
        for (PlanFacts.Change c : preview.changes()) {
            String field = c.entry() + (c.field() == null ? "" : " · " + c.field());
            audit.fieldChanged("Plan", plan.getId(), null, "plan.revised",
                    field.length() > 100 ? field.substring(0, 99) + "…" : field,
                    c.before() == null ? "(—)" : c.before(), c.after() == null ? "(—)" : c.after());
        }
        return preview.with(Status.REVISED);
    }

    /** What points at the loaded plan's targets, 工程 and indicators, by code, for {@link PlanRevisionCheck}. */
    private PlanRevisionCheck.Uses uses(Plan plan) {
        Map<String, List<String>> targetUsers = new HashMap<>();
        collect(targetUsers, "SELECT o.target.code, o.project.code.value FROM ProjectOutput o WHERE o.target.plan = :plan",
                plan);
        collect(targetUsers, "SELECT o.target.code, o.proposal.projectCode FROM ProposalOutput o WHERE o.target.plan = :plan",
                plan);
        Map<String, List<String>> programUsers = new HashMap<>();
        collect(programUsers, "SELECT p.program.code, p.code.value FROM Project p WHERE p.program.plan = :plan", plan);
        collect(programUsers, "SELECT p.program.code, p.projectCode FROM Proposal p WHERE p.program.plan = :plan", plan);
        Set<String> carried = new HashSet<>(em.createQuery("SELECT l.toTargetCode FROM CarryOverLink l "
                + "WHERE l.item.carryOver.toPlan = :plan AND l.toTargetCode IS NOT NULL", String.class)
                .setParameter("plan", plan).getResultList());
        Map<String, List<Integer>> years = new HashMap<>();
        em.createQuery("SELECT o.indicator.code, o.fiscalYear FROM IndicatorObservation o WHERE o.indicator.plan = :plan "
                + "ORDER BY o.fiscalYear", Object[].class).setParameter("plan", plan).getResultList()
                .forEach(r -> years.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Integer) r[1]));
        return new PlanRevisionCheck.Uses(targetUsers, programUsers, carried, years);
    }

    private void collect(Map<String, List<String>> into, String jpql, Plan plan) {
        em.createQuery(jpql, Object[].class).setParameter("plan", plan).getResultList()
                .forEach(r -> into.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(String.valueOf(r[1])));
    }

    private Reading read(String fileName, InputStream upload) {
        String name = fileName == null || fileName.isBlank() ? "upload.zip" : fileName.strip();
        try {
            PlanPackageArchive archive = PlanPackageArchive.read(name, upload);
            try {
                return new Reading(name, archive, new PlanDefinitionReader().read(archive), null);
            } catch (PlanDefinitionException e) {
                return new Reading(name, archive, null, e);
            }
        } catch (PlanPackageArchive.Refused e) {
            return new Reading(name, null, null, null) {
                @Override
                PlanPackagePreview preview() {
                    return PlanPackagePreview.refused(name, e.messageKey(), e.arguments());
                }
            };
        }
    }

    private class Reading {
        final String name;
        final PlanPackageArchive archive;
        final PlanDefinition definition;
        final PlanDefinitionException failure;

        Reading(String name, PlanPackageArchive archive, PlanDefinition definition, PlanDefinitionException failure) {
            this.name = name;
            this.archive = archive;
            this.definition = definition;
            this.failure = failure;
        }

        PlanPackagePreview preview() {
            if (definition == null) {
                return new PlanPackagePreview(Status.INVALID, name, null, null, null, null, null, null, null,
                        null, failure.getLocatedProblems(), List.of(), null, List.of(), null, null, List.of());
            }
            Optional<Plan> loaded = plans.findByCode(definition.code());
            Status status = loaded.isEmpty() ? Status.NEW
                    : loaded.get().isDefinedBy(definition.contentDigest()) ? Status.UNCHANGED
                    : definition.version() > loaded.get().getDefinitionVersion() ? Status.REVISION : Status.CHANGED;
            List<PlanFacts.Change> changes = status == Status.CHANGED || status == Status.REVISION
                    ? PlanFacts.of(loaded.get()).changesTo(PlanFacts.of(definition)) : List.of();
            List<PlanRevisionCheck.Blocker> blockers = status == Status.REVISION
                    ? PlanRevisionCheck.check(loaded.get(), definition, uses(loaded.get())) : List.of();
            if (!blockers.isEmpty()) {
                status = Status.REVISION_BLOCKED;
            }
            PlanDefinition.Document d = definition.document();
            return new PlanPackagePreview(status, name, definition.code(), d.titleZh(), d.titleEn(),
                    d.periodStartYear(), d.periodEndYear(), definition.contentDigest(),
                    loaded.map(Plan::getContentDigest).orElse(null), contents(), List.of(), changes, null, List.of(),
                    definition.version(), loaded.map(Plan::getDefinitionVersion).orElse(null), blockers);
        }

        private Contents contents() {
            Map<TargetKind, Integer> byKind = new EnumMap<>(TargetKind.class);
            definition.allTargets().forEach(t -> byKind.merge(t.kind(), 1, Integer::sum));
            int stages = definition.programs().filter(p -> p.schedule() != null)
                    .mapToInt(p -> p.schedule().stages().size()).sum();
            int schedules = (int) definition.programs().filter(p -> p.schedule() != null).count();
            int newPlaces = (int) definition.jurisdictions().stream()
                    .filter(j -> jurisdictions.findByCode(j.code()).isEmpty()).count()
                    + (jurisdictions.findByCode(definition.city().code()).isEmpty() ? 1 : 0);
            return new Contents(archive.fileNames(), definition.chapters().size(), definition.columns().size(),
                    (int) definition.programs().count(), (int) definition.allTargets().count(), byKind,
                    definition.chapterTextTargets().size(), definition.indicators().size(),
                    (int) definition.indicators().stream().filter(i -> i.nature() == IndicatorNature.BINDING).count(),
                    schedules, stages, definition.jurisdictions().size(), newPlaces);
        }
    }
}
