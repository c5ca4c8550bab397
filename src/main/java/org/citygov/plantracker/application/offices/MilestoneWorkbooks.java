package org.citygov.plantracker.application.offices;


import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.spreadsheet.MilestoneWorkbook;
import org.citygov.plantracker.infrastructure.spreadsheet.MilestoneWorkbook.Column;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The spreadsheet round trip: offices download a pre-filled workbook of their milestones, edit it
 * in Excel and upload it back. The upload is all or nothing — every row is checked with the same
 * rules, access checks and version checks as an edit on the page, and if any row fails nothing is
 * written and every problem is listed by row and column.
 */
@ApplicationScoped
@Transactional
public class MilestoneWorkbooks {

    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MilestoneProgress progress;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** A line of the workbook: the project, then the milestone. */
    private static final Columns LINE = Columns.of("projectCode", "p.code.value").and("projectNameZh", "p.nameZh")
            .and("projectNameEn", "p.nameEn").and("id", "m.id").and("version", "m.version")
            .and("nameZh", "m.nameZh").and("nameEn", "m.nameEn").and("kind", "m.kind")
            .and("originalBaseline", "m.originalBaseline").and("baseline", "m.baseline")
            .and("forecast", "m.forecast").and("actual", "m.actual").and("percentComplete", "m.percentComplete")
            .and("note", "m.note").and("sample", "p.sample");

    /**
     * The caller's milestones (an office's own unit; everyone's for the city government) of projects
     * still under way, as an .xlsx. {@code text} turns message keys into the caller's language.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(Function<String, String> text, boolean english) {
        access.requireSignedIn();
        var unit = currentUser.confinedToLeadUnit();
        // columns, not entities: an office with 5,000 projects has 50,000 milestones
        var query = em.createQuery("SELECT " + LINE.select() + " FROM Milestone m JOIN m.project p "
                + "WHERE p.stage IN :stages" + (unit.isPresent() ? " AND p.leadUnit.id = :unit" : "")
                + " ORDER BY p.code.value, m.seqNo", Object[].class)
                .setParameter("stages", List.of(Stage.RESERVE, Stage.PREPARATION, Stage.NEW_START, Stage.CONTINUING));
        unit.ifPresent(u -> query.setParameter("unit", u));
        List<MilestoneWorkbook.Line> lines = LINE.rows(query.getResultList()).stream().map(r -> {
            MilestoneKind kind = r.get("kind", MilestoneKind.class);
            return new MilestoneWorkbook.Line(r.string("projectCode"),
                    pick(english, r.string("projectNameZh"), r.string("projectNameEn")),
                    r.get("id", Long.class), r.get("version", Long.class),
                    pick(english, r.string("nameZh"), r.string("nameEn")), english ? kind.en() : kind.zh(),
                    r.get("originalBaseline", LocalDate.class), r.get("baseline", LocalDate.class),
                    r.get("forecast", LocalDate.class), r.get("actual", LocalDate.class),
                    r.get("percentComplete", java.math.BigDecimal.class), r.string("note"),
                    r.get("sample", Boolean.class));
        }).toList();
        return MilestoneWorkbook.write(lines, text);
    }

    /**
     * Reads and applies an uploaded workbook. Rows whose editable cells equal the stored values are
     * left alone. {@code progress} hears 0–100 as rows are checked.
     */
    public WorkbookImport upload(InputStream workbook, IntConsumer percentDone) {
        access.requireSignedIn();
        IntConsumer report = percentDone == null ? p -> { } : percentDone;
        report.accept(0);
        MilestoneWorkbook.Read read = MilestoneWorkbook.read(workbook);
        report.accept(10);
        List<WorkbookImport.CellError> errors = new ArrayList<>();
        read.problems().forEach(p -> errors.add(error(p.rowNumber(), p.column(), p.messageKey(), p.english(),
                p.arguments())));
        if (read.problems().stream().anyMatch(p -> p.rowNumber() == 0)) {
            return new WorkbookImport(0, 0, errors);
        }
        Map<Long, Milestone> milestones = load(read.rows().stream().map(MilestoneWorkbook.ReadRow::milestoneId)
                .filter(Objects::nonNull).distinct().toList());
        Set<Integer> badRows = new HashSet<>();
        errors.forEach(e -> badRows.add(e.row()));
        Set<Long> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        List<Change> changes = new ArrayList<>();
        int done = 0;
        // first every row is checked, nothing changed; only a file without any problem is applied
        for (MilestoneWorkbook.ReadRow row : read.rows()) {
            done++;
            if (done % 25 == 0) {
                report.accept(10 + 70 * done / read.rows().size());
            }
            if (row.milestoneId() == null || badRows.contains(row.rowNumber())) {
                continue;
            }
            Milestone milestone = milestones.get(row.milestoneId());
            if (milestone == null) {
                errors.add(error(row.rowNumber(), Column.MILESTONE_ID, "workbook.unknownMilestone",
                        "There is no milestone " + row.milestoneId(), row.milestoneId()));
                continue;
            }
            if (!seen.add(row.milestoneId())) {
                errors.add(error(row.rowNumber(), Column.MILESTONE_ID, "workbook.duplicateRow",
                        "Milestone " + row.milestoneId() + " appears twice", row.milestoneId()));
                continue;
            }
            String code = milestone.getProject().getCode().value();
            if (row.projectCode() != null && !row.projectCode().equals(code)) {
                errors.add(error(row.rowNumber(), Column.PROJECT_CODE, "workbook.projectMismatch",
                        "Milestone " + row.milestoneId() + " belongs to project " + code, row.milestoneId(), code));
                continue;
            }
            try {
                access.requireCanEdit(code, milestone.getProject().getLeadUnit());
            } catch (AccessDeniedException denied) {
                errors.add(error(row.rowNumber(), Column.PROJECT_CODE, denied.getMessageKey(), denied.getMessage(),
                        denied.getArguments()));
                continue;
            }
            if (unchanged(milestone, row)) {
                continue;
            }
            if (row.version() == null) {
                errors.add(error(row.rowNumber(), Column.VERSION, "workbook.versionMissing", "The version is missing"));
                continue;
            }
            if (row.version() != milestone.getVersion()) {
                errors.add(error(row.rowNumber(), Column.VERSION, "workbook.conflict",
                        "Milestone " + milestone.getNameZh() + " was changed by someone else since the download",
                        milestone.getNameZh()));
                continue;
            }
            String note = blankToNull(row.note());
            List<RuleViolation.Violation> problems = milestone.progressProblems(row.percent(), row.forecast(),
                    row.actual(), note, today);
            problems.forEach(v -> errors.add(error(row.rowNumber(), column(v.field()), v.messageKey(), v.english(),
                    v.arguments())));
            if (problems.isEmpty()) {
                changes.add(new Change(row.rowNumber(), milestone, new MilestoneUpdate(code, milestone.getId(),
                        row.version(), row.percent(), row.forecast(), row.actual(), note)));
            }
        }
        if (errors.isEmpty()) {
            for (Change change : changes) {
                try {
                    progress.apply(change.milestone().getProject(), change.milestone(), change.update(), today);
                } catch (RuleViolation | ConcurrentEditException unexpected) {
                    errors.add(error(change.row(), Column.MILESTONE, "workbook.conflictAtSave", unexpected.getMessage()));
                    break;
                }
            }
            report.accept(95);
        }
        if (!errors.isEmpty()) {
            // nothing of this upload may be written
            transactions.setRollbackOnly();
            report.accept(100);
            errors.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                    : String.valueOf(a.column()).compareTo(String.valueOf(b.column())));
            return new WorkbookImport(read.rows().size(), 0, List.copyOf(errors));
        }
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            transactions.setRollbackOnly();
            return new WorkbookImport(read.rows().size(), 0, List.of(error(0, null, "workbook.conflictAtSave",
                    "Someone changed one of these milestones while the upload ran; upload again")));
        }
        report.accept(100);
        return new WorkbookImport(read.rows().size(), changes.size(), List.of());
    }

    private record Change(int row, Milestone milestone, MilestoneUpdate update) {
    }

    private Map<Long, Milestone> load(List<Long> ids) {
        Map<Long, Milestone> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("SELECT m FROM Milestone m JOIN FETCH m.project p JOIN FETCH p.leadUnit WHERE m.id IN :ids",
                            Milestone.class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .getResultList().forEach(m -> found.put(m.getId(), m));
        }
        return found;
    }

    private static boolean unchanged(Milestone m, MilestoneWorkbook.ReadRow row) {
        return (row.percent() == null || row.percent().compareTo(m.getPercentComplete()) == 0)
                && (row.forecast() == null || row.forecast().equals(m.getForecast()))
                && Objects.equals(row.actual(), m.getActual())
                && Objects.equals(blankToNull(row.note()), m.getNote());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Column column(String field) {
        if (field == null) {
            return Column.MILESTONE;
        }
        return switch (field) {
            case "percentComplete" -> Column.PERCENT;
            case "forecast" -> Column.FORECAST;
            case "actual" -> Column.ACTUAL;
            case "note" -> Column.NOTE;
            default -> Column.MILESTONE;
        };
    }

    private static WorkbookImport.CellError error(int row, Column column, String key, String english,
                                                  Object... arguments) {
        return new WorkbookImport.CellError(row, column == null ? null : column.letter(),
                column == null ? null : column.labelKey(), key, english, arguments);
    }

    private static String pick(boolean english, String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh;
    }

}
