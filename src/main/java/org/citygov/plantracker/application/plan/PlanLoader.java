package org.citygov.plantracker.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.citygov.plantracker.application.plan.PlanLoadResult.Counts;
import org.citygov.plantracker.application.plan.PlanLoadResult.Outcome;
import org.citygov.plantracker.application.plan.PlanLoadResult.Status;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionRepository;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Deadline;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorFigure;
import org.citygov.plantracker.domain.model.plan.Measure;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanDocument;
import org.citygov.plantracker.domain.model.plan.PlanPeriod;
import org.citygov.plantracker.domain.model.plan.PlanRepository;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.StagedSchedule;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetWording;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ColumnDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.IndicatorDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.JurisdictionDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ProgramDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ScheduleDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.StageDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.TargetDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionException;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinitionReader;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads plan definitions into the database: the city and its 区县(市), then the plan with its
 * chapters, 专栏, 工程, staged schedules, targets and indicator table.
 * <p>
 * Idempotent: a plan is identified by its code and fingerprinted by the digest of its definition.
 * Loading a definition that is already loaded changes nothing ({@link Status#UNCHANGED}); a
 * different definition under a loaded plan's code is refused ({@link Status#CONFLICT}) rather than
 * replacing targets that projects refer to. Jurisdictions are shared between plans and are only
 * ever added.
 */
@ApplicationScoped
public class PlanLoader {

    private static final Logger LOG = Logger.getLogger(PlanLoader.class.getName());

    private PlanRepository plans;
    private JurisdictionRepository jurisdictions;
    private PlanDefinitionReader reader;
    private Clock clock;

    protected PlanLoader() {
        // for CDI proxies
    }

    @Inject
    public PlanLoader(PlanRepository plans, JurisdictionRepository jurisdictions, Clock clock) {
        this(plans, jurisdictions, new PlanDefinitionReader(), clock);
    }

    public PlanLoader(PlanRepository plans, JurisdictionRepository jurisdictions, PlanDefinitionReader reader,
                      Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Loads every definition bundled under {@code plans/} and listed in {@code plans/index.txt}.
     * All definitions are read and checked first; if any is invalid, nothing is loaded.
     *
     * @throws PlanDefinitionException if a bundled definition is invalid
     */
    @Transactional
    public PlanLoadResult loadBundledPlans() {
        List<PlanDefinition> definitions = reader.readBundled(PlanLoader.class.getClassLoader());
        List<Outcome> outcomes = new ArrayList<>();
        for (PlanDefinition definition : definitions) {
            outcomes.add(loadOne(definition));
        }
        return new PlanLoadResult(outcomes);
    }

    /** Loads one definition (already read and checked by {@link PlanDefinitionReader}). */
    @Transactional
    public PlanLoadResult load(PlanDefinition definition) {
        return PlanLoadResult.of(loadOne(definition));
    }

    private Outcome loadOne(PlanDefinition definition) {
        var existing = plans.findByCode(definition.code());
        if (existing.isPresent()) {
            Plan plan = existing.get();
            if (plan.isDefinedBy(definition.contentDigest())) {
                return new Outcome(definition.code(), Status.UNCHANGED, definition.contentDigest(),
                        plan.getContentDigest(), Counts.NONE);
            }
            LOG.warning(() -> "Plan " + definition.code() + " is loaded from a definition with digest "
                    + plan.getContentDigest() + "; " + definition.location() + " has digest "
                    + definition.contentDigest() + ". The loaded plan is kept unchanged.");
            return new Outcome(definition.code(), Status.CONFLICT, definition.contentDigest(),
                    plan.getContentDigest(), Counts.NONE);
        }
        try {
            Counts counts = new Creation(definition).run();
            LOG.info(() -> "Loaded plan " + definition.code() + " from " + definition.location() + ": " + counts);
            return new Outcome(definition.code(), Status.CREATED, definition.contentDigest(),
                    definition.contentDigest(), counts);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the reader's checks should have caught this; the transaction rolls back
            throw new PlanDefinitionException(definition.location(), e.getMessage(), e);
        }
    }

    /**
     * Applies a new version of a loaded plan in place (the caller has checked it with
     * {@link PlanRevisionCheck}): chapters, 专栏, 工程, targets and indicators are matched by number or
     * code and revised, new ones added, those the version no longer has removed. Everything keeps its
     * identity, so projects' outputs, recorded values and reports stay linked.
     */
    @Transactional
    public PlanLoadResult revise(Plan plan, PlanDefinition definition) {
        int before = plan.getDefinitionVersion();
        String loadedDigest = plan.getContentDigest();
        try {
            Counts counts = new Revision(definition, plan).run();
            LOG.info(() -> "Revised plan " + definition.code() + " from version " + before + " to "
                    + definition.version() + " (" + definition.location() + ")");
            return PlanLoadResult.of(new Outcome(definition.code(), Status.REVISED, definition.contentDigest(),
                    loadedDigest, counts));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new PlanDefinitionException(definition.location(), e.getMessage(), e);
        }
    }

    /** Revising a loaded plan to a new version of its definition. */
    private final class Revision extends Creation {
        private final Plan plan;

        Revision(PlanDefinition definition, Plan plan) {
            super(definition);
            this.plan = plan;
        }

        @Override
        Counts run() {
            loadJurisdictions();
            PlanDefinition.Document d = definition.document();
            plan.revise(definition.version(), new PlanDocument(d.titleZh(), d.titleEn(), d.docNo(), d.issuerZh(),
                    d.issuerEn(), d.issued(), d.published()), definition.contentDigest());
            definition.chapters().forEach(c -> plan.chapter(c.number()).ifPresentOrElse(
                    ch -> ch.retitle(c.titleZh(), c.titleEn()), () -> plan.addChapter(c.number(), c.titleZh(), c.titleEn())));
            List.copyOf(plan.getIndicators()).stream().filter(i -> definition.indicator(i.getCode()).isEmpty())
                    .forEach(plan::removeIndicator);
            for (IndicatorDef i : definition.indicators()) {
                Optional<Indicator> loaded = plan.indicator(i.code());
                if (loaded.isPresent()) {
                    loaded.get().revise(i.domainZh(), i.domainEn(), i.nameZh(), i.nameEn(), i.unit(), i.nature(),
                            i.comparison(), i.cumulative());
                    loaded.get().state(new IndicatorFigure(i.baselineYear(), i.baselineText(), i.baselineValue()),
                            new IndicatorFigure(i.targetYear(), i.targetText(), i.targetValue()));
                    loaded.get().annotate(i.note());
                } else {
                    addIndicator(plan, i);
                }
            }
            List.copyOf(plan.getTargets()).stream().filter(t -> definition.target(t.getCode()).isEmpty())
                    .forEach(plan::removeTarget);
            plan.getColumnBoxes().stream().flatMap(b -> List.copyOf(b.getPrograms()).stream())
                    .filter(p -> definition.program(p.getCode()).isEmpty()).toList().forEach(plan::removeProgram);
            for (ColumnDef c : definition.columns()) {
                Optional<ColumnBox> loadedBox = plan.columnBox(c.number());
                if (loadedBox.isEmpty()) {
                    ColumnBox box = plan.addColumnBox(c.number(), c.titleZh(), c.titleEn(), chapter(plan, c.chapter()),
                            c.ownerDomain(), c.ownerDomainZh(), c.note());
                    c.programs().forEach(p -> addProgram(plan, box, p));
                    continue;
                }
                ColumnBox box = loadedBox.get();
                box.revise(c.titleZh(), c.titleEn(), c.ownerDomain(), c.ownerDomainZh(), c.note());
                for (ProgramDef p : c.programs()) {
                    Optional<Program> loaded = plan.program(p.code());
                    if (loaded.isEmpty()) {
                        addProgram(plan, box, p);
                        continue;
                    }
                    Program program = loaded.get();
                    program.revise(p.titleZh(), p.titleEn(), p.ownerDomain());
                    program.relateTo(p.relatedTargets());
                    StagedSchedule schedule = program.getStagedSchedule().orElse(null);
                    for (TargetDef t : p.targets()) {
                        Optional<Target> target = plan.target(t.code());
                        if (target.isPresent()) {
                            revise(target.get(), t, schedule);
                        } else {
                            complete(plan, program.addTarget(t.code(), t.kind(), wording(t), measure(t), deadline(t),
                                    t.scope(), t.scopeDetail()), t, schedule);
                        }
                    }
                }
            }
            for (TargetDef t : definition.chapterTextTargets()) {
                Optional<Target> target = plan.target(t.code());
                if (target.isPresent()) {
                    revise(target.get(), t, null);
                } else {
                    complete(plan, plan.addChapterTextTarget(chapter(plan, t.chapter()), t.code(), t.kind(), wording(t),
                            measure(t), deadline(t), t.scope(), t.scopeDetail()), t, null);
                }
            }
            plan.orderTargets(definition.allTargets().map(TargetDef::code).toList());
            return new Counts(jurisdictionsCreated, populationsCreated, definition.chapters().size(),
                    definition.columns().size(), (int) definition.programs().count(), stagedSchedules, scheduleStages,
                    (int) definition.columnTargets().count(), definition.chapterTextTargets().size(),
                    definition.indicators().size(), groupMemberships);
        }

        private void revise(Target target, TargetDef t, StagedSchedule schedule) {
            target.revise(chapter(plan, t.chapter()), t.kind(), wording(t), measure(t), deadline(t), t.scope(),
                    t.scopeDetail());
            complete(plan, target, t, schedule);
        }
    }

    /** Creating one new plan and whatever jurisdictions it needs. */
    private class Creation {
        final PlanDefinition definition;
        private final Map<String, Jurisdiction> units = new HashMap<>();
        int jurisdictionsCreated;
        int populationsCreated;
        int stagedSchedules;
        int scheduleStages;
        int groupMemberships;

        Creation(PlanDefinition definition) {
            this.definition = definition;
        }

        Counts run() {
            loadJurisdictions();
            PlanDefinition.Document d = definition.document();
            Plan plan = new Plan(definition.code(),
                    new PlanDocument(d.titleZh(), d.titleEn(), d.docNo(), d.issuerZh(), d.issuerEn(), d.issued(),
                            d.published()),
                    new PlanPeriod(d.periodStartYear(), d.periodEndYear(), d.outlookYear()),
                    definition.contentDigest(), definition.sourceTextLocation(), LocalDateTime.now(clock));
            plan.loadedAtVersion(definition.version());
            definition.chapters().forEach(c -> plan.addChapter(c.number(), c.titleZh(), c.titleEn()));
            definition.indicators().forEach(i -> addIndicator(plan, i));
            for (ColumnDef c : definition.columns()) {
                ColumnBox box = plan.addColumnBox(c.number(), c.titleZh(), c.titleEn(), chapter(plan, c.chapter()),
                        c.ownerDomain(), c.ownerDomainZh(), c.note());
                for (ProgramDef p : c.programs()) {
                    addProgram(plan, box, p);
                }
            }
            for (TargetDef t : definition.chapterTextTargets()) {
                Target target = plan.addChapterTextTarget(chapter(plan, t.chapter()), t.code(), t.kind(), wording(t),
                        measure(t), deadline(t), t.scope(), t.scopeDetail());
                complete(plan, target, t, null);
            }
            plans.store(plan);
            int programs = (int) definition.programs().count();
            return new Counts(jurisdictionsCreated, populationsCreated, definition.chapters().size(),
                    definition.columns().size(), programs, stagedSchedules, scheduleStages,
                    (int) definition.columnTargets().count(), definition.chapterTextTargets().size(),
                    definition.indicators().size(), groupMemberships);
        }

        void loadJurisdictions() {
            PlanDefinition.City city = definition.city();
            Jurisdiction root = jurisdictions.findByCode(city.code()).orElseGet(() -> {
                Jurisdiction created = Jurisdiction.city(city.code(), city.nameZh(), city.nameEn(), false);
                jurisdictions.store(created);
                jurisdictionsCreated++;
                return created;
            });
            units.put(root.getCode(), root);
            for (JurisdictionDef j : definition.jurisdictions()) {
                Jurisdiction unit = jurisdictions.findByCode(j.code()).orElseGet(() -> {
                    Jurisdiction parent = unit(j.parentCode());
                    Jurisdiction created = Jurisdiction.under(parent, j.code(), j.nameZh(), j.nameEn(), j.level(),
                            j.kind(), false);
                    created.annotate(j.note());
                    jurisdictions.store(created);
                    jurisdictionsCreated++;
                    return created;
                });
                units.put(unit.getCode(), unit);
                if (j.population() != null && definition.population() != null) {
                    PlanDefinition.PopulationSource source = definition.population();
                    if (jurisdictions.findPopulation(unit, source.fiscalYear()).isEmpty()) {
                        jurisdictions.store(new Population(unit, source.fiscalYear(), j.population(), source.source(),
                                source.sample()));
                        populationsCreated++;
                    }
                }
            }
        }

        Jurisdiction unit(String code) {
            Jurisdiction unit = units.get(code);
            if (unit == null) {
                unit = jurisdictions.findByCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown jurisdiction " + code));
                units.put(code, unit);
            }
            return unit;
        }

        void addIndicator(Plan plan, IndicatorDef i) {
            Indicator indicator = plan.addIndicator(i.code(), i.domainZh(), i.domainEn(), i.nameZh(), i.nameEn(),
                    i.unit(), i.nature(), i.comparison(), i.cumulative());
            indicator.state(new IndicatorFigure(i.baselineYear(), i.baselineText(), i.baselineValue()),
                    new IndicatorFigure(i.targetYear(), i.targetText(), i.targetValue()));
            indicator.annotate(i.note());
        }

        void addProgram(Plan plan, ColumnBox box, ProgramDef p) {
            Program program = box.addProgram(p.code(), p.titleZh(), p.titleEn(), chapter(plan, p.chapter()),
                    p.ownerDomain());
            program.relateTo(p.relatedTargets());
            StagedSchedule schedule = null;
            if (p.schedule() != null) {
                ScheduleDef s = p.schedule();
                schedule = program.defineStagedSchedule(s.nameZh(), s.nameEn(), s.textZh(), s.note());
                stagedSchedules++;
                for (StageDef stage : s.stages()) {
                    schedule.addStage(stage.number(), stage.deadline(), stage.deadlineText(), stage.yearOffset(),
                            stage.textZh(), stage.textEn());
                    scheduleStages++;
                }
            }
            for (TargetDef t : p.targets()) {
                Target target = program.addTarget(t.code(), t.kind(), wording(t), measure(t), deadline(t), t.scope(),
                        t.scopeDetail());
                complete(plan, target, t, schedule);
            }
        }

        void complete(Plan plan, Target target, TargetDef t, StagedSchedule schedule) {
            target.requireMinPlacesPerInstitution(t.minPlacesPerInstitution());
            target.declareMeasurement(t.measurement().kind(), t.measurement().inclusiveOnly(),
                    t.measurement().countsInstitutions());
            if (t.stage() != null) {
                target.attachToStage(Objects.requireNonNull(schedule, "schedule").stage(t.stage()).orElseThrow());
            }
            for (String code : t.indicatorRefs()) {
                target.restates(plan.indicator(code).orElseThrow(
                        () -> new IllegalStateException(t.code() + ": no indicator " + code)));
            }
            List<String> members = definition.groupMembersOf(t.code());
            if (!members.isEmpty()) {
                target.applyTo(members.stream().map(this::unit).toList());
                groupMemberships += members.size();
            }
        }

        Chapter chapter(Plan plan, int number) {
            return plan.chapter(number).orElseThrow(() -> new IllegalStateException("No chapter " + number));
        }

        TargetWording wording(TargetDef t) {
            return TargetWording.of(t.descriptionZh(), t.descriptionEn())
                    .inSection(t.section())
                    .naming(t.named())
                    .withNote(t.note())
                    .alsoIn(t.alsoInText())
                    .relatedTo(t.related())
                    .withDetails(t.details());
        }

        Measure measure(TargetDef t) {
            Measure measure = switch (t.comparison()) {
                case RANGE -> Measure.range(t.metric(), t.unit(), t.min(), t.max(), t.targetText());
                case QUALITATIVE -> Measure.qualitative(t.metric(), t.unit(), t.targetText());
                default -> Measure.of(t.metric(), t.unit(), t.comparison(), t.value(), t.targetText());
            };
            return t.cumulative() ? measure.cumulative(t.baselineText())
                    : t.baselineText() != null ? measure.withBaseline(t.baselineText()) : measure;
        }

        Deadline deadline(TargetDef t) {
            return new Deadline(t.deadline(), t.deadlineBasis(), t.deadlineText(), t.periodStart());
        }
    }
}
