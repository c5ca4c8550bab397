package org.citygov.plantracker.interfaces.rest.portfolio;

import org.citygov.plantracker.application.portfolio.ImportPreview;
import org.citygov.plantracker.application.portfolio.PortfolioImport.ImportJob;
import org.citygov.plantracker.application.reports.JobView;
import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.Sheet;
import org.citygov.plantracker.interfaces.i18n.HistoryLabels;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The dry run's preview or the import's result, in the caller's language. */
@Schema(name = "PortfolioImportPreview", description = "What the workbook would do (dry run) or did (import): "
        + "every problem with its sheet, row and column; lead units and places to be created; per project "
        + "created / changed (field before → after) / unchanged. With any problem nothing is written.")
public record ImportPreviewDto(boolean accepted, boolean written, int rowsRead, int problemCount,
                               List<ProblemDto> problems, List<CreatedDto> newLeadUnits, List<CreatedDto> newPlaces,
                               int projectsCreated, int projectsChanged, int projectsUnchanged, int recordsCreated,
                               int recordsChanged, List<ProjectDto> projects) implements Serializable {

    public record ProblemDto(@Schema(description = "The sheet as named in the workbook") String sheet,
                             @Schema(description = "1-based row as Excel shows it; 0 for the file as a whole") int row,
                             @Schema(description = "Column letter") String column,
                             @Schema(description = "The cell, e.g. 里程碑 Milestones!J5") String cell,
                             String field, String header, String code, String message) implements Serializable {
    }

    public record CreatedDto(String code, String nameZh, String nameEn,
                             @Schema(description = "The parent's code (places)") String parent,
                             @Schema(description = "The parent's name in the caller's language (places)") String parentName)
            implements Serializable {
    }

    @Schema(name = "PortfolioImportChange", description = "One changed field as people read it (names, 万元, 是/否), "
            + "with the values as recorded (codes, yuan) in beforeValue / afterValue")
    public record ChangeDto(@Schema(description = "The sheet") String sheet,
                            @Schema(description = "The record within the project, by name (市级财政 2024 年度, #3 …)")
                            String record, String field,
                            @Schema(description = "The column's header") String fieldName,
                            @Schema(description = "Before, as people read it") String before,
                            @Schema(description = "After, as people read it") String after,
                            @Schema(description = "Before as recorded (a code, an enum name, yuan)") String beforeValue,
                            @Schema(description = "After as recorded") String afterValue)
            implements Serializable {
    }

    public record ProjectDto(String code, String nameZh, String nameEn,
                             @Schema(description = "CREATE, CHANGE or UNCHANGED") String action,
                             @Schema(description = "The action in the caller's language") String actionLabel,
                             List<ChangeDto> changes)
            implements Serializable {
    }

    /** Problems whose arguments 1 and 2 are levels of places (named from the bundle: 街道, 社区 …). */
    private static final java.util.Set<String> LEVEL_ARGUMENTS = java.util.Set.of("portfolio.import.placeLevelContradicts",
            "portfolio.import.placeParentLevel");

    /** A portfolio import job: where it is and, once it has ended, its result. */
    @Schema(name = "PortfolioImportJob")
    public record JobDto(long id, JobStatus status, int progress, String failure, LocalDateTime createdAt,
                         LocalDateTime finishedAt, String self, ImportPreviewDto result) implements Serializable {
        public static JobDto of(ImportJob job, Locale locale, String base) {
            JobView v = job.job();
            String failure = null;
            if (v.failureKey() != null) {
                String detail = v.failureText() == null ? "" : v.failureText();
                String text = Texts.get(locale, v.failureKey(), detail);
                failure = text.equals(v.failureKey()) ? detail : text;
            }
            return new JobDto(v.id(), v.status(), v.progress(), failure, v.createdAt(), v.finishedAt(),
                    base + "portfolio/imports/" + v.id(), job.result() == null ? null : ImportPreviewDto.of(job.result(), locale));
        }
    }

    public static ImportPreviewDto of(ImportPreview p, Locale locale) {
        boolean en = Texts.english(locale);
        PortfolioWorkbook.Lists none = new PortfolioWorkbook.Lists(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        List<ProblemDto> problems = p.problems().stream().map(x -> {
            String sheet = x.sheet() == null ? null : PortfolioWorkbook.sheetName(x.sheet());
            PortfolioWorkbook.Column column = x.sheet() == null || x.field() == null ? null
                    : PortfolioWorkbook.column(x.sheet(), x.field(), none);
            String header = column == null ? null : en ? column.en() : column.zh();
            String cell = sheet == null ? null : sheet + "!" + (x.column() == null ? "" : x.column()) + x.row();
            Object[] args = x.args(en);
            if (LEVEL_ARGUMENTS.contains(x.messageKey())) {
                for (int i = 1; i < args.length; i++) {
                    String key = "slippage.level." + args[i];
                    String level = Texts.get(locale, key);
                    args[i] = level.equals(key) ? args[i] : level;
                }
            }
            String message = Texts.get(locale, x.messageKey(), args);
            if (message.equals(x.messageKey())) {
                message = x.english();
            }
            return new ProblemDto(sheet, x.row(), x.column(), cell, x.field(), header, x.messageKey(), message);
        }).toList();
        List<ProjectDto> projects = p.projects().stream().map(c -> new ProjectDto(c.code(), c.nameZh(), c.nameEn(),
                c.action().name(), Texts.get(locale, "portfolio.upload.action." + c.action().name()),
                c.changes().stream().map(f -> {
                    PortfolioWorkbook.Column column = PortfolioWorkbook.column(f.sheet(), f.field(), none);
                    String name = column == null ? f.field() : en ? column.en() : column.zh();
                    return new ChangeDto(en ? f.sheet().en() : f.sheet().zh(),
                            f.record() == null ? f.label() : f.record().in(en), f.field(), name,
                            shown(locale, f.field(), f.before(), f.beforeName()),
                            shown(locale, f.field(), f.after(), f.afterName()), f.before(), f.after());
                }).toList())).toList();
        ImportPreview.Counts c = p.counts();
        return new ImportPreviewDto(p.accepted(), p.written(), p.rowsRead(), c.problemCount(), problems,
                p.newLeadUnits().stream().map(u -> new CreatedDto(u.code(), u.nameZh(), u.nameEn(), u.detail(), null)).toList(),
                p.newPlaces().stream().map(u -> new CreatedDto(u.code(), u.nameZh(), u.nameEn(), u.detail(),
                        u.parent() == null ? u.detail() : u.parent().in(en))).toList(),
                c.projectsCreated(), c.projectsChanged(), c.projectsUnchanged(), c.recordsCreated(), c.recordsChanged(),
                projects);
    }

    /**
     * A value as people read it: a record or a choice by its name, an amount in 万元, yes/no, the rest as
     * recorded (dates, figures, text) — the audit trail's labels ({@link HistoryLabels}).
     */
    static String shown(Locale locale, String field, String value, ImportPreview.Named name) {
        if (name != null) {
            return name.in(Texts.english(locale));
        }
        return HistoryLabels.value(locale, field, value);
    }

    /** A sheet's name in the language asked for. */
    static String sheet(Sheet s, boolean en) {
        return en ? s.en() : s.zh();
    }
}
