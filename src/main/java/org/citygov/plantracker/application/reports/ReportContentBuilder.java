package org.citygov.plantracker.application.reports;

import org.citygov.plantracker.application.reports.PlanProgress.IndicatorState;
import org.citygov.plantracker.application.reports.PlanProgress.LateProject;
import org.citygov.plantracker.application.reports.PlanProgress.ProjectRef;
import org.citygov.plantracker.application.reports.PlanProgress.TargetUnit;
import org.citygov.plantracker.application.reports.ReportContent.Bar;
import org.citygov.plantracker.application.reports.ReportContent.ChapterBlock;
import org.citygov.plantracker.application.reports.ReportContent.Charts;
import org.citygov.plantracker.application.reports.ReportContent.Counts;
import org.citygov.plantracker.application.reports.ReportContent.DistrictBars;
import org.citygov.plantracker.application.reports.ReportContent.Header;
import org.citygov.plantracker.application.reports.ReportContent.IndicatorLine;
import org.citygov.plantracker.application.reports.ReportContent.LateProjectLine;
import org.citygov.plantracker.application.reports.ReportContent.ProgramBlock;
import org.citygov.plantracker.application.reports.ReportContent.ProjectLine;
import org.citygov.plantracker.application.reports.ReportContent.SectionText;
import org.citygov.plantracker.application.reports.ReportContent.TargetLine;
import org.citygov.plantracker.application.reports.ReportContent.UnitLine;
import org.citygov.plantracker.application.reports.ReportInputs.OutputRow;
import org.citygov.plantracker.application.reports.ReportInputs.Place;
import org.citygov.plantracker.application.reports.ReportInputs.TargetRow;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assembles a report from its inputs: chapter by chapter, program by program, every target with the
 * plan's promise, the status as of the report's date (the engine's verdict for the city, or for the
 * chosen 区县(市)), the units below, the projects behind it and the shortfall; the indicators; the
 * late projects with their reasons; the counts by 提前/符合/滞后; the chart series. A pure function of
 * its arguments.
 */
public final class ReportContentBuilder {

    private static final String DISTRICT = "DISTRICT";

    private ReportContentBuilder() {
    }

    public static ReportContent build(ReportRequest request, ReportInputs in, List<SectionText> sections,
                                      LocalDateTime generatedAt) {
        PlanProgress progress = in.progress();
        Map<String, List<TargetUnit>> rowsByTarget = new HashMap<>();
        for (TargetUnit row : progress.targets()) {
            rowsByTarget.computeIfAbsent(row.targetCode(), k -> new ArrayList<>()).add(row);
        }
        Map<String, List<OutputRow>> outputsByTarget = new HashMap<>();
        for (OutputRow o : in.outputs()) {
            if (request.districtCode() == null || request.districtCode().equals(o.districtCode())) {
                outputsByTarget.computeIfAbsent(o.targetCode(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, String> bandByProject = new HashMap<>();
        progress.lateProjects().forEach(p -> bandByProject.put(p.code(), p.band()));

        Map<Integer, ChapterAcc> chapters = new LinkedHashMap<>();
        in.chapters().forEach(c -> chapters.put(c.number(), new ChapterAcc(c)));
        List<DistrictBars> bars = new ArrayList<>();
        Set<String> listedTargets = new HashSet<>();
        List<TargetRow> targets = in.targets().stream().sorted(Comparator.comparingInt(TargetRow::seq)).toList();
        for (TargetRow t : targets) {
            if (request.chapterNo() != null && request.chapterNo() != t.chapterNo()) {
                continue;
            }
            List<TargetUnit> rows = rowsByTarget.getOrDefault(t.code(), List.of());
            TargetUnit effective = effectiveRow(rows, request.districtCode());
            TargetState state = effective == null || !progress.evaluated() ? TargetState.NOT_EVALUATED : effective.state();
            if (request.stateFilter() != null && state != request.stateFilter()) {
                continue;
            }
            boolean deadlinePassed = effective != null ? effective.deadlinePassed()
                    : t.deadline() != null && t.deadline().isBefore(request.asOf());
            List<OutputRow> outputs = outputsByTarget.getOrDefault(t.code(), List.of());
            TargetLine line = new TargetLine(t.code(), t.descriptionZh(), t.descriptionEn(), promise(t),
                    t.deadlineText(), t.deadline(), t.scope() == null ? null : t.scope().name(), state,
                    ProgressClass.ofTarget(state, deadlinePassed),
                    effective == null ? null : effective.required(), effective == null ? null : effective.delivered(),
                    effective == null ? null : effective.forecast(), effective == null ? null : effective.shortfall(),
                    t.unit(), t.indicatorCodes(), units(rows, effective, request.districtCode()),
                    outputs.stream().map(o -> project(o, bandByProject)).toList(),
                    effective == null ? List.of() : names(effective.causes()),
                    effective == null ? List.of() : effective.uncovered());
            ChapterAcc chapter = chapters.computeIfAbsent(t.chapterNo(),
                    n -> new ChapterAcc(new ReportInputs.ChapterRow(n, "第" + n + "章", "", null)));
            chapter.add(t, line);
            listedTargets.add(t.code());
            districtBars(t, rows).ifPresent(bars::add);
        }

        List<ChapterBlock> chapterBlocks = chapters.values().stream().filter(ChapterAcc::hasTargets)
                .map(ChapterAcc::block).toList();
        Map<String, IndicatorState> indicatorStates = new HashMap<>();
        progress.indicators().forEach(i -> indicatorStates.put(i.code(), i));
        List<IndicatorLine> indicators = in.indicators().stream().map(i -> {
            IndicatorState s = indicatorStates.get(i.code());
            return new IndicatorLine(i.code(), i.domainZh(), i.domainEn(), i.nameZh(), i.nameEn(), i.unit(),
                    i.baseline(), i.target(), i.binding(), i.cumulative(), s == null ? null : s.latestYear(),
                    s == null ? null : s.latestValue(), s == null ? null : s.expected(),
                    s == null ? ProgressClass.NOT_RATED : s.progress());
        }).toList();

        List<LateProjectLine> late = progress.lateProjects().stream()
                .filter(p -> inDistrict(in.projectPlaces().get(p.code()), request.districtCode()))
                .filter(p -> request.chapterNo() == null && request.stateFilter() == null
                        || p.targetCodes().stream().anyMatch(listedTargets::contains))
                .map(p -> lateLine(p, in.projectPlaces().get(p.code()), in.reasonsByProject()))
                .toList();

        Place district = request.districtCode() == null ? null : in.districts().get(request.districtCode());
        List<TargetLine> lines = chapterBlocks.stream().flatMap(c -> c.programs().stream())
                .flatMap(p -> p.targets().stream()).toList();
        Header header = new Header(request.kind(), request.reportId(), request.titleZh(), request.titleEn(),
                request.fiscalYear(), request.asOf(), request.chapterNo(), request.districtCode(),
                district == null ? null : district.nameZh(), district == null ? null : district.nameEn(),
                request.stateFilter(), in.plan().code(), in.plan().titleZh(), in.plan().titleEn(),
                in.plan().startYear(), in.plan().endYear(), generatedAt, progress.evaluated(),
                in.sampleData() || lines.stream().flatMap(l -> l.projects().stream()).anyMatch(ProjectLine::sample),
                request.status(), request.revision(), request.publishedAt());
        return new ReportContent(header, counts(lines, indicators), chapterBlocks, indicators, late,
                sections == null ? List.of() : sections,
                new Charts(bars, in.sCurve(), in.funding()), null);
    }

    /** The same content stamped as the published revision it is frozen in. */
    public static ReportContent published(ReportContent content, ReportStatus status, LocalDateTime publishedAt) {
        Header h = content.header();
        Header stamped = new Header(h.kind(), h.reportId(), h.titleZh(), h.titleEn(), h.fiscalYear(), h.asOf(),
                h.chapterNo(), h.districtCode(), h.districtNameZh(), h.districtNameEn(), h.stateFilter(), h.planCode(),
                h.planTitleZh(), h.planTitleEn(), h.planStartYear(), h.planEndYear(), h.generatedAt(), h.evaluated(),
                h.sample(), status, h.revision(), publishedAt);
        return new ReportContent(stamped, content.counts(), content.chapters(), content.indicators(),
                content.lateProjects(), content.sections(), content.charts(), content.finalEvaluation());
    }

    /** The row a target's status is read from: the chosen 区县(市)'s if it has one, else the headline. */
    private static TargetUnit effectiveRow(List<TargetUnit> rows, String districtCode) {
        if (districtCode != null) {
            for (TargetUnit r : rows) {
                if (districtCode.equals(r.unitCode())) {
                    return r;
                }
            }
        }
        return rows.stream().filter(TargetUnit::headline).findFirst().orElse(rows.isEmpty() ? null : rows.get(0));
    }

    /** The units shown under a target: the 区县(市), or — within a chosen 区县(市) — the units below it. */
    private static List<UnitLine> units(List<TargetUnit> rows, TargetUnit effective, String districtCode) {
        return rows.stream()
                .filter(r -> r != effective && r.unitCode() != null)
                .filter(r -> districtCode == null ? DISTRICT.equals(r.unitLevel())
                        : districtCode.equals(r.districtCode()) && !districtCode.equals(r.unitCode()))
                .sorted(Comparator.comparing(TargetUnit::unitCode))
                .map(r -> new UnitLine(r.unitCode(), r.unitNameZh(), r.unitNameEn(), r.unitLevel(), r.required(),
                        r.delivered(), r.forecast(), r.shortfall(), r.state(), names(r.causes())))
                .toList();
    }

    /** Required / delivered / forecast per 区县(市), for targets measured in each of several 区县(市). */
    private static java.util.Optional<DistrictBars> districtBars(TargetRow t, List<TargetUnit> rows) {
        List<Bar> bars = rows.stream().filter(r -> DISTRICT.equals(r.unitLevel()) && r.required() != null)
                .sorted(Comparator.comparing(TargetUnit::unitCode))
                .map(r -> new Bar(r.unitCode(), r.unitNameZh(), r.unitNameEn(), r.required(), r.delivered(),
                        r.forecast(), r.state()))
                .toList();
        return bars.size() < 2 ? java.util.Optional.empty()
                : java.util.Optional.of(new DistrictBars(t.code(), t.descriptionZh(), t.descriptionEn(), t.unit(), bars));
    }

    private static ProjectLine project(OutputRow o, Map<String, String> bandByProject) {
        return new ProjectLine(o.projectCode(), o.projectNameZh(), o.projectNameEn(), o.stage(), o.placeZh(),
                o.placeEn(), o.planned(), o.actual(), o.confirmed(), o.unit(), o.forecastFinish(),
                bandByProject.get(o.projectCode()), o.sample());
    }

    private static LateProjectLine lateLine(LateProject p, Place place, Map<String, List<String>> reasons) {
        return new LateProjectLine(p.code(), p.nameZh(), p.nameEn(), place == null ? null : place.nameZh(),
                place == null ? null : place.nameEn(), p.band(), p.delayDays(), p.forecastFinish(), p.targetCodes(),
                reasons.getOrDefault(p.code(), List.of()));
    }

    private static boolean inDistrict(Place place, String districtCode) {
        return districtCode == null || place != null && districtCode.equals(place.districtCode());
    }

    private static List<String> names(List<ProjectRef> projects) {
        return projects == null ? List.of() : projects.stream().map(p -> p.code() + " " + p.nameZh()).toList();
    }

    /** The plan's figure as written (98%以上), else the bare value and unit. */
    private static String promise(TargetRow t) {
        if (t.targetText() != null && !t.targetText().isBlank()) {
            return t.targetText();
        }
        if (t.value() == null) {
            return "";
        }
        return t.value().stripTrailingZeros().toPlainString() + (t.unit() == null ? "" : " " + t.unit());
    }

    private static Counts counts(List<TargetLine> targets, List<IndicatorLine> indicators) {
        Map<ProgressClass, Integer> targetClasses = Counts.emptyClasses();
        Map<TargetState, Integer> states = new EnumMap<>(TargetState.class);
        for (TargetLine t : targets) {
            targetClasses.merge(t.progress(), 1, Integer::sum);
            states.merge(t.state(), 1, Integer::sum);
        }
        Map<ProgressClass, Integer> indicatorClasses = Counts.emptyClasses();
        Map<ProgressClass, Integer> binding = Counts.emptyClasses();
        for (IndicatorLine i : indicators) {
            indicatorClasses.merge(i.progress(), 1, Integer::sum);
            if (i.binding()) {
                binding.merge(i.progress(), 1, Integer::sum);
            }
        }
        return new Counts(targetClasses, indicatorClasses, binding, states);
    }

    /** Collects a chapter's targets into program blocks in plan order. */
    private static final class ChapterAcc {
        private final ReportInputs.ChapterRow chapter;
        private final Map<String, ProgramAcc> programs = new LinkedHashMap<>();

        ChapterAcc(ReportInputs.ChapterRow chapter) {
            this.chapter = chapter;
        }

        void add(TargetRow t, TargetLine line) {
            programs.computeIfAbsent(Objects.requireNonNullElse(t.programCode(), ""), k -> new ProgramAcc(t))
                    .targets.add(line);
        }

        boolean hasTargets() {
            return !programs.isEmpty();
        }

        ChapterBlock block() {
            return new ChapterBlock(chapter.number(), chapter.headingZh(), chapter.titleZh(), chapter.titleEn(),
                    programs.values().stream().map(ProgramAcc::block).toList());
        }
    }

    private static final class ProgramAcc {
        private final TargetRow first;
        private final List<TargetLine> targets = new ArrayList<>();

        ProgramAcc(TargetRow first) {
            this.first = first;
        }

        ProgramBlock block() {
            return new ProgramBlock(first.programCode(), first.programTitleZh(), first.programTitleEn(),
                    first.columnBoxNo(), first.columnBoxTitleZh(), List.copyOf(targets));
        }
    }
}
