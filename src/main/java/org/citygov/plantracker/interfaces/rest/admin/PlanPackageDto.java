package org.citygov.plantracker.interfaces.rest.admin;

import org.citygov.plantracker.application.plan.PlanFacts.Change;
import org.citygov.plantracker.application.plan.PlanPackagePreview;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.infrastructure.importing.plan.PlanProblem;
import org.citygov.plantracker.interfaces.i18n.PlanProblemTexts;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plan package's dry run or load as the admin page and {@code POST /api/v1/admin/plans} show it,
 * in the caller's language: the result, what the package holds, every problem with its file and
 * line, and the changes before → after when it differs from a loaded plan; for a higher version of a
 * loaded plan, the versions and what keeps it from being applied (blockers).
 */
public record PlanPackageDto(String status, String statusText, String message, String fileName, String code,
                             String title, String period, String digest, String loadedDigest, Contents contents,
                             List<Problem> problems, List<ChangeDto> changes, Integer version,
                             Integer loadedVersion, List<String> blockers) {

    public record Contents(List<String> files, int chapters, int columns, int programs, int targets,
                           Map<String, Integer> targetsByKind, int chapterTextTargets, int indicators,
                           int bindingIndicators, int stagedSchedules, int scheduleStages, int places, int newPlaces) {
    }

    /** {@code line} is null when the problem is about a file as a whole or about entries together. */
    public record Problem(String file, Integer line, String text) {
    }

    public record ChangeDto(String entry, String field, String before, String after) {
    }

    public static PlanPackageDto of(PlanPackagePreview p, Locale locale) {
        String status = p.status().name();
        String title = p.titleZh() == null ? null
                : Texts.supported(locale).getLanguage().equals("en") && p.titleEn() != null ? p.titleEn() : p.titleZh();
        String period = p.startYear() == null ? null : p.startYear() + "–" + p.endYear();
        boolean revision = p.status() == PlanPackagePreview.Status.REVISION
                || p.status() == PlanPackagePreview.Status.REVISION_BLOCKED || p.status() == PlanPackagePreview.Status.REVISED;
        String message = p.refusalKey() != null ? Texts.get(locale, p.refusalKey(), p.refusalArguments().toArray())
                : revision ? Texts.get(locale, "plans.summary." + status, p.fileName(), p.code(), p.changes().size(),
                String.valueOf(p.loadedVersion()), String.valueOf(p.version()), p.blockers().size())
                : Texts.get(locale, "plans.summary." + status, p.fileName(),
                p.status() == PlanPackagePreview.Status.INVALID ? p.problems().size() : p.code(),
                p.status() == PlanPackagePreview.Status.CHANGED ? p.changes().size() : period,
                String.valueOf(p.loadedVersion()), String.valueOf(p.version()));
        Contents contents = null;
        if (p.contents() != null) {
            var c = p.contents();
            Map<String, Integer> byKind = new LinkedHashMap<>();
            for (TargetKind kind : TargetKind.values()) {
                Integer n = c.targetsByKind().get(kind);
                if (n != null) {
                    byKind.put(Texts.get(locale, "enum.TargetKind." + kind.name()), n);
                }
            }
            contents = new Contents(c.files(), c.chapters(), c.columns(), c.programs(), c.targets(), byKind,
                    c.chapterTextTargets(), c.indicators(), c.bindingIndicators(), c.stagedSchedules(),
                    c.scheduleStages(), c.places(), c.newPlaces());
        }
        List<Problem> problems = p.problems().stream().map(pr -> problem(pr, locale)).toList();
        List<ChangeDto> changes = p.changes().stream().map(ch -> change(ch, locale)).toList();
        return new PlanPackageDto(status, Texts.get(locale, "plans.status." + status), message, p.fileName(), p.code(),
                title, period, p.digest(), p.loadedDigest(), contents, problems, changes, p.version(), p.loadedVersion(),
                p.blockers().stream().map(b -> Texts.get(locale, b.key(), b.arguments().toArray())).toList());
    }

    private static Problem problem(PlanProblem p, Locale locale) {
        String file = p.file() == null ? "plan.yaml" : p.file();
        String detail = PlanProblemTexts.detail(locale, p.detail());
        String text = p.line() == null ? Texts.get(locale, "plans.problem.noLine", file, detail)
                : Texts.get(locale, "plans.problem", file, String.valueOf(p.line()), detail);
        return new Problem(p.file(), p.line(), text);
    }

    private static ChangeDto change(Change c, Locale locale) {
        String field = c.field() == null ? null : Texts.get(locale, "plans.field." + c.field());
        String before = c.before() == null && c.wholeEntry() ? Texts.get(locale, "plans.change.added") : c.before();
        String after = c.after() == null && c.wholeEntry() ? Texts.get(locale, "plans.change.removed") : c.after();
        return new ChangeDto(c.entry(), field, before, after);
    }
}
