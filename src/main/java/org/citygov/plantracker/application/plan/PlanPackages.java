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

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new plan without a release (issue 14): an administrator uploads a plan package (the files of
 * docs/plan-definition-format.md as a .zip), sees what it would load and every problem (dry run),
 * then loads it — all or nothing, audited — through the same reader and loader as the bundled
 * plans. The same package again changes nothing; a package that differs from a loaded plan of the
 * same code is refused with the changes before → after (a loaded plan's targets are what projects,
 * outputs and reports point at; a new plan gets a new code).
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

    /** A loaded plan as the administration page lists it. */
    public record LoadedPlan(String code, String titleZh, String titleEn, int startYear, int endYear,
                             String contentDigest, java.time.LocalDateTime loadedAt, String source) {
    }

    /** Every loaded plan, oldest period first. ADMIN only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoadedPlan> loaded() {
        access.requireAnyRole(Role.ADMIN);
        return plans.findAll().stream().map(p -> new LoadedPlan(p.getCode(), p.getTitleZh(), p.getTitleEn(),
                p.getPeriod().getStartYear(), p.getPeriod().getEndYear(), p.getContentDigest(), p.getLoadedAt(),
                p.getSourcePath())).toList();
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
                        null, failure.getLocatedProblems(), List.of(), null, List.of());
            }
            Optional<Plan> loaded = plans.findByCode(definition.code());
            Status status = loaded.isEmpty() ? Status.NEW
                    : loaded.get().isDefinedBy(definition.contentDigest()) ? Status.UNCHANGED : Status.CHANGED;
            List<PlanFacts.Change> changes = status == Status.CHANGED
                    ? PlanFacts.of(loaded.get()).changesTo(PlanFacts.of(definition)) : List.of();
            PlanDefinition.Document d = definition.document();
            return new PlanPackagePreview(status, name, definition.code(), d.titleZh(), d.titleEn(),
                    d.periodStartYear(), d.periodEndYear(), definition.contentDigest(),
                    loaded.map(Plan::getContentDigest).orElse(null), contents(), List.of(), changes, null, List.of());
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
