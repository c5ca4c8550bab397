package org.citygov.plantracker.interfaces.web.offices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.offices.BaselineComparison;
import org.citygov.plantracker.application.offices.MilestoneProgress;
import org.citygov.plantracker.application.offices.MilestoneUpdate;
import org.citygov.plantracker.application.offices.MilestoneView;
import org.citygov.plantracker.application.offices.MonthlyReports;
import org.citygov.plantracker.application.offices.OfficeProjects;
import org.citygov.plantracker.application.offices.ProjectHistory;
import org.citygov.plantracker.application.offices.RebaselineView;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.citygov.plantracker.application.offices.ReportOverview;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.FailureMessages;
import org.primefaces.event.RowEditEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The offices' part of the project page (projects/project.xhtml?code=…): inline milestone editing,
 * the schedule chart (baseline vs forecast), monthly reports, baselines and the history tab. Edit
 * controls show only to those who may edit; every save is checked again by the services.
 */
@Named
@ViewScoped
public class ProjectOfficeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfficeProjects projects;

    @Inject
    private Clock clock;

    @Inject
    private MilestoneProgress progress;

    @Inject
    private ProjectHistory projectHistory;

    @Inject
    private MonthlyReports monthlyReports;

    @Inject
    private Rebaselining rebaselining;

    private String code;
    private boolean canEdit;
    private List<MilestoneEdit> milestones = List.of();
    private List<HistoryRow> history = List.of();
    private ReportOverview reports;
    private BaselineComparison baselines;
    private List<RebaselineView> requests = List.of();
    private TimelineModel<String, String> timeline;

    @PostConstruct
    void init() {
        code = OfficePages.parameter("code");
        if (code != null) {
            load();
        }
    }

    private void load() {
        canEdit = projects.canEdit(code);
        milestones = progress.milestones(code).stream().map(MilestoneEdit::new).toList();
        reports = monthlyReports.overview(code);
        baselines = rebaselining.baselines(code);
        requests = rebaselining.requests(code);
        loadHistory();
        timeline = timeline(baselines, OfficePages.locale());
    }

    private void loadHistory() {
        Locale locale = OfficePages.locale();
        history = projectHistory.of(code).stream().map(e -> HistoryRow.of(e, locale)).toList();
    }

    /**
     * Row editor "save": the service checks access, version and rules; a conflict reloads the row, a
     * refusal keeps what was typed (the message is at the field), a save that changes nothing says 未修改.
     */
    public void saveMilestone(RowEditEvent<MilestoneEdit> event) {
        MilestoneEdit row = event.getObject();
        if (row.isUnchanged()) {
            OfficePages.info("offices.milestone.unchanged", Texts.english(OfficePages.locale()) && row.getNameEn() != null
                    ? row.getNameEn() : row.getNameZh());
            return;
        }
        try {
            MilestoneView saved = progress.update(new MilestoneUpdate(code, row.getId(), row.getVersion(),
                    row.getPercentComplete(), row.getForecast(), row.getActual(), row.getNote()));
            replace(new MilestoneEdit(saved));
            OfficePages.info("offices.milestone.saved", Texts.english(OfficePages.locale()) && saved.nameEn() != null
                    ? saved.nameEn() : saved.nameZh());
            refreshAfterChange();
        } catch (ConcurrentEditException conflict) {
            // nothing was saved: show what the other person saved (the row leaves edit mode with it)
            // and say so; the user redoes the change on top of it
            load();
            FailureMessages.of(conflict, OfficePages.locale()).ifPresent(failure -> OfficePages.faces().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, failure.summary(), "")));
        } catch (RuntimeException refused) {
            // the row stays in edit mode with what the user typed; each message goes to its field in that row
            java.util.Optional<FailureMessages.Failure> failure = FailureMessages.of(refused, OfficePages.locale());
            if (failure.isEmpty() || failure.get().status() != 400) {
                throw refused;
            }
            jakarta.faces.context.FacesContext faces = OfficePages.faces();
            String rowId = event.getComponent().getClientId(faces).replaceFirst(":\\d+$", "") + ":" + milestones.indexOf(row) + ":";
            failure.get().lines().forEach(line -> faces.addMessage(line.field() == null ? null : rowId + line.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, line.text(), null)));
            faces.validationFailed();
        }
    }

    /** Row editor "cancel": back to the stored values. */
    public void cancelMilestone(RowEditEvent<MilestoneEdit> event) {
        reloadRow(event.getObject().getId());
    }

    private void refreshAfterChange() {
        baselines = rebaselining.baselines(code);
        timeline = timeline(baselines, OfficePages.locale());
        loadHistory();
    }

    private void reloadRow(Long id) {
        progress.milestones(code).stream().filter(m -> m.id().equals(id)).findFirst()
                .ifPresent(m -> replace(new MilestoneEdit(m)));
    }

    private void replace(MilestoneEdit fresh) {
        List<MilestoneEdit> rows = new ArrayList<>(milestones);
        rows.replaceAll(m -> m.getId().equals(fresh.getId()) ? fresh : m);
        milestones = rows;
    }

    /**
     * The Gantt: per milestone a grey bar for the current baseline and a coloured one for the
     * forecast (green done, amber late, blue on track), each from the previous milestone's date; a
     * diamond where the original baseline differs; a top row with the plan's deadline.
     */
    static TimelineModel<String, String> timeline(BaselineComparison b, Locale locale) {
        TimelineModel<String, String> model = new TimelineModel<>();
        if (b == null) {
            return model;
        }
        boolean english = Texts.english(locale);
        model.addGroup(new TimelineGroup<>("plan", Texts.get(locale, "offices.gantt.plan"), 0));
        if (b.planDeadline() != null) {
            model.add(TimelineEvent.<String>builder().data(Texts.get(locale, "offices.gantt.planDeadline"))
                    .startDate(b.planDeadline()).group("plan").styleClass("pt-tl-deadline")
                    .title(Texts.get(locale, "offices.gantt.planDeadline") + " " + b.planDeadline()).build());
        }
        if (b.plannedFinish() != null) {
            model.add(TimelineEvent.<String>builder().data(Texts.get(locale, "offices.gantt.plannedFinish"))
                    .startDate(b.plannedFinish()).group("plan").styleClass("pt-tl-finish")
                    .title(Texts.get(locale, "offices.gantt.plannedFinish") + " " + b.plannedFinish()).build());
        }
        // the first milestone's bars start at the project's planned start
        LocalDate previousBaseline = b.plannedStart();
        LocalDate previousExpected = b.plannedStart();
        int order = 1;
        for (BaselineComparison.MilestoneDates m : b.milestones()) {
            String group = "m" + m.id();
            String name = english && m.nameEn() != null ? m.nameEn() : m.nameZh();
            model.addGroup(new TimelineGroup<>(group, m.seqNo() + ". " + name, order++));
            LocalDate expected = m.actual() != null ? m.actual() : m.forecast() != null ? m.forecast() : m.current();
            if (m.current() != null) {
                bar(model, group, previousBaseline, m.current(), "pt-tl-baseline",
                        Texts.get(locale, "offices.gantt.baseline") + " " + m.current());
            }
            if (expected != null) {
                String style = m.actual() != null ? "pt-tl-done"
                        : m.current() != null && expected.isAfter(m.current()) ? "pt-tl-late" : "pt-tl-forecast";
                String label = Texts.get(locale, m.actual() != null ? "offices.gantt.actual" : "offices.gantt.forecast")
                        + " " + expected;
                bar(model, group, previousExpected, expected, style, label);
            }
            if (m.original() != null && !m.original().equals(m.current())) {
                model.add(TimelineEvent.<String>builder().data("◆").startDate(m.original()).group(group)
                        .styleClass("pt-tl-original").type("point")
                        .title(Texts.get(locale, "offices.gantt.original") + " " + m.original()).build());
            }
            previousBaseline = m.current() != null ? m.current() : previousBaseline;
            previousExpected = expected != null ? expected : previousExpected;
        }
        return model;
    }

    private static void bar(TimelineModel<String, String> model, String group, LocalDate from, LocalDate to,
                            String style, String label) {
        TimelineEvent.Builder<String> event = TimelineEvent.<String>builder().data(label).group(group)
                .styleClass(style).title(label);
        if (from != null && from.isBefore(to)) {
            event.startDate(from).endDate(to);
        } else {
            event.startDate(to).type("point");
        }
        model.add(event.build());
    }

    /** The timeline's window: a little before the first date to a little after the last. */
    public LocalDateTime getTimelineStart() {
        return dates().min(Comparator.naturalOrder()).map(d -> d.minusMonths(1)).orElse(getToday()).atStartOfDay();
    }

    public LocalDateTime getTimelineEnd() {
        return dates().max(Comparator.naturalOrder()).map(d -> d.plusMonths(2)).orElse(getToday().plusYears(1))
                .atStartOfDay();
    }

    private Stream<LocalDate> dates() {
        if (baselines == null) {
            return Stream.empty();
        }
        return Stream.concat(
                baselines.milestones().stream().flatMap(m -> Stream.of(m.original(), m.current(), m.forecast(),
                        m.actual())),
                Stream.of(baselines.planDeadline(), baselines.plannedFinish()))
                .filter(Objects::nonNull);
    }

    public boolean isPendingRebaseline() {
        return requests.stream().anyMatch(r -> r.status() == RebaselineStatus.PENDING);
    }

    /** "缺报 3 个月，迟报 1 个月". */
    public String getReportSummary() {
        return reports == null ? "" : OfficePages.text("offices.report.missingLate", reports.missing(), reports.late());
    }

    public String getCode() { return code; }
    public boolean isCanEdit() { return canEdit; }
    public List<MilestoneEdit> getMilestones() { return milestones; }
    public List<HistoryRow> getHistory() { return history; }
    public ReportOverview getReports() { return reports; }
    public BaselineComparison getBaselines() { return baselines; }
    public List<RebaselineView> getRequests() { return requests; }
    public TimelineModel<String, String> getTimeline() { return timeline; }
    public LocalDate getToday() { return LocalDate.now(clock); }
}
