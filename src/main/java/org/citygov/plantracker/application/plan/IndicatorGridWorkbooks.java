package org.citygov.plantracker.application.plan;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.offices.WorkbookImport.CellError;
import org.citygov.plantracker.application.plan.IndicatorGridImport.CellChange;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.IndicatorObservation;
import org.citygov.plantracker.domain.model.plan.ObservedFigure;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.spreadsheet.IndicatorGridWorkbook;
import org.citygov.plantracker.infrastructure.spreadsheet.IndicatorGridWorkbook.Original;
import org.citygov.plantracker.infrastructure.spreadsheet.IndicatorGridWorkbook.ReadRow;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The Excel round trip of the indicator grid (CITY_GOV): download the grid, fill it, upload it for a
 * dry-run preview (every changed cell before → after, every problem with its cell) and then apply it
 * all or nothing. Each changed cell is checked exactly as {@code PUT …/observations/{year}} checks it
 * (the domain's {@link Indicator#observe}) and audited the same way; a cell that someone else changed
 * since the download is reported, never overwritten; a cell the user left as downloaded is left alone
 * whatever happened to it since. Clearing a figure needs a reason, so it is done on the page, not here.
 */
@ApplicationScoped
public class IndicatorGridWorkbooks {

    private static final String YEAR_COLUMN = "monitoring.workbook.col.year";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private PlanSelection plans;

    @Inject
    private IndicatorQueries queries;

    @Inject
    private IndicatorObservations observations;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * A plan's grid (blank: the current plan) as an .xlsx (everyone signed in may read it); {@code text} turns message
     * keys into the reader's language, {@code unit} a unit as the plan writes it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(String planCode, Function<String, String> text, Function<String, String> unit,
                         boolean english) {
        List<IndicatorDetail> indicators = queries.indicators(planCode);
        List<Integer> years = years(indicators);
        List<IndicatorGridWorkbook.Line> lines = new ArrayList<>();
        for (IndicatorDetail i : indicators) {
            Map<Integer, String> values = new HashMap<>();
            Map<Integer, Long> versions = new HashMap<>();
            Map<Integer, Boolean> samples = new HashMap<>();
            for (IndicatorObservationRow o : i.observations()) {
                values.put(o.fiscalYear(), IndicatorGridWorkbook.canonical(o.value(), o.met()));
                versions.put(o.fiscalYear(), o.version());
                samples.put(o.fiscalYear(), o.sample());
            }
            boolean words = i.targetText() != null && i.targetValue() == null
                    || i.comparison() == org.citygov.plantracker.domain.model.plan.Comparison.QUALITATIVE;
            String target = i.cumulative() && i.targetText() != null ? "〔" + i.targetText() + "〕" : i.targetText();
            lines.add(new IndicatorGridWorkbook.Line(i.code(), english && i.domainEn() != null ? i.domainEn() : i.domainZh(),
                    english && i.nameEn() != null ? i.nameEn() : i.nameZh(), unit.apply(i.unit()),
                    text.apply(i.nature() == IndicatorNature.BINDING ? "monitoring.workbook.binding"
                            : "monitoring.workbook.expected"), i.baselineText(), target, words, values, versions,
                    samples));
        }
        return IndicatorGridWorkbook.write(years, lines, text);
    }

    static List<Integer> years(List<IndicatorDetail> indicators) {
        int first = indicators.stream().map(IndicatorDetail::baselineYear).filter(Objects::nonNull)
                .mapToInt(y -> y + 1).min().orElse(0);
        int last = indicators.stream().map(IndicatorDetail::targetYear).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(-1);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    /**
     * Reads an uploaded grid and checks every changed cell; with {@code dryRun} nothing is written
     * (the preview), else everything is written, or — when any cell has a problem — nothing.
     */
    @Transactional
    public IndicatorGridImport upload(String planCode, InputStream workbook, boolean dryRun) {
        access.requireAnyRole(Role.CITY_GOV);
        IndicatorGridWorkbook.Read read = IndicatorGridWorkbook.read(workbook);
        List<CellError> errors = new ArrayList<>();
        read.problems().forEach(p -> errors.add(new CellError(p.rowNumber(), p.column(), null, p.messageKey(),
                p.english(), p.arguments())));
        if (read.problems().stream().anyMatch(p -> p.rowNumber() <= 1)) {
            transactions.setRollbackOnly();
            return new IndicatorGridImport(0, false, List.of(), List.copyOf(errors));
        }
        PlanRef plan = plans.select(planCode).orElseThrow(() -> new UnknownEntityException("plan",
                planCode == null ? "current" : planCode));
        Map<String, Indicator> indicators = new HashMap<>();
        em.createQuery("SELECT i FROM Indicator i WHERE i.plan.id = :plan", Indicator.class)
                .setParameter("plan", plan.id()).getResultList().forEach(i -> indicators.put(i.getCode(), i));
        List<Integer> years = read.years();
        Set<String> seen = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        for (ReadRow row : read.rows()) {
            Indicator indicator = indicators.get(row.code());
            if (indicator == null) {
                errors.add(new CellError(row.rowNumber(), "A", "monitoring.workbook.col.code",
                        "monitoring.workbook.unknownIndicator", "There is no indicator " + row.code(), row.code()));
                continue;
            }
            if (!seen.add(row.code())) {
                errors.add(new CellError(row.rowNumber(), "A", "monitoring.workbook.col.code",
                        "monitoring.workbook.duplicateRow", "Indicator " + row.code() + " appears twice", row.code()));
                continue;
            }
            for (int year : years) {
                String cell = IndicatorGridWorkbook.yearColumn(years, year);
                String uploaded = row.values().get(year);
                Original original = read.original(row.code(), year);
                if (Objects.equals(uploaded, original.value())) {
                    continue; // left as downloaded: nothing to do, whatever happened to it since
                }
                if (uploaded == null) {
                    errors.add(new CellError(row.rowNumber(), cell, YEAR_COLUMN, "monitoring.workbook.clearOnPage",
                            "A figure is removed on the page, with the reason, not by clearing its cell",
                            row.code(), year));
                    continue;
                }
                IndicatorObservation current = indicator.observationFor(year).orElse(null);
                Long currentVersion = current == null ? null : current.getVersion();
                if (!Objects.equals(currentVersion, original.version())) {
                    errors.add(new CellError(row.rowNumber(), cell, YEAR_COLUMN, "monitoring.workbook.conflict",
                            "Someone changed " + row.code() + " " + year + " since the download; download again",
                            row.code(), year));
                    continue;
                }
                boolean word = "true".equals(uploaded) || "false".equals(uploaded);
                BigDecimal value = word ? null : new BigDecimal(uploaded);
                Boolean met = word ? Boolean.valueOf(uploaded) : null;
                if (word && !indicator.isWordTarget()) {
                    errors.add(new CellError(row.rowNumber(), cell, YEAR_COLUMN, "monitoring.observation.metComputed",
                            "The target is a number: enter the value"));
                    continue;
                }
                if (!word && indicator.isWordTarget()) {
                    value = new BigDecimal(uploaded);
                    met = current == null ? null : current.getTargetMet();
                }
                String source = firstNonBlank(row.source(), current == null ? null : current.getSource());
                String evidence = firstNonBlank(row.evidence(), current == null ? null : current.getEvidence());
                String note = firstNonBlank(row.note(), current == null ? null : current.getNote());
                pending.add(new Pending(row, indicator, year, cell, new ObservedFigure(value, met, evidence, note),
                        source, current == null ? null : IndicatorGridWorkbook.canonical(current.getValue(),
                        current.getTargetMet()), uploaded));
            }
        }
        pending.sort(Comparator.comparing((Pending p) -> p.row().rowNumber()).thenComparingInt(Pending::year));
        List<CellChange> changes = new ArrayList<>();
        List<Pending> deferred = new ArrayList<>();
        for (Pending p : pending) {
            List<RuleViolation.Violation> problems = apply(p, changes);
            if (!problems.isEmpty()) {
                if (problems.stream().allMatch(v -> "monitoring.observation.cumulativeAbove".equals(v.messageKey()))) {
                    deferred.add(p); // a later year of the same upload may raise the running total: once more at the end
                } else {
                    problems.forEach(v -> errors.add(error(p, years, v)));
                }
            }
        }
        for (Pending p : deferred) {
            apply(p, changes).forEach(v -> errors.add(error(p, years, v)));
        }
        if (!errors.isEmpty() || dryRun) {
            transactions.setRollbackOnly(); // a preview, or refused: nothing of it is written
            errors.sort(Comparator.comparingInt(CellError::row).thenComparing(e -> String.valueOf(e.column())));
            changes.sort(Comparator.comparingInt(CellChange::row).thenComparingInt(CellChange::year));
            return new IndicatorGridImport(read.rows().size(), false, List.copyOf(changes), List.copyOf(errors));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            transactions.setRollbackOnly();
            return new IndicatorGridImport(read.rows().size(), false, List.of(), List.of(new CellError(0, null, null,
                    "monitoring.workbook.conflictAtSave", "Someone changed these figures while the upload ran; upload again")));
        }
        audit.event(IndicatorObservations.ENTITY, null, null, "monitoring.workbook.applied",
                changes.size() + " cells from the indicator workbook");
        changes.sort(Comparator.comparingInt(CellChange::row).thenComparingInt(CellChange::year));
        return new IndicatorGridImport(read.rows().size(), true, List.copyOf(changes), List.of());
    }

    /** Records one cell as PUT …/observations/{year} would (same checks, same audit); the problems, if any. */
    private List<RuleViolation.Violation> apply(Pending p, List<CellChange> changes) {
        IndicatorObservation existing = p.indicator().observationFor(p.year()).orElse(null);
        ObservedFigure before = existing == null ? null : existing.figure();
        String sourceBefore = existing == null ? null : existing.getSource();
        boolean sampleBefore = existing != null && existing.isSample();
        IndicatorObservation saved;
        try {
            saved = p.indicator().observe(p.year(), p.figure(), p.source(), currentUser.actorName(),
                    LocalDateTime.now(clock));
        } catch (RuleViolation violation) {
            return violation.getViolations();
        }
        observations.audited(p.indicator(), p.indicator().getCode(), p.year(), before, sourceBefore, sampleBefore, saved);
        changes.add(new CellChange(p.row().rowNumber(), p.cell() + p.row().rowNumber(), p.indicator().getCode(),
                p.year(), p.before(), p.after()));
        return List.of();
    }

    private static CellError error(Pending p, List<Integer> years, RuleViolation.Violation v) {
        String field = v.field() == null ? "" : v.field();
        String column = switch (field) {
            case "source" -> IndicatorGridWorkbook.sourceColumn(years);
            case "evidence" -> IndicatorGridWorkbook.evidenceColumn(years);
            case "note" -> IndicatorGridWorkbook.noteColumn(years);
            default -> p.cell();
        };
        String key = switch (field) {
            case "source", "evidence", "note" -> "monitoring.workbook.col." + field;
            default -> YEAR_COLUMN;
        };
        return new CellError(p.row().rowNumber(), column, key, v.messageKey(), v.english(), v.arguments());
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private record Pending(ReadRow row, Indicator indicator, int year, String cell, ObservedFigure figure,
                           String source, String before, String after) {
    }
}
