package org.citygov.plantracker.application.portfolio;

import jakarta.persistence.EntityManager;
import org.citygov.plantracker.application.portfolio.ImportPreview.Action;
import org.citygov.plantracker.application.portfolio.ImportPreview.Counts;
import org.citygov.plantracker.application.portfolio.ImportPreview.Created;
import org.citygov.plantracker.application.portfolio.ImportPreview.FieldChange;
import org.citygov.plantracker.application.portfolio.ImportPreview.Named;
import org.citygov.plantracker.application.portfolio.ImportPreview.Problem;
import org.citygov.plantracker.application.portfolio.ImportPreview.ProjectChange;
import org.citygov.plantracker.domain.model.audit.AuditEntry;
import org.citygov.plantracker.domain.model.evaluation.ExistingStock;
import org.citygov.plantracker.domain.model.funding.Disbursement;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.progress.ProgressReport;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.NationalProjectCode;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.RebaselineRequest;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.citygov.plantracker.domain.model.project.ScheduleBaseline;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.ReadRow;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.Sheet;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * One reading of a portfolio workbook against the database: every cell checked (format, the input
 * policy's bounds, codes, the hierarchy of places, the plan of targets), every record matched by its
 * codes (lead units and places by code, projects by code, milestones by seq, outputs by target and
 * place, funding lines by source and year, reports by month, figures by place and year), and what it
 * would create and change. {@link #apply} then writes exactly that, history dates as written; it is
 * called only when there is no problem, in the one transaction of the import.
 * <p>
 * The import adds and updates; it never deletes what the file does not mention. So importing the
 * same file twice changes nothing the second time.
 */
final class PortfolioImportRun {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("99999");

    private final EntityManager em;
    private final String username;
    private final LocalDateTime now;
    private final PortfolioWorkbook.Lists lists;

    private final List<Problem> problems = new ArrayList<>();
    private int problemCount;
    private int rowsRead;
    private final Map<Sheet, List<ReadRow>> rows = new LinkedHashMap<>();

    private final Map<String, LeadUnit> leadUnits = new HashMap<>();
    private final Map<String, Jurisdiction> places = new HashMap<>();
    private final Map<String, Plan> plansByCode = new HashMap<>();
    private final Map<String, FundingSource> sources = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    /** Project code → what its row says (for the children's checks). */
    private final Map<String, ProjectFacts> projectFacts = new HashMap<>();
    private final Map<String, ProjectChange> changes = new LinkedHashMap<>();
    private final List<Created> newLeadUnits = new ArrayList<>();
    private final List<Created> newPlaces = new ArrayList<>();
    private final List<Runnable> actions = new ArrayList<>();
    /** The project history entries the import writes, as every change by hand writes them (after the writes). */
    private final List<ImportAudit> audits = new ArrayList<>();
    private int recordsCreated;
    private int recordsChanged;

    private record ProjectFacts(Plan plan, Category category, LocalDate start, LocalDate finish, Stage stage) {
    }

    /** Project code → its stage before the import (absent: a project the import creates). */
    private final Map<String, Stage> stageBefore = new HashMap<>();
    /** Project code → the milestones' seq numbers it has (recorded and on the sheet). */
    private final Map<String, java.util.Set<Integer>> milestoneSeqs = new HashMap<>();
    /** Project code → the highest schedule revision recorded (0 = the original baseline; absent: none). */
    private final Map<String, Integer> scheduleRevisions = new HashMap<>();
    private boolean flushed;

    PortfolioImportRun(EntityManager em, String username, LocalDateTime now, PortfolioWorkbook.Lists lists) {
        this.em = em;
        this.username = username;
        this.now = now;
        this.lists = lists;
    }

    /**
     * Reads and checks the file and works out what it would do. The monthly reports (years of them: most of
     * a portfolio's rows) are checked as they stream in, once the sheets they refer to (lead units, places,
     * projects) have been read — in the order the workbook is written; a file with its sheets moved around is
     * read whole first, as before.
     */
    ImportPreview analyse(InputStream upload) {
        for (Sheet s : Sheet.values()) {
            rows.put(s, new ArrayList<>());
        }
        PortfolioWorkbook.FileProblem file = PortfolioWorkbook.read(upload, new PortfolioWorkbook.RowSink() {
            @Override
            public void sheets(List<Sheet> inFileOrder) {
                int reports = inFileOrder.indexOf(Sheet.REPORTS);
                streamReports = reports >= 0 && java.util.stream.Stream.of(Sheet.LEAD_UNITS, Sheet.PLACES, Sheet.PROJECTS)
                        .allMatch(s -> inFileOrder.indexOf(s) < reports);
            }

            @Override
            public void accept(ReadRow row) {
                rowsRead++;
                if (row.sheet() == Sheet.REPORTS && streamReports) {
                    head();
                    report(row);
                } else {
                    rows.get(row.sheet()).add(row);
                }
            }
        });
        if (file != null) {
            // what was checked while streaming is not the answer: the file as a whole is refused
            problems.clear();
            problemCount = 0;
            changes.clear();
            newLeadUnits.clear();
            newPlaces.clear();
            actions.clear();
            audits.clear();
            recordsCreated = 0;
            recordsChanged = 0;
            problem(null, 0, null, file.messageKey(), file.english(), file.arguments());
            return preview(false);
        }
        head();
        milestones();
        outputs();
        funding();
        disbursements();
        for (ReadRow r : rows.get(Sheet.REPORTS)) {
            report(r);
        }
        existingReports = null;
        population();
        stock();
        stages();
        rebaselines();
        rows.clear();
        return preview(false);
    }

    private boolean streamReports;
    private boolean headDone;

    /** Once: the plans and funding sources, then the lead units, places and projects the other sheets refer to. */
    private void head() {
        if (headDone) {
            return;
        }
        headDone = true;
        em.createQuery("SELECT p FROM Plan p", Plan.class).getResultList().forEach(p -> plansByCode.put(p.getCode(), p));
        em.createQuery("SELECT s FROM FundingSource s", FundingSource.class).getResultList()
                .forEach(s -> sources.put(s.getCode(), s));
        leadUnits();
        places();
        projects();
    }

    boolean hasProblems() {
        return problemCount > 0;
    }

    int actionCount() {
        return actions.size();
    }

    /** Writes what {@link #analyse} found, reporting progress (0–100), and audits the import. */
    ImportPreview apply(IntConsumer progress) {
        if (hasProblems()) {
            throw new IllegalStateException("An import with problems is never applied");
        }
        int done = 0;
        for (Runnable action : actions) {
            action.run();
            if (++done % 500 == 0) {
                progress.accept(done * 90 / Math.max(1, actions.size()));
            }
        }
        actions.clear();
        em.flush();
        ImportPreview result = preview(true);
        Counts c = result.counts();
        // the import as one event, its figures as fields (labelled in the reader's language where shown)
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("projectsCreated", c.projectsCreated());
        figures.put("projectsChanged", c.projectsChanged());
        figures.put("projectsUnchanged", c.projectsUnchanged());
        figures.put("recordsCreated", c.recordsCreated());
        figures.put("recordsChanged", c.recordsChanged());
        figures.put("leadUnitsCreated", newLeadUnits.size());
        figures.put("placesCreated", newPlaces.size());
        figures.forEach((field, n) -> em.persist(new AuditEntry(now, username, "PortfolioImport", null, null,
                "portfolio.import", field, null, n, null)));
        for (ImportAudit a : audits) {
            em.persist(a.entry(now, username));
        }
        em.flush();
        progress.accept(100);
        return result;
    }

    private ImportPreview preview(boolean written) {
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (ProjectChange p : changes.values()) {
            switch (p.action()) {
                case CREATE -> created++;
                case CHANGE -> changed++;
                default -> unchanged++;
            }
        }
        return new ImportPreview(problemCount == 0, written, rowsRead, List.copyOf(problems), List.copyOf(newLeadUnits),
                List.copyOf(newPlaces), List.copyOf(changes.values()),
                new Counts(created, changed, unchanged, recordsCreated, recordsChanged, problemCount));
    }

    // ------------------------------------------------------------------ lead units and places

    private void leadUnits() {
        Map<String, LeadUnit> existing = new HashMap<>();
        em.createQuery("SELECT u FROM LeadUnit u", LeadUnit.class).getResultList().forEach(u -> existing.put(u.getCode(), u));
        leadUnits.putAll(existing);
        Map<String, Integer> seen = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.LEAD_UNITS)) {
            Cells c = new Cells(r);
            String code = c.code("code", 32);
            String zh = c.requiredText("nameZh", 200);
            String en = c.text("nameEn", 200);
            if (code == null || zh == null || duplicate(seen, code, r, "code")) {
                continue;
            }
            LeadUnit unit = existing.get(code);
            if (unit == null) {
                LeadUnit created = new LeadUnit(code, zh, en, false);
                leadUnits.put(code, created);
                newLeadUnits.add(new Created(code, zh, en, null, null));
                recordsCreated++;
                actions.add(() -> em.persist(created));
            } else if (!same(unit.getNameZh(), zh) || !same(unit.getNameEn(), en)) {
                recordsChanged++;
                actions.add(() -> unit.rename(zh, en));
            }
        }
    }

    private void places() {
        em.createQuery("SELECT j FROM Jurisdiction j", Jurisdiction.class).getResultList()
                .forEach(j -> places.put(j.getCode(), j));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, JurisdictionLevel> fileLevels = new HashMap<>();
        List<ReadRow> pending = new ArrayList<>();
        for (ReadRow r : rows.get(Sheet.PLACES)) {
            Cells c = new Cells(r);
            String code = c.code("code", 32);
            String zh = c.requiredText("nameZh", 100);
            c.text("nameEn", 200);
            JurisdictionLevel level = c.enumValue("level", JurisdictionLevel.class, true);
            String parent = c.code("parent", 32);
            if (code == null || zh == null || level == null || duplicate(seen, code, r, "code")) {
                continue;
            }
            Jurisdiction existing = places.get(code);
            if (existing != null) {
                String existingParent = existing.getParent().map(Jurisdiction::getCode).orElse(null);
                if (existing.getLevel() != level) {
                    c.problem("level", "portfolio.import.placeLevelContradicts", "The place " + code + " is a "
                            + existing.getLevel() + ", not a " + level, code, existing.getLevel(), level);
                } else if (!Objects.equals(existingParent, parent)) {
                    c.problem("parent", "portfolio.import.placeParentContradicts", "The place " + code + " lies under "
                            + existingParent + ", not under " + parent, code, String.valueOf(existingParent),
                            String.valueOf(parent));
                } else if (!same(existing.getNameZh(), zh) || !same(existing.getNameEn(), c.text("nameEn", 200))) {
                    String en = c.text("nameEn", 200);
                    recordsChanged++;
                    actions.add(() -> existing.rename(zh, en));
                }
                continue;
            }
            if (level == JurisdictionLevel.CITY || level == JurisdictionLevel.DISTRICT) {
                c.problem("level", "portfolio.import.placeLevelNotBelowDistrict",
                        "New places are 街道/乡镇/社区/村 below a 区县(市)", code);
                continue;
            }
            if (parent == null) {
                c.problem("parent", "portfolio.import.required", "The parent code is required", header(Sheet.PLACES, "parent"));
                continue;
            }
            fileLevels.put(code, level);
            pending.add(r);
        }
        // parents first: a street before its communities, whatever the order of the rows
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                ReadRow r = it.next();
                String parentCode = r.get("parent");
                Jurisdiction parent = places.get(parentCode);
                if (parent == null) {
                    continue;
                }
                it.remove();
                progress = true;
                Cells c = new Cells(r);
                JurisdictionLevel level = fileLevels.get(r.get("code"));
                if (!parent.getLevel().canContain(level)) {
                    c.problem("parent", "portfolio.import.placeParentLevel", "A " + parent.getLevel() + " cannot contain a "
                            + level, parent, parent.getLevel(), level);
                    continue;
                }
                Jurisdiction created = Jurisdiction.under(parent, r.get("code"), r.get("nameZh"), r.get("nameEn"),
                        level, null, false);
                places.put(created.getCode(), created);
                newPlaces.add(new Created(created.getCode(), created.getNameZh(), r.get("nameEn"), parentCode, named(parent)));
                recordsCreated++;
                actions.add(() -> em.persist(created));
            }
        }
        for (ReadRow r : pending) {
            new Cells(r).problem("parent", "portfolio.import.unknownPlace", "No place with the code " + r.get("parent"),
                    r.get("parent"));
        }
    }

    // ------------------------------------------------------------------ projects

    private void projects() {
        List<String> codes = rows.get(Sheet.PROJECTS).stream().map(r -> r.get("code")).filter(Objects::nonNull).toList();
        for (int i = 0; i < codes.size(); i += 500) {
            em.createQuery("SELECT p FROM Project p WHERE p.code.value IN :codes", Project.class)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500))).getResultList()
                    .forEach(p -> projects.put(p.getCode().value(), p));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.PROJECTS)) {
            Cells c = new Cells(r);
            String code = c.code("code", 40);
            if (code != null) {
                try {
                    new ProjectCode(code);
                } catch (IllegalArgumentException e) {
                    c.problem("code", "portfolio.import.badProjectCode", e.getMessage(), code);
                    code = null;
                }
            }
            String national = c.text("nationalCode", 40);
            if (national != null) {
                try {
                    national = NationalProjectCode.normalise(national).orElse(null);
                } catch (IllegalArgumentException e) {
                    c.problem("nationalCode", "portfolio.import.nationalCode", e.getMessage(), national);
                }
            }
            String zh = c.requiredText("nameZh", 200);
            String en = c.text("nameEn", 200);
            Plan plan = c.lookup("plan", plansByCode, "portfolio.import.unknownPlan");
            String programCode = c.requiredText("program", 32);
            Program program = null;
            if (plan != null && programCode != null) {
                program = plan.program(programCode).orElse(null);
                if (program == null) {
                    c.problem("program", "portfolio.import.unknownProgram", "No program " + programCode + " in the plan",
                            programCode, plan.getCode());
                }
            }
            Jurisdiction place = c.lookup("place", places, "portfolio.import.unknownPlace");
            LeadUnit unit = c.lookup("leadUnit", leadUnits, "portfolio.import.unknownLeadUnit");
            Category category = c.enumValue("category", Category.class, true);
            Stage stage = c.enumValue("stage", Stage.class, true);
            LocalDate start = c.date("plannedStart", true);
            LocalDate finish = c.date("plannedFinish", true);
            if (start != null && finish != null && finish.isBefore(start)) {
                c.problem("plannedFinish", "portfolio.import.finishBeforeStart", "The finish is before the start",
                        finish.toString(), start.toString());
            }
            BigDecimal investment = c.wanYuan("totalInvestment", true);
            String description = c.text("description", 4000);
            String withdrawal = c.text("withdrawalReason", 2000);
            if (stage == Stage.WITHDRAWN && withdrawal == null) {
                c.problem("withdrawalReason", "portfolio.import.withdrawalReason", "A withdrawn project needs its reason");
            }
            Boolean sample = c.yesNo("sample");
            if (code == null || duplicate(seen, code, r, "code") || !c.ok()) {
                continue;
            }
            boolean isSample = Boolean.TRUE.equals(sample);
            projectFacts.put(code, new ProjectFacts(plan, category, start, finish, stage));
            Project existing = projects.get(code);
            if (existing != null) {
                stageBefore.put(code, existing.getStage());
            }
            Program prog = program;
            String nat = national;
            if (existing == null) {
                Project created = new Project(new ProjectCode(code), zh, en, prog, place, unit, category, stage, start,
                        finish, investment, isSample, now);
                projects.put(code, created);
                changes.put(code, new ProjectChange(code, zh, en, Action.CREATE, new ArrayList<>()));
                audits.add(ImportAudit.created(code, "Project", created::getId, null));
                recordsCreated++;
                actions.add(() -> {
                    created.restoreRecord(prog, place, unit, category, stage, withdrawal, isSample);
                    created.assignNationalCode(nat);
                    created.describeIn(description);
                    em.persist(created);
                });
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            String label = code;
            diff(fields, Sheet.PROJECTS, label, "nationalCode", existing.getNationalCode(), nat);
            diff(fields, Sheet.PROJECTS, label, "nameZh", existing.getNameZh(), zh);
            diff(fields, Sheet.PROJECTS, label, "nameEn", existing.getNameEn(), en);
            diff(fields, Sheet.PROJECTS, label, "plan", existing.getProgram().getPlan(), plan);
            diff(fields, Sheet.PROJECTS, label, "program", existing.getProgram(), prog);
            diff(fields, Sheet.PROJECTS, label, "place", existing.getJurisdiction(), place);
            diff(fields, Sheet.PROJECTS, label, "leadUnit", existing.getLeadUnit(), unit);
            diff(fields, Sheet.PROJECTS, label, "category", existing.getCategory(), category);
            diff(fields, Sheet.PROJECTS, label, "stage", existing.getStage(), stage);
            diff(fields, Sheet.PROJECTS, label, "plannedStart", existing.getPlannedStart(), start);
            diff(fields, Sheet.PROJECTS, label, "plannedFinish", existing.getPlannedFinish(), finish);
            diff(fields, Sheet.PROJECTS, label, "totalInvestment", existing.getTotalInvestment(), investment);
            diff(fields, Sheet.PROJECTS, label, "description", existing.getDescription(), description);
            diff(fields, Sheet.PROJECTS, label, "withdrawalReason", existing.getWithdrawalReason(), withdrawal);
            diff(fields, Sheet.PROJECTS, label, "sample", existing.isSample(), isSample);
            changes.put(code, new ProjectChange(code, zh, en, Action.UNCHANGED, new ArrayList<>()));
            if (!fields.isEmpty()) {
                changed(code, fields);
                // a program is one of a plan's: recorded as "plan program" (as a carry-over records it)
                String programBefore = existing.getProgram().getPlan().getCode() + " " + existing.getProgram().getCode();
                String programAfter = plan.getCode() + " " + prog.getCode();
                // the stage has its own entry, as a stage change by hand (stages())
                audit(code, "Project", existing::getId, fields.stream().filter(f -> !"stage".equals(f.field()))
                        .map(f -> !"program".equals(f.field()) ? f
                        : new FieldChange(f.sheet(), f.label(), f.field(), programBefore, programAfter, f.record(),
                        f.beforeName(), f.afterName())).toList());
                actions.add(() -> {
                    existing.describe(zh, en, start, finish, investment);
                    existing.restoreRecord(prog, place, unit, category, stage, withdrawal, isSample);
                    existing.assignNationalCode(nat);
                    existing.describeIn(description);
                });
            }
        }
    }

    /** The project a child row names: in the file's projects sheet (and without problems there). */
    private Project projectOf(Cells c) {
        String code = c.requiredText("project", 40);
        if (code == null) {
            return null;
        }
        Project project = projects.get(code);
        if (project == null || !projectFacts.containsKey(code)) {
            c.problem("project", "portfolio.import.unknownProject",
                    "The project " + code + " is not on the projects sheet (or has a problem there)", code);
            return null;
        }
        return project;
    }

    // ------------------------------------------------------------------ milestones

    private void milestones() {
        Map<String, Map<Integer, Milestone>> existing = new HashMap<>();
        forExisting("SELECT m FROM Milestone m JOIN FETCH m.project p WHERE p.code.value IN :codes", Milestone.class,
                m -> existing.computeIfAbsent(m.getProject().getCode().value(), k -> new HashMap<>()).put(m.getSeqNo(), m));
        existing.forEach((code, bySeq) -> milestoneSeqs.computeIfAbsent(code, k -> new java.util.HashSet<>())
                .addAll(bySeq.keySet()));
        Map<String, Integer> seen = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.MILESTONES)) {
            Cells c = new Cells(r);
            Project project = projectOf(c);
            Integer seq = c.integer("seq", true, 1, 999);
            String zh = c.requiredText("nameZh", 200);
            String en = c.text("nameEn", 200);
            MilestoneKind kind = c.enumValue("kind", MilestoneKind.class, true);
            BigDecimal weight = c.decimal("weight", true, BigDecimal.ZERO, MAX_WEIGHT, 4);
            LocalDate original = c.date("originalBaseline", false);
            LocalDate baseline = c.date("baseline", false);
            LocalDate forecast = c.date("forecast", false);
            LocalDate actual = c.date("actual", false);
            BigDecimal percent = c.decimal("percent", false, BigDecimal.ZERO, HUNDRED, 2);
            String note = c.text("note", 2000);
            if (percent != null && percent.compareTo(HUNDRED) == 0 && actual == null) {
                c.problem("actual", "portfolio.import.doneWithoutActual",
                        "The milestone is 100 % done but has no actual date");
            }
            if (actual != null && percent != null && percent.compareTo(HUNDRED) < 0) {
                c.problem("percent", "portfolio.import.actualNotDone",
                        "A milestone with an actual date is done: its percent is 100", percent.toPlainString());
            }
            if (project == null || seq == null || !c.ok()
                    || duplicate(seen, project.getCode().value() + "#" + seq, r, "seq")) {
                continue;
            }
            BigDecimal pct = actual != null ? HUNDRED : percent == null ? BigDecimal.ZERO : percent;
            String code = project.getCode().value();
            milestoneSeqs.computeIfAbsent(code, k -> new java.util.HashSet<>()).add(seq);
            Milestone m = existing.getOrDefault(code, Map.of()).get(seq);
            if (m == null) {
                recordsCreated++;
                Milestone[] added = new Milestone[1];
                if (!isNew(code)) {
                    changed(code, List.of(new FieldChange(Sheet.MILESTONES, "#" + seq, "nameZh", null, zh, null, null,
                            new Named(zh, en))));
                    audits.add(ImportAudit.created(code, "Milestone", () -> added[0].getId(), null));
                }
                actions.add(() -> {
                    added[0] = project.addImportedMilestone(seq, zh, kind);
                    added[0].restoreRecord(zh, en, kind, weight, original, baseline, forecast, actual, pct, note);
                });
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            String label = "#" + seq;
            diff(fields, Sheet.MILESTONES, label, "nameZh", m.getNameZh(), zh);
            diff(fields, Sheet.MILESTONES, label, "nameEn", m.getNameEn(), en);
            diff(fields, Sheet.MILESTONES, label, "kind", m.getKind(), kind);
            diff(fields, Sheet.MILESTONES, label, "weight", m.getWeight(), weight);
            diff(fields, Sheet.MILESTONES, label, "originalBaseline", m.getOriginalBaseline(), original);
            diff(fields, Sheet.MILESTONES, label, "baseline", m.getBaseline(), baseline);
            diff(fields, Sheet.MILESTONES, label, "forecast", m.getForecast(), forecast);
            diff(fields, Sheet.MILESTONES, label, "actual", m.getActual(), actual);
            diff(fields, Sheet.MILESTONES, label, "percent", m.getPercentComplete(), pct);
            diff(fields, Sheet.MILESTONES, label, "note", m.getNote(), note);
            if (!fields.isEmpty()) {
                recordsChanged++;
                changed(code, fields);
                audit(code, "Milestone", m::getId, fields);
                actions.add(() -> m.restoreRecord(zh, en, kind, weight, original, baseline, forecast, actual, pct, note));
            }
        }
    }

    // ------------------------------------------------------------------ outputs

    private void outputs() {
        Map<String, List<ProjectOutput>> existing = new HashMap<>();
        forExisting("SELECT o FROM ProjectOutput o JOIN FETCH o.project p WHERE p.code.value IN :codes ORDER BY o.id",
                ProjectOutput.class, o -> existing.computeIfAbsent(o.getProject().getCode().value() + "|"
                        + o.getTarget().getCode() + "|" + o.getJurisdiction().getCode(), k -> new ArrayList<>()).add(o));
        Map<String, Integer> occurrence = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.OUTPUTS)) {
            Cells c = new Cells(r);
            Project project = projectOf(c);
            String targetCode = c.requiredText("target", 32);
            Jurisdiction place = c.lookup("place", places, "portfolio.import.unknownPlace");
            String unit = c.text("unit", 60);
            BigDecimal planned = c.decimal("planned", true, BigDecimal.ZERO, MAX_QUANTITY, 4);
            BigDecimal actual = c.decimal("actual", false, BigDecimal.ZERO, MAX_QUANTITY, 4);
            boolean confirmed = Boolean.TRUE.equals(c.yesNo("confirmed"));
            LocalDate confirmedOn = c.date("confirmedOn", false);
            Integer capacity = c.integer("capacity", false, 0, 1_000_000);
            Boolean inclusive = c.yesNo("inclusive");
            String description = c.text("description", 500);
            if (confirmed && actual == null) {
                c.problem("actual", "portfolio.import.confirmedWithoutActual", "A confirmed output needs its actual quantity");
            }
            Target target = null;
            if (project != null && targetCode != null) {
                Plan plan = projectFacts.get(project.getCode().value()).plan();
                target = plan.target(targetCode).orElse(null);
                if (target == null) {
                    boolean elsewhere = plansByCode.values().stream().anyMatch(p -> p.target(targetCode).isPresent());
                    c.problem("target", elsewhere ? "portfolio.import.targetOtherPlan" : "portfolio.import.unknownTarget",
                            "The target " + targetCode + " is not one of the plan " + plan.getCode(), targetCode, plan.getCode());
                } else if (place != null && target.getScope().isPerUnit() && !target.appliesTo(place)) {
                    c.problem("place", "portfolio.import.targetNotHere", "The target " + targetCode
                            + " does not apply to " + place.getCode(), targetCode, place.getCode());
                }
            }
            if (project == null || target == null || place == null || !c.ok()) {
                continue;
            }
            String code = project.getCode().value();
            String key = code + "|" + targetCode + "|" + place.getCode();
            int n = occurrence.merge(key, 1, Integer::sum) - 1;
            List<ProjectOutput> candidates = existing.getOrDefault(key, List.of());
            ProjectOutput o = n < candidates.size() ? candidates.get(n) : null;
            Target t = target;
            if (o == null) {
                recordsCreated++;
                ProjectOutput[] added = new ProjectOutput[1];
                if (!isNew(code)) {
                    changed(code, List.of(new FieldChange(Sheet.OUTPUTS, targetCode + " " + place.getCode(), "planned", null,
                            shown(planned), outputRecord(targetCode, place), null, null)));
                    audits.add(ImportAudit.created(code, "ProjectOutput", () -> added[0].getId(), null));
                }
                actions.add(() -> {
                    added[0] = project.addOutput(t, place, planned, unit, capacity, inclusive, description);
                    added[0].restoreRecord(place, unit, planned, actual, confirmed, confirmedOn, capacity, inclusive,
                            description);
                });
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            String label = targetCode + " " + place.getCode();
            Named outputRecord = outputRecord(targetCode, place);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "unit", o.getUnit(), unit);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "planned", o.getPlannedQuantity(), planned);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "actual", o.getActualQuantity(), actual);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "confirmed", o.isConfirmed(), confirmed);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "confirmedOn", o.getConfirmedOn(), confirmedOn);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "capacity", o.getFacilityCapacity(), capacity);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "inclusive", o.getInclusive(), inclusive);
            diff(fields, Sheet.OUTPUTS, label, outputRecord, "description", o.getDescription(), description);
            if (!fields.isEmpty()) {
                recordsChanged++;
                changed(code, fields);
                audit(code, "ProjectOutput", o::getId, fields);
                actions.add(() -> o.restoreRecord(place, unit, planned, actual, confirmed, confirmedOn, capacity, inclusive,
                        description));
            }
        }
    }

    // ------------------------------------------------------------------ funding and disbursements

    private final Map<String, FundingLine> linesByKey = new HashMap<>();
    private final Map<String, BigDecimal> approvedByKey = new HashMap<>();
    private final Map<String, FundingLineStatus> statusByKey = new HashMap<>();

    private void funding() {
        Map<String, List<FundingLine>> existing = new HashMap<>();
        forExisting("SELECT f FROM FundingLine f JOIN FETCH f.project p WHERE p.code.value IN :codes ORDER BY f.id",
                FundingLine.class, f -> existing.computeIfAbsent(f.getProject().getCode().value() + "|"
                        + f.getSource().getCode() + "|" + f.getFiscalYear(), k -> new ArrayList<>()).add(f));
        Map<String, Integer> occurrence = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.FUNDING)) {
            Cells c = new Cells(r);
            Project project = projectOf(c);
            FundingSource source = c.lookup("source", sources, "portfolio.import.unknownSource");
            Integer year = c.integer("year", true, 1990, 2100);
            BigDecimal requested = c.wanYuan("requested", true);
            BigDecimal approved = c.wanYuan("approved", false);
            FundingLineStatus status = c.enumValue("status", FundingLineStatus.class, true);
            LocalDate decidedOn = c.date("decidedOn", false);
            if (requested != null && approved != null && approved.compareTo(requested) > 0) {
                c.problem("approved", "portfolio.import.approvedAboveRequested", "Approved above requested",
                        shown(approved.divide(TEN_THOUSAND)), shown(requested.divide(TEN_THOUSAND)));
            }
            if (status == FundingLineStatus.APPROVED && approved == null) {
                c.problem("approved", "portfolio.import.required", "An approved line needs its approved amount",
                        header(Sheet.FUNDING, "approved"));
            }
            if (project == null || source == null || year == null || !c.ok()) {
                continue;
            }
            String code = project.getCode().value();
            ProjectFacts facts = projectFacts.get(code);
            // the funding years' one rule (FundingYears), on the span as this workbook leaves it
            if (!org.citygov.plantracker.domain.model.funding.FundingYears.of(facts.start(), facts.finish()).contains(year)) {
                c.problem("year", "portfolio.import.yearOutsideSpan", "The year is outside the project's span",
                        String.valueOf(year), String.valueOf(facts.start().getYear()), String.valueOf(facts.finish().getYear()));
            }
            if (!source.isAllowedFor(facts.category())) {
                c.problem("source", "portfolio.import.sourceNotForCategory", "The source may not pay for this category",
                        source, facts.category());
            }
            if (!c.ok()) {
                continue;
            }
            String key = code + "|" + source.getCode() + "|" + year;
            int n = occurrence.merge(key, 1, Integer::sum) - 1;
            List<FundingLine> candidates = existing.getOrDefault(key, List.of());
            FundingLine line = n < candidates.size() ? candidates.get(n) : null;
            LocalDateTime decidedAt = decidedOn == null ? null : decidedOn.atStartOfDay();
            if (n == 0) {
                approvedByKey.put(key, approved);
                statusByKey.put(key, status);
            }
            if (line == null) {
                recordsCreated++;
                if (!isNew(code)) {
                    changed(code, List.of(new FieldChange(Sheet.FUNDING, source.getCode() + " " + year, "requested", null,
                            shown(requested), lineRecord(source, year), null, null)));
                }
                if (!source.isActive()) {
                    c.problem("source", "portfolio.import.sourceRetired", "The source takes no new lines", source);
                    continue;
                }
                FundingLine[] holder = new FundingLine[1];
                if (!isNew(code)) {
                    audits.add(ImportAudit.changed(code, "FundingLine", () -> holder[0].getId(), "requested", null,
                            shown(requested)));
                }
                actions.add(() -> {
                    FundingLine created = new FundingLine(project, source, year, requested);
                    created.restoreRecord(requested, approved, status, decidedAt, username);
                    em.persist(created);
                    holder[0] = created;
                    if (n == 0) {
                        linesByKey.put(key, created);
                    }
                });
                continue;
            }
            if (n == 0) {
                linesByKey.put(key, line);
            }
            List<FieldChange> fields = new ArrayList<>();
            String label = source.getCode() + " " + year;
            Named lineRecord = lineRecord(source, year);
            diff(fields, Sheet.FUNDING, label, lineRecord, "requested", line.getRequested(), requested);
            diff(fields, Sheet.FUNDING, label, lineRecord, "approved", line.getApproved(), approved);
            diff(fields, Sheet.FUNDING, label, lineRecord, "status", line.getStatus(), status);
            diff(fields, Sheet.FUNDING, label, lineRecord, "decidedOn",
                    line.getReviewedAt() == null ? null : line.getReviewedAt().toLocalDate(), decidedOn);
            if (!fields.isEmpty()) {
                recordsChanged++;
                changed(code, fields);
                audit(code, "FundingLine", line::getId, fields);
                actions.add(() -> line.restoreRecord(requested, approved, status, decidedAt, username));
            }
        }
    }

    private void disbursements() {
        Map<String, List<Disbursement>> existing = new HashMap<>();
        forExisting("SELECT d FROM Disbursement d JOIN FETCH d.line f JOIN FETCH f.project p WHERE p.code.value IN :codes"
                + " ORDER BY d.id", Disbursement.class, d -> existing.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d));
        Map<String, BigDecimal> paid = new HashMap<>();
        existing.values().forEach(list -> list.forEach(d -> paid.merge(lineKey(d), d.getAmount(), BigDecimal::add)));
        Map<String, Integer> occurrence = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.DISBURSEMENTS)) {
            Cells c = new Cells(r);
            Project project = projectOf(c);
            FundingSource source = c.lookup("source", sources, "portfolio.import.unknownSource");
            Integer year = c.integer("year", true, 1990, 2100);
            LocalDate paidOn = c.date("paidOn", true);
            BigDecimal amount = c.wanYuan("amount", true);
            String voucher = c.requiredText("voucher", 64);
            if (paidOn != null && paidOn.isAfter(now.toLocalDate())) {
                c.problem("paidOn", "portfolio.import.paidOnInFuture", "The payment date is in the future", paidOn.toString());
            }
            if (project == null || source == null || year == null || !c.ok()) {
                continue;
            }
            String lineKey = project.getCode().value() + "|" + source.getCode() + "|" + year;
            if (!statusByKey.containsKey(lineKey)) {
                c.problem("source", "portfolio.import.unknownLine", "No funding line of this project, source and year "
                        + "on the funding sheet", source, String.valueOf(year));
                continue;
            }
            String k = lineKey + "|" + paidOn + "|" + amount.stripTrailingZeros().toPlainString() + "|" + voucher;
            int n = occurrence.merge(k, 1, Integer::sum) - 1;
            if (n < existing.getOrDefault(k, List.of()).size()) {
                continue;
            }
            if (statusByKey.get(lineKey) != FundingLineStatus.APPROVED) {
                c.problem("source", "portfolio.import.lineNotApproved", "Only an approved line is paid out",
                        source, String.valueOf(year));
                continue;
            }
            BigDecimal total = paid.merge(lineKey, amount, BigDecimal::add);
            BigDecimal approved = approvedByKey.get(lineKey);
            if (amount.signum() <= 0 || approved == null || total.compareTo(approved) > 0) {
                c.problem("amount", "portfolio.import.paidAboveApproved", "Paid out above the approved amount",
                        shown(total.divide(TEN_THOUSAND)), approved == null ? "" : shown(approved.divide(TEN_THOUSAND)));
                continue;
            }
            String code = project.getCode().value();
            recordsCreated++;
            if (!isNew(code)) {
                Named line = lineRecord(source, year);
                changed(code, List.of(new FieldChange(Sheet.DISBURSEMENTS, source.getCode() + " " + year + " " + paidOn,
                        "amount", null, shown(amount), new Named(line.zh() + " " + paidOn, line.en() + " " + paidOn), null,
                        null)));
                // as a disbursement by hand: on its funding line, with its date and voucher
                audits.add(new ImportAudit(code, "FundingLine", () -> linesByKey.get(lineKey).getId(), ImportAudit.CHANGED,
                        "amount", null, shown(amount), paidOn + " #" + voucher));
            }
            actions.add(() -> linesByKey.get(lineKey).disburse(paidOn, amount, voucher, null, username, now));
        }
    }

    private static String lineKey(Disbursement d) {
        return d.getLine().getProject().getCode().value() + "|" + d.getLine().getSource().getCode() + "|"
                + d.getLine().getFiscalYear();
    }

    private static String key(Disbursement d) {
        return lineKey(d) + "|" + d.getPaidOn() + "|" + d.getAmount().stripTrailingZeros().toPlainString() + "|"
                + d.getVoucherNo();
    }

    // ------------------------------------------------------------------ monthly reports

    /** Project code|month → the report recorded (loaded at the first report row); the reports' rows seen. */
    private Map<String, ProgressReport> existingReports;
    private final Map<String, Integer> reportsSeen = new HashMap<>();

    private void report(ReadRow r) {
        if (existingReports == null) {
            // read only: compared, never kept in the persistence context (a changed one is found again to be written)
            Map<String, ProgressReport> existing = new HashMap<>();
            List<String> codes = projects.entrySet().stream().filter(e -> e.getValue().getId() != null)
                    .map(Map.Entry::getKey).toList();
            for (int i = 0; i < codes.size(); i += 500) {
                em.createQuery("SELECT r FROM ProgressReport r JOIN FETCH r.project p WHERE p.code.value IN :codes",
                                ProgressReport.class).setHint("eclipselink.read-only", Boolean.TRUE)
                        .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500))).getResultList()
                        .forEach(x -> existing.put(x.getProject().getCode().value() + "|" + x.month(), x));
            }
            existingReports = existing;
        }
        Map<String, ProgressReport> existing = existingReports;
        Map<String, Integer> seen = reportsSeen;
        Cells c = new Cells(r);
        Project project = projectOf(c);
        LocalDate monthDay = c.date("month", true);
        LocalDate filedOn = c.date("filedOn", true);
        BigDecimal thisMonth = c.wanYuan("investmentMonth", true);
        BigDecimal cumulative = c.wanYuan("investmentCumulative", true);
        BigDecimal physical = c.decimal("physicalProgress", true, BigDecimal.ZERO, HUNDRED, 2);
        String problemText = c.text("problems", 4000);
        if (thisMonth != null && cumulative != null && cumulative.compareTo(thisMonth) < 0) {
            c.problem("investmentCumulative", "portfolio.import.cumulativeBelowMonth",
                    "The cumulative investment is less than this month's");
        }
        if (project == null || monthDay == null || !c.ok()) {
            return;
        }
        YearMonth month = YearMonth.from(monthDay);
        String code = project.getCode().value();
        if (duplicate(seen, code + "|" + month, r, "month")) {
            return;
        }
        ProgressReport report = existing.remove(code + "|" + month);
        if (report == null) {
            recordsCreated++;
            ProgressReport[] added = new ProgressReport[1];
            if (!isNew(code)) {
                changed(code, List.of(new FieldChange(Sheet.REPORTS, month.toString(), "investmentMonth", null,
                        shown(thisMonth), null, null, null)));
                audits.add(ImportAudit.created(code, "ProgressReport", () -> added[0].getId(), null));
            }
            actions.add(() -> {
                ProgressReport created = ProgressReport.imported(project, month, filedOn, username);
                created.restoreFiling(filedOn, thisMonth, cumulative, physical, problemText);
                em.persist(created);
                added[0] = created;
            });
            return;
        }
        List<FieldChange> fields = new ArrayList<>();
        String label = month.toString();
        diff(fields, Sheet.REPORTS, label, "filedOn", report.getSubmittedAt().toLocalDate(), filedOn);
        diff(fields, Sheet.REPORTS, label, "investmentMonth", report.getInvestmentThisMonth(), thisMonth);
        diff(fields, Sheet.REPORTS, label, "investmentCumulative", report.getCumulativeInvestment(), cumulative);
        diff(fields, Sheet.REPORTS, label, "physicalProgress", report.getPhysicalProgress(), physical);
        diff(fields, Sheet.REPORTS, label, "problems", report.getProblems(), problemText);
        if (!fields.isEmpty()) {
            recordsChanged++;
            changed(code, fields);
            audit(code, "ProgressReport", report::getId, fields);
            Long id = report.getId();
            actions.add(() -> em.find(ProgressReport.class, id).restoreFiling(filedOn, thisMonth, cumulative, physical,
                    problemText));
        }
    }

    // ------------------------------------------------------------------ population and stock

    private void population() {
        Map<String, Population> existing = new HashMap<>();
        em.createQuery("SELECT p FROM Population p JOIN FETCH p.jurisdiction", Population.class).getResultList()
                .forEach(p -> existing.put(p.getJurisdiction().getCode() + "|" + p.getFiscalYear(), p));
        Map<String, Integer> seen = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.POPULATION)) {
            Cells c = new Cells(r);
            Jurisdiction place = c.lookup("place", places, "portfolio.import.unknownPlace");
            Integer year = c.integer("year", true, 1990, 2100);
            Integer persons = c.integer("persons", true, 1, 2_000_000_000);
            String source = c.text("source", 500);
            if (place == null || year == null || persons == null || !c.ok()
                    || duplicate(seen, place.getCode() + "|" + year, r, "year")) {
                continue;
            }
            Population p = existing.get(place.getCode() + "|" + year);
            if (p == null) {
                recordsCreated++;
                actions.add(() -> em.persist(new Population(place, year, persons, source, false)));
            } else if (p.getPersons() != persons || !same(p.getSource(), source)) {
                recordsChanged++;
                actions.add(() -> p.revise(persons, source));
            }
        }
    }

    private void stock() {
        Map<String, ExistingStock> existing = new HashMap<>();
        em.createQuery("SELECT s FROM ExistingStock s JOIN FETCH s.jurisdiction", ExistingStock.class).getResultList()
                .forEach(s -> existing.put(s.getJurisdiction().getCode() + "|" + s.getMetric() + "|" + s.getFiscalYear(), s));
        Map<String, Integer> seen = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.STOCK)) {
            Cells c = new Cells(r);
            Jurisdiction place = c.lookup("place", places, "portfolio.import.unknownPlace");
            String metric = c.requiredText("metric", 200);
            Integer year = c.integer("year", true, 1990, 2100);
            BigDecimal quantity = c.decimal("quantity", true, BigDecimal.ZERO, MAX_QUANTITY, 4);
            BigDecimal total = c.decimal("totalQuantity", false, BigDecimal.ZERO, MAX_QUANTITY, 4);
            String source = c.requiredText("source", 500);
            if (quantity != null && total != null && total.compareTo(quantity) < 0) {
                c.problem("totalQuantity", "portfolio.import.totalBelowQuantity", "The total is below the quantity",
                        shown(total), shown(quantity));
            }
            if (place == null || metric == null || year == null || !c.ok()
                    || duplicate(seen, place.getCode() + "|" + metric + "|" + year, r, "year")) {
                continue;
            }
            ExistingStock s = existing.get(place.getCode() + "|" + metric + "|" + year);
            if (s == null) {
                recordsCreated++;
                actions.add(() -> em.persist(new ExistingStock(place, metric, year, quantity, total, source, false)));
            } else if (!same(s.getQuantity(), quantity) || !same(s.getTotalQuantity(), total) || !same(s.getSource(), source)) {
                recordsChanged++;
                actions.add(() -> s.revise(quantity, total, source));
            }
        }
    }

    // ------------------------------------------------------------------ stages and baselines

    /**
     * The records a stage change leaves when it is made by hand ({@code StageChanges}): the stage's
     * before → after in the project's history and, when works start (新开工, or any later stage reached
     * from an open plan — a project the import creates included), revision 0 of the schedule, the
     * milestones' original baselines as the frozen original baseline. Recorded as of the first
     * construction milestone's actual date (else the planned start; never after the import).
     */
    private void stages() {
        List<String> codes = projects.entrySet().stream().filter(e -> e.getValue().getId() != null)
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < codes.size(); i += 500) {
            for (Object[] row : em.createQuery("SELECT p.code.value, MAX(b.revision) FROM ScheduleBaseline b JOIN b.project p"
                            + " WHERE p.code.value IN :codes GROUP BY p.code.value", Object[].class)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500))).getResultList()) {
                scheduleRevisions.put((String) row[0], ((Number) row[1]).intValue());
            }
        }
        for (Map.Entry<String, ProjectFacts> e : projectFacts.entrySet()) {
            String code = e.getKey();
            Project project = projects.get(code);
            Stage after = e.getValue().stage();
            Stage before = stageBefore.get(code);
            if (before != after) {
                actions.add(() -> em.persist(new AuditEntry(now, username, "Project", project.getId(), code,
                        "project.stage", "stage", before, after, null)));
            }
            boolean planWasOpen = before == null || before == Stage.RESERVE || before == Stage.PREPARATION;
            boolean started = after.isUnderConstruction() || after.isFinished();
            if (planWasOpen && started && !scheduleRevisions.containsKey(code)
                    && !milestoneSeqs.getOrDefault(code, java.util.Set.of()).isEmpty()) {
                scheduleRevisions.put(code, 0);
                actions.add(() -> recordOriginal(project));
            }
        }
    }

    private void recordOriginal(Project project) {
        flushOnce();
        LocalDate started = project.getMilestones().stream()
                .filter(m -> m.getKind() == MilestoneKind.CONSTRUCTION && m.getActual() != null)
                .map(Milestone::getActual).min(LocalDate::compareTo).orElse(project.getPlannedStart());
        LocalDateTime at = started == null || started.atStartOfDay().isAfter(now) ? now : started.atStartOfDay();
        em.persist(ScheduleBaseline.original(project, at, username));
    }

    /** Milestones created by the import get their ids when written: the baselines name them by id. */
    private void flushOnce() {
        if (!flushed) {
            em.flush();
            flushed = true;
        }
    }

    private record RebaselineRow(int seq, LocalDate before, LocalDate after) {
    }

    private record Rebaseline(int revision, LocalDate decidedOn, String reason, List<RebaselineRow> rows) {
    }

    /**
     * 基线调整: approved re-baselines, stored as the re-baseline workflow stores an approval — the
     * approved request (asked for and decided by the importer, approved on the date as written) with
     * each milestone's baseline before → after, the schedule's revision as it stood after it, and the
     * milestones' history. Matched by project and revision: revisions the project already has are left
     * as they are, so the same file twice changes nothing. The milestones' current baselines come from
     * the 里程碑 sheet (they already include every re-baseline).
     */
    private void rebaselines() {
        Map<String, Long> approved = new HashMap<>();
        List<String> codes = projects.entrySet().stream().filter(e -> e.getValue().getId() != null)
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < codes.size(); i += 500) {
            for (Object[] row : em.createQuery("SELECT p.code.value, COUNT(r) FROM RebaselineRequest r JOIN r.project p"
                            + " WHERE r.status = :approved AND p.code.value IN :codes GROUP BY p.code.value", Object[].class)
                    .setParameter("approved", RebaselineStatus.APPROVED)
                    .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500))).getResultList()) {
                approved.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        Map<String, java.util.TreeMap<Integer, Rebaseline>> byProject = new LinkedHashMap<>();
        Map<String, ReadRow> firstRow = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ReadRow r : rows.get(Sheet.REBASELINES)) {
            Cells c = new Cells(r);
            Project project = projectOf(c);
            Integer revision = c.integer("revision", true, 1, 999);
            LocalDate decidedOn = c.date("decidedOn", true);
            String reason = c.requiredText("reason", RebaselineRequest.MAX_TEXT);
            Integer seq = c.integer("seq", true, 1, 999);
            LocalDate before = c.date("before", false);
            LocalDate after = c.date("after", true);
            if (project == null || revision == null || seq == null || !c.ok()) {
                continue;
            }
            String code = project.getCode().value();
            if (!milestoneSeqs.getOrDefault(code, java.util.Set.of()).contains(seq)) {
                c.problem("seq", "portfolio.import.unknownMilestone", "The project has no milestone with this seq",
                        String.valueOf(seq), code);
                continue;
            }
            Stage stage = projectFacts.get(code).stage();
            if (stage == Stage.RESERVE || stage == Stage.PREPARATION) {
                c.problem("revision", "portfolio.import.rebaselineBeforeStart",
                        "A project whose works have not started has no approved baseline to re-baseline", stage);
                continue;
            }
            if (duplicate(seen, code + "|" + revision + "|" + seq, r, "seq")) {
                continue;
            }
            var revisions = byProject.computeIfAbsent(code, k -> new java.util.TreeMap<>());
            Rebaseline rebaseline = revisions.get(revision);
            if (rebaseline == null) {
                rebaseline = new Rebaseline(revision, decidedOn, reason.trim(), new ArrayList<>());
                revisions.put(revision, rebaseline);
                firstRow.put(code + "|" + revision, r);
            } else if (!rebaseline.decidedOn().equals(decidedOn) || !rebaseline.reason().equals(reason.trim())) {
                c.problem(rebaseline.decidedOn().equals(decidedOn) ? "reason" : "decidedOn",
                        "portfolio.import.rebaselineDiffers",
                        "The rows of one re-baseline give different approval dates or reasons", String.valueOf(revision));
                continue;
            }
            rebaseline.rows().add(new RebaselineRow(seq, before, after));
        }
        byProject.forEach((code, revisions) -> {
            int expected = 1;
            for (Rebaseline rebaseline : revisions.values()) {
                if (rebaseline.revision() != expected++) {
                    new Cells(firstRow.get(code + "|" + rebaseline.revision())).problem("revision",
                            "portfolio.import.revisionGap", "The re-baselines of a project are numbered 1, 2, 3 … in order",
                            String.valueOf(rebaseline.revision()), String.valueOf(expected - 1));
                    return;
                }
            }
            long recorded = approved.getOrDefault(code, 0L);
            List<Rebaseline> all = List.copyOf(revisions.values());
            Project project = projects.get(code);
            for (Rebaseline rebaseline : all) {
                if (rebaseline.revision() <= recorded) {
                    continue;
                }
                recordsCreated++;
                if (!isNew(code)) {
                    changed(code, List.of(new FieldChange(Sheet.REBASELINES, "#" + rebaseline.revision(), "reason", null,
                            rebaseline.reason(), null, null, null)));
                }
                actions.add(() -> storeRebaseline(project, code, rebaseline, all));
            }
        });
    }

    private void storeRebaseline(Project project, String code, Rebaseline rebaseline, List<Rebaseline> all) {
        flushOnce();
        Map<Integer, Milestone> bySeq = new HashMap<>();
        project.getMilestones().forEach(m -> bySeq.put(m.getSeqNo(), m));
        // the schedule as it stood after this revision: the original baselines moved by every revision up to it
        Map<Long, LocalDate> schedule = new LinkedHashMap<>();
        project.getMilestones().forEach(m -> schedule.put(m.getId(), m.getOriginalBaseline()));
        Map<Long, LocalDate> before = new LinkedHashMap<>();
        Map<Long, LocalDate> after = new LinkedHashMap<>();
        for (Rebaseline r : all) {
            if (r.revision() > rebaseline.revision()) {
                break;
            }
            for (RebaselineRow row : r.rows()) {
                Long id = bySeq.get(row.seq()).getId();
                if (r == rebaseline) {
                    before.put(id, row.before() != null ? row.before() : schedule.get(id));
                    after.put(id, row.after());
                }
                schedule.put(id, row.after());
            }
        }
        if (!scheduleRevisions.containsKey(code)) {
            // as an approval does: revision 0 first, if works started before the application knew the project
            em.persist(ScheduleBaseline.original(project, now, username));
            scheduleRevisions.put(code, 0);
        }
        LocalDateTime at = rebaseline.decidedOn().atStartOfDay();
        RebaselineRequest request = RebaselineRequest.imported(project, before, after, rebaseline.reason(), at, username);
        em.persist(request);
        int revision = scheduleRevisions.merge(code, 1, Integer::sum);
        em.persist(ScheduleBaseline.imported(project, revision, request, schedule, at, username));
        for (Map.Entry<Long, LocalDate> e : after.entrySet()) {
            em.persist(new AuditEntry(now, username, "Milestone", e.getKey(), code, "rebaseline.approve", "baseline",
                    before.get(e.getKey()), e.getValue(), null));
        }
        em.persist(new AuditEntry(now, username, "RebaselineRequest", request.getId(), code, "rebaseline.approve", null,
                null, null, null));
    }

    // ------------------------------------------------------------------ helpers

    private <T> void forExisting(String jpql, Class<T> type, java.util.function.Consumer<T> each) {
        List<String> codes = projects.entrySet().stream().filter(e -> e.getValue().getId() != null)
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < codes.size(); i += 500) {
            em.createQuery(jpql, type).setParameter("codes", codes.subList(i, Math.min(codes.size(), i + 500)))
                    .getResultList().forEach(each);
        }
    }

    private boolean isNew(String code) {
        ProjectChange change = changes.get(code);
        return change != null && change.action() == Action.CREATE;
    }

    private void changed(String code, List<FieldChange> fields) {
        ProjectChange before = changes.get(code);
        List<FieldChange> all = new ArrayList<>(before.changes());
        all.addAll(fields);
        changes.put(code, new ProjectChange(code, before.nameZh(), before.nameEn(), Action.CHANGE, all));
    }

    /**
     * Each changed field of a record as its own history entry, before → after as recorded, under the field's
     * name in the history (an output's quantities and a milestone's percent as a change by hand names them).
     */
    private void audit(String code, String entityType, java.util.function.Supplier<Long> id, List<FieldChange> fields) {
        for (FieldChange f : fields) {
            String field = switch (entityType + "." + f.field()) {
                case "ProjectOutput.actual" -> "actualQuantity";
                case "ProjectOutput.planned" -> "plannedQuantity";
                case "Milestone.percent" -> "percentComplete";
                default -> f.field();
            };
            audits.add(ImportAudit.changed(code, entityType, id, field, f.before(), f.after()));
        }
    }

    private static void diff(List<FieldChange> fields, Sheet sheet, String label, String field, Object before, Object after) {
        diff(fields, sheet, label, null, field, before, after);
    }

    /** A changed field, before → after as recorded and, for a record or a choice, by its names. */
    private static void diff(List<FieldChange> fields, Sheet sheet, String label, Named record, String field, Object before,
                             Object after) {
        if (!same(comparable(before), comparable(after))) {
            fields.add(new FieldChange(sheet, label, field, shownValue(before), shownValue(after), record, named(before),
                    named(after)));
        }
    }

    /** A record by its code; anything else as it is. */
    private static Object comparable(Object value) {
        return value instanceof Enum<?> || named(value) == null ? value : shownValue(value);
    }

    /**
     * The names people read for a value that is a record (lead unit, place, plan, program, funding source)
     * or a choice (stage, category, milestone kind, funding status); null for anything else, and for a
     * place's level, which the interface names from the bundles.
     */
    static Named named(Object value) {
        if (value instanceof Stage v) {
            return new Named(v.zh(), v.en());
        } else if (value instanceof Category v) {
            return new Named(v.zh(), v.en());
        } else if (value instanceof MilestoneKind v) {
            return new Named(v.zh(), v.en());
        } else if (value instanceof FundingLineStatus v) {
            return new Named(v.zh(), v.en());
        } else if (value instanceof LeadUnit v) {
            return new Named(v.getNameZh(), v.getNameEn());
        } else if (value instanceof Jurisdiction v) {
            return new Named(v.getNameZh(), v.getNameEn());
        } else if (value instanceof FundingSource v) {
            return new Named(v.getNameZh(), v.getNameEn());
        } else if (value instanceof Plan v) {
            return new Named(v.getTitleZh(), v.getTitleEn());
        } else if (value instanceof Program v) {
            return new Named(v.getTitleZh(), v.getTitleEn());
        }
        return null;
    }

    private static Named outputRecord(String targetCode, Jurisdiction place) {
        return new Named(targetCode + " " + place.getNameZh(), targetCode + " " + (place.getNameEn() == null
                || place.getNameEn().isBlank() ? place.getNameZh() : place.getNameEn()));
    }

    private static Named lineRecord(FundingSource source, int year) {
        return new Named(source.getNameZh() + " " + year + " 年度", (source.getNameEn() == null || source.getNameEn().isBlank()
                ? source.getNameZh() : source.getNameEn()) + " " + year);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String s && s.isBlank()) {
            a = null;
        }
        if (b instanceof String s && s.isBlank()) {
            b = null;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String shownValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return shown(b);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LeadUnit u) {
            return u.getCode();
        }
        if (value instanceof Jurisdiction j) {
            return j.getCode();
        }
        if (value instanceof FundingSource f) {
            return f.getCode();
        }
        if (value instanceof Plan p) {
            return p.getCode();
        }
        if (value instanceof Program p) {
            return p.getCode();
        }
        return value.toString();
    }

    private static String shown(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private boolean duplicate(Map<String, Integer> seen, String key, ReadRow r, String column) {
        Integer first = seen.putIfAbsent(key, r.rowNumber());
        if (first != null) {
            new Cells(r).problem(column, "portfolio.import.duplicate", "The same record is on row " + first,
                    String.valueOf(first));
            return true;
        }
        return false;
    }

    private String header(Sheet sheet, String key) {
        PortfolioWorkbook.Column column = PortfolioWorkbook.column(sheet, key, lists);
        return column == null ? key : column.zh() + " / " + column.en();
    }

    private void problem(Sheet sheet, int row, String key, String messageKey, String english, Object... arguments) {
        problemCount++;
        if (problems.size() < ImportPreview.MAX_PROBLEMS) {
            // a record or a choice is given by its names (zh / en), never by its code
            List<String> args = new ArrayList<>();
            List<String> argsEn = new ArrayList<>();
            boolean named = false;
            for (Object a : arguments) {
                Named n = named(a);
                named |= n != null;
                String raw = a == null ? "" : a instanceof String s ? s : shownValue(a);
                args.add(n == null ? raw : n.zh());
                argsEn.add(n == null ? raw : n.in(true));
            }
            problems.add(new Problem(sheet, row, sheet == null || key == null ? null
                    : PortfolioWorkbook.columnLetter(sheet, key, lists), key, messageKey, List.copyOf(args), english,
                    named ? List.copyOf(argsEn) : null));
        }
    }

    /** One row's cells, read with the checks every cell of its type gets; problems go to the run. */
    private final class Cells {
        private final ReadRow row;
        private boolean ok = true;

        Cells(ReadRow row) {
            this.row = row;
        }

        boolean ok() {
            return ok;
        }

        void problem(String key, String messageKey, String english, Object... arguments) {
            ok = false;
            PortfolioImportRun.this.problem(row.sheet(), row.rowNumber(), key, messageKey, english, arguments);
        }

        private void violation(String key, Optional<Violation> v) {
            v.ifPresent(x -> problem(key, x.messageKey(), x.english(), x.arguments()));
        }

        String text(String key, int max) {
            String t = row.get(key);
            if (t == null || t.isBlank()) {
                return null;
            }
            violation(key, InputPolicy.text(key, t));
            if (t.length() > max) {
                problem(key, "portfolio.import.tooLong", "Longer than " + max + " characters", String.valueOf(max));
            }
            return t;
        }

        String requiredText(String key, int max) {
            String t = text(key, max);
            if (t == null) {
                problem(key, "portfolio.import.required", "The cell is required", header(row.sheet(), key));
            }
            return t;
        }

        String code(String key, int max) {
            String t = requiredText(key, max);
            if (t != null && !t.matches("[\\p{L}\\p{N}._\\-/()（）]+")) {
                problem(key, "portfolio.import.badCode", "'" + t + "' is not a code", t);
            }
            return t;
        }

        <T> T lookup(String key, Map<String, T> known, String messageKey) {
            String t = requiredText(key, 64);
            if (t == null) {
                return null;
            }
            T found = known.get(t);
            if (found == null) {
                problem(key, messageKey, "No record with the code " + t, t);
            }
            return found;
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
            String t = required ? requiredText(key, 40) : text(key, 40);
            if (t == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, t);
            } catch (IllegalArgumentException e) {
                problem(key, "portfolio.import.badChoice", "'" + t + "' is not one of the list", t);
                return null;
            }
        }

        LocalDate date(String key, boolean required) {
            String t = row.get(key);
            if (t == null) {
                if (required) {
                    problem(key, "portfolio.import.required", "The date is required", header(row.sheet(), key));
                }
                return null;
            }
            LocalDate d = null;
            try {
                if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    d = LocalDate.parse(t);
                } else if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                    String[] p = t.split("/");
                    d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                } else if (t.matches("\\d{1,6}(\\.0+)?")) {
                    // a date typed into a cell without a date format arrives as Excel's day number
                    d = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(Double.parseDouble(t)).toLocalDate();
                }
            } catch (RuntimeException e) {
                d = null;
            }
            if (d == null) {
                problem(key, "portfolio.import.badDate", "'" + t + "' is not a date (yyyy-mm-dd)", t);
                return null;
            }
            if (!InputPolicy.withinWindow(d)) {
                violation(key, InputPolicy.date(key, d));
                return null;
            }
            return d;
        }

        private BigDecimal number(String key, boolean required) {
            String t = row.get(key);
            if (t == null) {
                if (required) {
                    problem(key, "portfolio.import.required", "The number is required", header(row.sheet(), key));
                }
                return null;
            }
            try {
                return new BigDecimal(t.replace(",", "").replace("%", "").replace("％", "").strip());
            } catch (NumberFormatException e) {
                problem(key, "portfolio.import.badNumber", "'" + t + "' is not a number", t);
                return null;
            }
        }

        BigDecimal decimal(String key, boolean required, BigDecimal min, BigDecimal max, int scale) {
            BigDecimal v = number(key, required);
            if (v == null) {
                return null;
            }
            if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                problem(key, max.compareTo(HUNDRED) == 0 ? "portfolio.import.percentRange" : "portfolio.import.range",
                        v + " is outside " + min + "–" + max, shown(v), shown(min), shown(max));
                return null;
            }
            if (v.stripTrailingZeros().scale() > scale) {
                violation(key, InputPolicy.decimals(key, v, scale));
                return null;
            }
            return v;
        }

        Integer integer(String key, boolean required, int min, int max) {
            BigDecimal v = number(key, required);
            if (v == null) {
                return null;
            }
            if (v.stripTrailingZeros().scale() > 0) {
                problem(key, "portfolio.import.badWholeNumber", "'" + v + "' is not a whole number", shown(v));
                return null;
            }
            if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
                problem(key, "portfolio.import.range", v + " is outside " + min + "–" + max, shown(v),
                        String.valueOf(min), String.valueOf(max));
                return null;
            }
            return v.intValueExact();
        }

        /** An amount in 万元 as the city writes it, answered in yuan; the input policy's bounds apply. */
        BigDecimal wanYuan(String key, boolean required) {
            BigDecimal wan = number(key, required);
            if (wan == null) {
                return null;
            }
            BigDecimal yuan = wan.multiply(TEN_THOUSAND);
            if (yuan.signum() < 0) {
                problem(key, "portfolio.import.negative", "An amount cannot be negative", shown(wan));
                return null;
            }
            Optional<Violation> v = InputPolicy.amount(key, yuan);
            if (v.isPresent()) {
                violation(key, v);
                return null;
            }
            return yuan.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }

        Boolean yesNo(String key) {
            String t = row.get(key);
            if (t == null) {
                return null;
            }
            return switch (t.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "是", "yes", "y", "true", "1" -> Boolean.TRUE;
                case "否", "no", "n", "false", "0" -> Boolean.FALSE;
                default -> {
                    problem(key, "portfolio.import.badYesNo", "'" + t + "' is neither 是 nor 否", t);
                    yield null;
                }
            };
        }
    }
}
