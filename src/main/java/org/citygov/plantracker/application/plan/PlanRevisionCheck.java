package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.ScheduleStage;
import org.citygov.plantracker.domain.model.plan.StagedSchedule;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ColumnDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ProgramDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.ScheduleDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.TargetDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a new version of a loaded plan can be applied in place, and if not why: what a revision
 * may not do. A revision keeps every chapter, 专栏 and staged schedule; keeps each 工程 in its 专栏
 * and each target in its 工程; and removes a target, 工程 or indicator only when nothing points at it
 * (a project's or a proposal's outputs, a carry-over, a recorded yearly value). The plan office moves
 * those first, then loads the version again. Pure: what points at the plan is passed in.
 */
public final class PlanRevisionCheck {

    /**
     * What points at the loaded plan's entries, by code: the projects and proposals with outputs
     * toward each target, those under each 工程, the targets carry-overs map to, and the years each
     * indicator has a recorded value for.
     */
    public record Uses(Map<String, List<String>> targetUsers, Map<String, List<String>> programUsers,
                       Set<String> carryOverTargets, Map<String, List<Integer>> indicatorYears) {
    }

    /** Why the version cannot be applied: a message key and its arguments (codes, lists, numbers). */
    public record Blocker(String entry, String key, List<String> arguments) {
    }

    private PlanRevisionCheck() {
    }

    public static List<Blocker> check(Plan plan, PlanDefinition next, Uses uses) {
        List<Blocker> blockers = new ArrayList<>();
        String loadedPeriod = plan.getPeriod().getStartYear() + "–" + plan.getPeriod().getEndYear();
        String nextPeriod = next.document().periodStartYear() + "–" + next.document().periodEndYear();
        if (!loadedPeriod.equals(nextPeriod)) {
            blockers.add(new Blocker("document", "plans.blocked.period", List.of(loadedPeriod, nextPeriod)));
        }
        for (Chapter c : plan.getChapters()) {
            if (next.chapters().stream().noneMatch(d -> d.number() == c.getNumber())) {
                blockers.add(new Blocker("chapter " + c.getNumber(), "plans.blocked.chapterRemoved",
                        List.of(String.valueOf(c.getNumber()))));
            }
        }
        for (ColumnBox box : plan.getColumnBoxes()) {
            Optional<ColumnDef> d = next.columns().stream().filter(c -> c.number() == box.getNumber()).findFirst();
            if (d.isEmpty()) {
                blockers.add(new Blocker("专栏" + box.getNumber(), "plans.blocked.columnRemoved",
                        List.of(String.valueOf(box.getNumber()))));
            } else if (d.get().chapter() != box.getChapter().getNumber()) {
                blockers.add(moved("专栏" + box.getNumber(), "chapter " + box.getChapter().getNumber(),
                        "chapter " + d.get().chapter()));
            }
            for (Program p : box.getPrograms()) {
                program(p, box, next, uses, blockers);
            }
        }
        for (Target t : plan.getTargets()) {
            target(t, next, uses, blockers);
        }
        for (Indicator i : plan.getIndicators()) {
            List<Integer> years = uses.indicatorYears().getOrDefault(i.getCode(), List.of());
            if (next.indicator(i.getCode()).isEmpty() && !years.isEmpty()) {
                blockers.add(new Blocker("indicator " + i.getCode(), "plans.blocked.indicatorObserved",
                        List.of(i.getCode(), years.stream().map(String::valueOf).collect(Collectors.joining("、")))));
            }
        }
        return blockers;
    }

    private static void program(Program p, ColumnBox box, PlanDefinition next, Uses uses, List<Blocker> blockers) {
        String entry = "program " + p.getCode();
        Optional<ProgramDef> d = next.program(p.getCode());
        if (d.isEmpty()) {
            List<String> users = uses.programUsers().getOrDefault(p.getCode(), List.of());
            if (!users.isEmpty()) {
                blockers.add(new Blocker(entry, "plans.blocked.programInUse", List.of(p.getCode(), list(users))));
            }
            return;
        }
        int nextBox = next.columns().stream().filter(c -> c.programs().stream()
                .anyMatch(x -> x.code().equals(p.getCode()))).mapToInt(ColumnDef::number).findFirst().orElse(-1);
        if (nextBox != box.getNumber()) {
            blockers.add(moved(entry, "专栏" + box.getNumber(), "专栏" + nextBox));
        } else if (d.get().chapter() != p.getChapter().getNumber()) {
            blockers.add(moved(entry, "chapter " + p.getChapter().getNumber(), "chapter " + d.get().chapter()));
        }
        if (!Objects.equals(schedule(p.getStagedSchedule().orElse(null)), schedule(d.get().schedule()))) {
            blockers.add(new Blocker(entry, "plans.blocked.schedule", List.of(p.getCode())));
        }
    }

    private static void target(Target t, PlanDefinition next, Uses uses, List<Blocker> blockers) {
        String entry = "target " + t.getCode();
        Optional<TargetDef> d = next.target(t.getCode());
        if (d.isEmpty()) {
            List<String> users = uses.targetUsers().getOrDefault(t.getCode(), List.of());
            if (uses.carryOverTargets().contains(t.getCode())) {
                blockers.add(new Blocker(entry, "plans.blocked.targetCarriedOver", List.of(t.getCode())));
            }
            if (!users.isEmpty()) {
                blockers.add(new Blocker(entry, "plans.blocked.targetInUse", List.of(t.getCode(), list(users))));
            }
            return;
        }
        String loadedProgram = t.getProgram().map(Program::getCode).orElse(null);
        if (!Objects.equals(loadedProgram, d.get().programCode())) {
            blockers.add(moved(entry, loadedProgram == null ? "—" : loadedProgram,
                    d.get().programCode() == null ? "—" : d.get().programCode()));
        }
        Integer loadedStage = t.getStage().map(ScheduleStage::getNumber).orElse(null);
        if (!Objects.equals(loadedStage, d.get().stage())) {
            blockers.add(new Blocker(entry, "plans.blocked.schedule",
                    List.of(loadedProgram == null ? t.getCode() : loadedProgram)));
        }
    }

    private static Blocker moved(String entry, String from, String to) {
        return new Blocker(entry, "plans.blocked.moved", List.of(entry, from, to));
    }

    private static String list(List<String> codes) {
        List<String> distinct = codes.stream().distinct().sorted().toList();
        return distinct.size() <= 10 ? String.join("、", distinct)
                : String.join("、", distinct.subList(0, 10)) + " … (" + distinct.size() + ")";
    }

    /** A staged schedule as comparable text: name, then each stage's number, deadline and text. */
    private static String schedule(StagedSchedule s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.getNameZh());
        for (ScheduleStage stage : s.getStages()) {
            b.append('|').append(stage.getNumber()).append(';').append(stage.getDeadline()).append(';')
                    .append(stage.getTextZh());
        }
        return b.toString();
    }

    private static String schedule(ScheduleDef s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.nameZh());
        s.stages().forEach(stage -> b.append('|').append(stage.number()).append(';').append(stage.deadline())
                .append(';').append(stage.textZh()));
        return b.toString();
    }
}
