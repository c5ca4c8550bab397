package org.citygov.plantracker.application.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.SampleData;
import org.citygov.plantracker.application.sample.ChildcareOutputs.Site;
import org.citygov.plantracker.application.sample.SampleSchedule.Planned;
import org.citygov.plantracker.application.sample.SampleSchedule.Rebaseline;
import org.citygov.plantracker.application.sample.SampleSchedule.Step;
import org.citygov.plantracker.application.user.UserProvisioning;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.place.JurisdictionRepository;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanRepository;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.AppUser.HashedPassword;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.DistrictDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.LeadUnitDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.OutputDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.PlaceDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.ProjectDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioDefinition.UserDef;
import org.citygov.plantracker.infrastructure.importing.sample.SamplePortfolioReader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The sample (示例) portfolio of demo mode: demo users and sample lead units, sample 街道/乡镇/社区 and
 * population figures, and the projects the plan names with their milestones, outputs and funding
 * lines, as written in {@code sample/portfolio.yaml}. Everything it creates is flagged sample and
 * every project's name carries 【示例】 / [Sample].
 *
 * <p>History is built through the domain, as the offices and the finance bureau would have recorded
 * it: milestones are reported done on their actual dates, the stage moves 储备 → 前期 → 新开工 → 续建 →
 * 竣工 → 投用 under the aggregate's own rules (outputs confirmed before 竣工), re-baselines are applied
 * as approved, and open milestones carry the forecast given on the as-of day.
 *
 * <p>Idempotent: whatever exists (by code, user name, unit and year) is left exactly as it is.
 * Needs the plan loaded first.
 */
@ApplicationScoped
public class SamplePortfolio {

    private static final Logger LOG = Logger.getLogger(SamplePortfolio.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanRepository plans;

    @Inject
    private JurisdictionRepository jurisdictions;

    @Inject
    private UserProvisioning provisioning;

    @Inject
    private SampleData sampleData;

    private final SamplePortfolioReader reader = new SamplePortfolioReader();

    /** Creates whatever part of the sample is missing; returns what it created. */
    @Transactional
    public SampleLoadResult loadIfAbsent() {
        SamplePortfolioDefinition definition = reader.readBundled();
        SampleLoadResult result = new Loading(definition).run();
        sampleData.forget();
        if (result.changedAnything()) {
            LOG.info(() -> "Sample (示例) portfolio loaded: " + result);
        }
        return result;
    }

    /** The demo users that exist, in the order of the definition, with their roles and lead units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DemoUser> demoUsers() {
        SamplePortfolioDefinition definition = reader.readBundled();
        List<String> names = new ArrayList<>();
        definition.users().forEach(u -> names.add(u.username()));
        definition.leadUnits().forEach(u -> names.add(u.user()));
        Map<String, AppUser> found = em.createQuery(
                        "SELECT u FROM AppUser u LEFT JOIN FETCH u.leadUnit WHERE u.username IN :names", AppUser.class)
                .setParameter("names", names).getResultStream()
                .collect(Collectors.toMap(AppUser::getUsername, u -> u));
        List<DemoUser> users = new ArrayList<>();
        for (String name : names) {
            AppUser user = found.get(name);
            if (user != null) {
                LeadUnit unit = user.getLeadUnit();
                users.add(new DemoUser(name, user.getRoles().stream().map(Role::name).sorted().toList(),
                        unit == null ? null : unit.getNameZh(), unit == null ? null : unit.getNameEn()));
            }
        }
        return users;
    }

    /** How many sample projects the database holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long sampleProjectCount() {
        return em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.sample = TRUE", Long.class).getSingleResult();
    }

    /** The demo users' password, as the banner and README state it. */
    public String demoPassword() {
        return reader.readBundled().password();
    }

    /** One run of the loader over one definition. */
    private final class Loading {
        private final SamplePortfolioDefinition d;
        private final LocalDate asOf;
        private final Map<String, Jurisdiction> units = new HashMap<>();
        private final Map<String, LeadUnit> leadUnits = new HashMap<>();
        private final Map<String, FundingSource> sources = new HashMap<>();
        private final Map<String, String> areaCodes = new HashMap<>();
        private Plan plan;
        private int leadUnitsCreated;
        private int usersCreated;
        private int jurisdictionsCreated;
        private int populationsCreated;
        private int projectsCreated;
        private int milestonesCreated;
        private int outputsCreated;
        private int linesCreated;

        Loading(SamplePortfolioDefinition definition) {
            this.d = definition;
            this.asOf = definition.asOf();
        }

        SampleLoadResult run() {
            plan = plans.findByCode(d.plan()).orElseThrow(() -> new IllegalStateException(
                    "The sample portfolio needs plan " + d.plan() + "; load the plan first"));
            loadLeadUnitsAndUsers();
            loadPlaces();
            loadPopulations();
            loadProjects();
            return new SampleLoadResult(leadUnitsCreated, usersCreated, jurisdictionsCreated, populationsCreated,
                    projectsCreated, milestonesCreated, outputsCreated, linesCreated);
        }

        private void loadLeadUnitsAndUsers() {
            // the demo password is published, so one bcrypt hash (of ~0.2 s) serves every demo user
            Supplier<HashedPassword> password = new Supplier<>() {
                private HashedPassword hash;

                @Override
                public HashedPassword get() {
                    if (hash == null) {
                        hash = provisioning.hash(d.password());
                    }
                    return hash;
                }
            };
            for (UserDef u : d.users()) {
                Set<Role> roles = u.roles().stream().map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                if (provisioning.userIfAbsent(u.username(), u.name(), password, roles, null, true)) {
                    usersCreated++;
                }
            }
            for (LeadUnitDef u : d.leadUnits()) {
                if (provisioning.findLeadUnit(u.code()).isEmpty()) {
                    leadUnitsCreated++;
                }
                leadUnits.put(u.code(), provisioning.leadUnit(u.code(), u.zh(), u.en(), true));
                if (provisioning.userIfAbsent(u.user(), "示例用户·" + u.zh(), password,
                        EnumSet.of(Role.PROJECT_OFFICE), u.code(), true)) {
                    usersCreated++;
                }
            }
        }

        private void loadPlaces() {
            for (DistrictDef district : d.districts()) {
                unit(district.code());
                areaCodes.put(district.code(), district.areaCode());
            }
            for (PlaceDef p : d.places()) {
                Jurisdiction place = jurisdictions.findByCode(p.code()).orElseGet(() -> {
                    Jurisdiction created = Jurisdiction.under(unit(p.parent()), p.code(), p.zh(), p.en(),
                            JurisdictionLevel.valueOf(p.level()), null, true);
                    jurisdictions.store(created);
                    jurisdictionsCreated++;
                    return created;
                });
                units.put(p.code(), place);
            }
        }

        private void loadPopulations() {
            Set<String> existing = new HashSet<>();
            em.createQuery("SELECT p.jurisdiction.code, p.fiscalYear FROM Population p", Object[].class)
                    .getResultList().forEach(row -> existing.add(row[0] + "/" + row[1]));
            for (DistrictDef district : d.districts()) {
                populate(unit(district.code()), district.persons(), district.growth(), 100, existing);
            }
            for (PlaceDef p : d.places()) {
                populate(unit(p.code()), p.persons(), p.growth(), 10, existing);
            }
        }

        private void populate(Jurisdiction unit, long base, double growthPercent, int roundTo, Set<String> existing) {
            for (int year = d.population().from(); year <= d.population().to(); year++) {
                if (existing.contains(unit.getCode() + "/" + year)) {
                    continue;
                }
                jurisdictions.store(new Population(unit, year,
                        SamplePopulation.persons(base, growthPercent, year - d.population().from(), roundTo),
                        d.population().source(), true));
                populationsCreated++;
            }
        }

        private void loadProjects() {
            Set<String> existing = new HashSet<>(
                    em.createQuery("SELECT p.code.value FROM Project p", String.class).getResultList());
            em.createQuery("SELECT s FROM FundingSource s", FundingSource.class).getResultList()
                    .forEach(s -> sources.put(s.getCode(), s));
            int ordinal = 0;
            for (ProjectDef def : d.projects().toList()) {
                ordinal++;
                if (!existing.contains(def.code())) {
                    create(def, ordinal);
                }
            }
        }

        private void create(ProjectDef def, int ordinal) {
            Jurisdiction where = unit(def.where());
            Program program = plan.program(def.program()).orElseThrow(
                    () -> new IllegalStateException(def.code() + ": no program " + def.program() + " in " + d.plan()));
            List<Step> steps = d.templates().get(def.template()).stream()
                    .map(s -> new Step(s.zh(), s.en(), MilestoneKind.valueOf(s.kind()), s.at(), s.weight())).toList();
            Rebaseline rebaseline = def.rebase() == null ? null
                    : new Rebaseline(def.rebase().from(), def.rebase().days(), def.rebase().on());
            LocalDate withdrawnOn = def.withdraw() == null ? null : def.withdraw().on();
            List<Planned> story = SampleSchedule.plan(steps, def.start(), def.finish(), def.slip(), rebaseline, asOf,
                    withdrawnOn);

            Project project = new Project(new ProjectCode(def.code()), d.namePrefix().zh() + def.zh(),
                    d.namePrefix().en() + def.en(), program, where, leadUnits.get(def.unit()),
                    Category.valueOf(def.category()), Stage.RESERVE, def.start(), def.finish(),
                    Money.fromWanYuan(def.invest()), true, def.start().minusDays(45).atTime(9, 30));
            project.describeIn("示例项目（演示数据，非真实项目）。" + (def.desc() == null ? "" : def.desc()));
            List<Milestone> milestones = new ArrayList<>();
            for (Planned m : story) {
                milestones.add(project.addMilestone(m.step().nameZh(), m.step().nameEn(), m.step().kind(),
                        m.originalBaseline(), m.step().weight()));
            }
            Map<ProjectOutput, BigDecimal> outputs = addOutputs(project, def, where);
            em.persist(project);

            replay(project, def, story, milestones, outputs);
            if (story.get(0).done()) {
                project.assignNationalCode(nationalCode(def, where, story.get(0).actual(), ordinal));
            }
            addFunding(project, def, story);
            projectsCreated++;
            milestonesCreated += milestones.size();
            outputsCreated += outputs.size();
        }

        /** Outputs as written, or for a childcare institution as its 五年三跨越 stage implies. */
        private Map<ProjectOutput, BigDecimal> addOutputs(Project project, ProjectDef def, Jurisdiction where) {
            Map<ProjectOutput, BigDecimal> outputs = new LinkedHashMap<>();
            if (def.childcare() != null) {
                Jurisdiction district = districtOf(where);
                Site site = new Site(where.getCode(), where.getLevel(), district.getCode(),
                        plan.firstStageInstitutionMinimum(district).orElse(1));
                var institution = def.childcare();
                for (ChildcareOutputs.Output o : ChildcareOutputs.of(site, def.finish().getYear(),
                        institution.places(), institution.isInclusive())) {
                    Target target = target(def, o.targetCode(), unit(o.jurisdictionCode()));
                    if (target.getMinPlacesPerInstitution() != null
                            && o.places() < target.getMinPlacesPerInstitution()) {
                        throw new IllegalStateException(def.code() + ": " + o.places() + " places is below the "
                                + target.getMinPlacesPerInstitution() + " of " + target.getCode());
                    }
                    BigDecimal actual = ChildcareOutputs.PLACES.equals(o.unit())
                            ? BigDecimal.valueOf(institution.actualPlaces()) : o.quantity();
                    outputs.put(project.addOutput(target, unit(o.jurisdictionCode()), o.quantity(), o.unit(),
                            o.places(), o.inclusive(), institution.isInclusive() ? "普惠托育机构" : "非普惠托育机构"),
                            actual);
                }
                return outputs;
            }
            for (OutputDef o : def.out()) {
                Jurisdiction at = o.at() == null ? where : unit(o.at());
                Target target = target(def, o.t(), at);
                String unitName = o.u() != null ? o.u() : target.getMeasure().getUnit();
                outputs.put(project.addOutput(target, at, o.q(), unitName, o.cap(), o.incl(), o.desc()),
                        o.actual() != null ? o.actual() : o.q());
            }
            return outputs;
        }

        private Target target(ProjectDef def, String code, Jurisdiction at) {
            Target target = plan.target(code).orElseThrow(
                    () -> new IllegalStateException(def.code() + ": no target " + code + " in " + d.plan()));
            if (target.getScope().isPerUnit() && !target.appliesTo(at)) {
                throw new IllegalStateException(def.code() + ": target " + code + " (" + target.getScope()
                        + ") does not apply to " + at);
            }
            return target;
        }

        /**
         * Replays the project's history through the aggregate: each milestone reported on its actual
         * date, stage moves when the rules allow them, the approved re-baseline, and the forecasts
         * given on the as-of day.
         */
        private void replay(Project project, ProjectDef def, List<Planned> story, List<Milestone> milestones,
                            Map<ProjectOutput, BigDecimal> outputs) {
            Map<Integer, String> notes = notes(def, story);
            if (def.rebase() != null) {
                for (Planned m : story) {
                    if (m.seq() >= def.rebase().from()) {
                        milestones.get(m.seq() - 1).rebaseline(m.baseline());
                    }
                }
            }
            LocalDate until = def.withdraw() != null ? def.withdraw().on() : asOf;
            if (!def.start().isAfter(until)) {
                project.moveTo(Stage.PREPARATION, null);
            }
            LocalDate worksStarted = null;
            for (Planned m : story) {
                if (!m.done()) {
                    continue;
                }
                milestones.get(m.seq() - 1).updateProgress(null, null, m.actual(), notes.get(m.seq()), m.actual());
                if (worksStarted == null && m.step().kind() == MilestoneKind.CONSTRUCTION) {
                    worksStarted = m.actual();
                    project.moveTo(Stage.NEW_START, null);
                }
            }
            List<Planned> works = story.stream().filter(m -> m.step().kind() != MilestoneKind.OPERATION).toList();
            boolean completed = works.stream().allMatch(Planned::done);
            if (worksStarted != null) {
                LocalDate yearOfState = completed ? works.get(works.size() - 1).actual() : until;
                if (yearOfState.getYear() > worksStarted.getYear()) {
                    project.moveTo(Stage.CONTINUING, null);
                }
            }
            if (def.withdraw() != null) {
                project.moveTo(Stage.WITHDRAWN, def.withdraw().reason());
                return;
            }
            if (completed) {
                outputs.forEach(ProjectOutput::confirm);
                project.moveTo(Stage.COMPLETED, null);
                if (story.stream().allMatch(Planned::done)) {
                    project.moveTo(Stage.IN_USE, null);
                }
            }
            for (Planned m : story) {
                if (!m.done()) {
                    BigDecimal percent = m.percent().signum() > 0 ? m.percent() : null;
                    milestones.get(m.seq() - 1).updateProgress(percent, m.expected(), null, notes.get(m.seq()), asOf);
                }
            }
        }

        /** The office's notes: why it ran late (on the first late milestone) and the approved re-baseline. */
        private Map<Integer, String> notes(ProjectDef def, List<Planned> story) {
            Map<Integer, String> notes = new HashMap<>();
            if (def.why() != null) {
                story.stream().filter(m -> m.expected().isAfter(m.originalBaseline())).findFirst()
                        .ifPresent(m -> notes.put(m.seq(), def.why()));
            }
            if (def.rebase() != null) {
                Planned first = story.get(def.rebase().from() - 1);
                String rebased = "调整基准已于" + def.rebase().on() + "批准（原计划" + first.originalBaseline() + "，调整为"
                        + first.baseline() + "）";
                notes.merge(first.seq(), rebased, (a, b) -> a + "；" + b);
            }
            return notes;
        }

        private void addFunding(Project project, ProjectDef def, List<Planned> story) {
            boolean completed = story.stream().filter(m -> m.step().kind() == MilestoneKind.COMPLETION)
                    .allMatch(Planned::done);
            var facts = new SampleFunding.Project(project.getTotalInvestment(), def.start(), def.finish(),
                    def.funding(), def.cutPercent(), def.pendingThisYear(), completed,
                    def.withdraw() == null ? null : def.withdraw().on());
            for (SampleFunding.Line l : SampleFunding.lines(facts, asOf)) {
                FundingSource source = sources.get(l.source());
                if (source == null) {
                    throw new IllegalStateException(def.code() + ": no funding source " + l.source());
                }
                FundingLine line = new FundingLine(project, source, l.year(), l.requested());
                if (l.isApproved()) {
                    line.approve(l.approved(), l.approved().compareTo(l.requested()) == 0 ? "示例：按申请额批复"
                            : def.withdraw() != null ? "示例：项目调出，批复额核减至已支付金额"
                            : "示例：核减" + def.cutPercent() + "%后批复");
                    if (l.disbursed().signum() > 0) {
                        // the ledger is the only way money is paid out: one dated payment per sample line
                        LocalDate paidOn = LocalDate.of(l.year(), 6, 30);
                        if (paidOn.isAfter(asOf)) {
                            paidOn = asOf;
                        }
                        line.disburse(paidOn, l.disbursed(), "示例-" + def.code() + "-" + l.year(),
                                "示例拨付 / sample", "system", asOf.atStartOfDay());
                    }
                }
                em.persist(line);
                linesCreated++;
            }
        }

        /** A sample 项目代码: year-month of approval, area code, industry, 01, and a 9xxxxx serial. */
        private String nationalCode(ProjectDef def, Jurisdiction where, LocalDate approved, int ordinal) {
            String area = areaCodes.get(districtOf(where).getCode());
            String industry = def.industry() == null ? "99" : def.industry();
            return approved.format(DateTimeFormatter.ofPattern("yyMM")) + "-" + area + "-" + industry + "-01-"
                    + String.format("%06d", 900_000 + ordinal);
        }

        private Jurisdiction unit(String code) {
            return units.computeIfAbsent(code, c -> jurisdictions.findByCode(c).orElseThrow(
                    () -> new IllegalStateException("The sample portfolio needs jurisdiction " + c
                            + "; load the plan first")));
        }

        private Jurisdiction districtOf(Jurisdiction unit) {
            Jurisdiction j = unit;
            while (j.getLevel() != JurisdictionLevel.DISTRICT) {
                j = j.getParent().orElseThrow(() -> new IllegalStateException(unit + " lies under no 区县(市)"));
            }
            return j;
        }
    }

    /** Sample population figures: a 2021 base grown by a yearly rate, rounded. */
    static final class SamplePopulation {
        private SamplePopulation() {
        }

        static long persons(long base, double growthPercent, int years, int roundTo) {
            BigDecimal grown = BigDecimal.valueOf(base)
                    .multiply(BigDecimal.valueOf(Math.pow(1 + growthPercent / 100, years)));
            return grown.divide(BigDecimal.valueOf(roundTo), 0, RoundingMode.HALF_UP).longValueExact() * roundTo;
        }
    }
}
