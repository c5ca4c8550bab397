package org.citygov.plantracker.interfaces.web.offices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.offices.EvidenceUpload;
import org.citygov.plantracker.application.offices.MonthlyReports;
import org.citygov.plantracker.application.offices.ReportOverview;
import org.citygov.plantracker.application.offices.ReportSubmission;
import org.citygov.plantracker.application.offices.MonthlyReportView;
import org.citygov.plantracker.application.project.ProjectDetail;
import org.citygov.plantracker.application.project.ProjectQueries;
import org.citygov.plantracker.domain.model.progress.CoordinationRequest;
import org.citygov.plantracker.domain.model.progress.MonthlyReportContent;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The monthly report form (offices/report.xhtml?code=…): 月度调度 with amounts in 万元, physical
 * progress, problems, coordination requests to departments and evidence files. The project the
 * form files for travels with the form; the service decides whether the user may file for it.
 */
@Named
@ViewScoped
public class ProgressReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Inject
    private MonthlyReports reports;

    @Inject
    private Clock clock;

    @Inject
    private ProjectQueries projectQueries;

    private String code;
    private ProjectDetail project;
    private ReportOverview overview;
    private List<SelectItem> months = List.of();
    private String month;
    private BigDecimal investmentThisMonth;
    private BigDecimal cumulativeInvestment;
    private String correctionNote;
    private BigDecimal physicalProgress;
    private String problems;
    private List<CoordinationLine> coordination = new ArrayList<>();
    private transient UploadedFiles files;

    /** One coordination request being written. */
    public static class CoordinationLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String department;
        private String request;

        public String getDepartment() { return department; }
        public void setDepartment(String department) { this.department = department; }
        public String getRequest() { return request; }
        public void setRequest(String request) { this.request = request; }
    }

    @PostConstruct
    void init() {
        code = OfficePages.parameter("code");
        if (code == null) {
            return;
        }
        project = projectQueries.detail(code);
        overview = reports.overview(code);
        months = openMonths();
        YearMonth current = YearMonth.now(clock);
        // last month first while it is not filed (it is due by report.dueDay of this month), else this month
        month = months.stream().map(item -> (String) item.getValue())
                .filter(m -> m.equals(current.minusMonths(1).toString())).findFirst()
                .orElse(months.isEmpty() ? current.toString() : (String) months.get(0).getValue());
        coordination.add(new CoordinationLine());
    }

    /**
     * The months without a report, in the order of {@link org.citygov.plantracker.domain.service.ReportingCalendar#monthsToOffer}:
     * every month the calendar wants (缺报, 待报) first, all of them, then the other unfiled months of the last
     * year (issue 16 item 16: a project missing 21 months was offered only 13).
     */
    private List<SelectItem> openMonths() {
        List<YearMonth> filed = overview.reports().stream().map(r -> YearMonth.parse(r.month())).toList();
        List<org.citygov.plantracker.domain.service.ReportingCalendar.MonthStatus> calendar = overview.calendar().stream()
                .map(c -> new org.citygov.plantracker.domain.service.ReportingCalendar.MonthStatus(
                        YearMonth.parse(c.month()), c.due(), c.status(), c.filedOn())).toList();
        List<SelectItem> items = new ArrayList<>();
        for (YearMonth m : org.citygov.plantracker.domain.service.ReportingCalendar.monthsToOffer(
                YearMonth.now(clock), calendar, filed)) {
            String status = overview.calendar().stream().filter(c -> c.month().equals(m.toString())).findFirst()
                    .map(c -> " · " + OfficePages.text("enum.Status." + c.status().name())).orElse("");
            items.add(new SelectItem(m.toString(), monthLabel(m) + status));
        }
        return items;
    }

    static String monthLabel(YearMonth m) {
        return Texts.english(OfficePages.locale())
                ? m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear()
                : m.getYear() + "年" + m.getMonthValue() + "月";
    }

    public void addCoordination() {
        coordination.add(new CoordinationLine());
    }

    public void removeCoordination(CoordinationLine line) {
        coordination.remove(line);
    }

    /** Files the report (with the chosen files); back to the project page on success. */
    public String submit() {
        List<EvidenceUpload> evidence = new ArrayList<>();
        if (files != null) {
            for (UploadedFile file : files.getFiles()) {
                if (file.getSize() > 0 || (file.getFileName() != null && !file.getFileName().isBlank())) {
                    evidence.add(new EvidenceUpload(file.getFileName(), file.getContent()));
                }
            }
        }
        MonthlyReportView filed = reports.submit(new ReportSubmission(code, new MonthlyReportContent(parseMonth(),
                yuan(investmentThisMonth), yuan(cumulativeInvestment), correctionNote, physicalProgress, problems,
                coordination.stream().map(c -> new CoordinationRequest(c.getDepartment(), c.getRequest())).toList()),
                evidence));
        OfficePages.info("offices.report.filedMessage", filed.month(), filed.evidence().size());
        return "/projects/project?faces-redirect=true&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private YearMonth parseMonth() {
        try {
            return month == null ? null : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("month", "report.monthFormat", "The month is written yyyy-MM", month);
        }
    }

    private static BigDecimal yuan(BigDecimal wan) {
        return wan == null ? null : wan.multiply(TEN_THOUSAND);
    }

    /** The cumulative investment of the latest report, as a hint (万元 shown by the page). */
    public BigDecimal getPreviousCumulative() {
        return overview == null ? null : overview.reports().stream().max(Comparator.comparing(MonthlyReportView::month))
                .map(MonthlyReportView::cumulativeInvestment).orElse(null);
    }

    public String getPreviousMonth() {
        return overview == null ? null : overview.reports().stream().map(MonthlyReportView::month)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ProjectDetail getProject() { return project; }
    public ReportOverview getOverview() { return overview; }
    public List<SelectItem> getMonths() { return months; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public BigDecimal getInvestmentThisMonth() { return investmentThisMonth; }
    public void setInvestmentThisMonth(BigDecimal v) { this.investmentThisMonth = v; }
    public BigDecimal getCumulativeInvestment() { return cumulativeInvestment; }
    public void setCumulativeInvestment(BigDecimal v) { this.cumulativeInvestment = v; }
    public String getCorrectionNote() { return correctionNote; }
    public void setCorrectionNote(String correctionNote) { this.correctionNote = correctionNote; }
    public BigDecimal getPhysicalProgress() { return physicalProgress; }
    public void setPhysicalProgress(BigDecimal physicalProgress) { this.physicalProgress = physicalProgress; }
    public String getProblems() { return problems; }
    public void setProblems(String problems) { this.problems = problems; }
    public List<CoordinationLine> getCoordination() { return coordination; }
    public UploadedFiles getFiles() { return files; }
    public void setFiles(UploadedFiles files) { this.files = files; }
}
