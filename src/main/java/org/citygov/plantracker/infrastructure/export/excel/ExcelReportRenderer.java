package org.citygov.plantracker.infrastructure.export.excel;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citygov.plantracker.application.reports.FinalEvaluation;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportContent.Bar;
import org.citygov.plantracker.application.reports.ReportContent.ChapterBlock;
import org.citygov.plantracker.application.reports.ReportContent.Counts;
import org.citygov.plantracker.application.reports.ReportContent.CurvePoint;
import org.citygov.plantracker.application.reports.ReportContent.DistrictBars;
import org.citygov.plantracker.application.reports.ReportContent.Header;
import org.citygov.plantracker.application.reports.ReportContent.IndicatorLine;
import org.citygov.plantracker.application.reports.ReportContent.LateProjectLine;
import org.citygov.plantracker.application.reports.ReportContent.ProgramBlock;
import org.citygov.plantracker.application.reports.ReportContent.ProjectLine;
import org.citygov.plantracker.application.reports.ReportContent.SectionText;
import org.citygov.plantracker.application.reports.ReportContent.SourceAmount;
import org.citygov.plantracker.application.reports.ReportContent.TargetLine;
import org.citygov.plantracker.application.reports.ReportContent.UnitLine;
import org.citygov.plantracker.application.reports.ReportFormat;
import org.citygov.plantracker.application.reports.ReportRenderer;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.infrastructure.export.ReportLabels;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The report as an Excel workbook (Apache POI): a summary, one sheet per table (targets with their
 * units, indicators, projects, late projects, narrative) with real numbers and dates, filters and
 * frozen headers, and native charts — required / delivered / forecast per 区县(市), the S-curve,
 * money by source. The sample label heads every sheet when the report holds sample data.
 */
@ApplicationScoped
public class ExcelReportRenderer implements ReportRenderer {

    /** Sheets in order; the round-trip test reads them back by these positions. */
    static final int SUMMARY = 0;
    static final int TARGETS = 1;
    static final int INDICATORS = 2;
    static final int PROJECTS = 3;

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void render(ReportContent content, Locale locale, OutputStream out, IntConsumer progress) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writer(workbook, new ReportLabels(locale), content, progress).write();
            workbook.write(out);
        }
    }

    private static final class Writer {
        private final XSSFWorkbook wb;
        private final ReportLabels l;
        private final ReportContent content;
        private final IntConsumer progress;
        private final CellStyle head;
        private final CellStyle title;
        private final CellStyle sample;
        private final CellStyle date;
        private final CellStyle number;
        private final CellStyle wrap;

        Writer(XSSFWorkbook wb, ReportLabels l, ReportContent content, IntConsumer progress) {
            this.wb = wb;
            this.l = l;
            this.content = content;
            this.progress = progress;
            Font bold = wb.createFont();
            bold.setBold(true);
            head = wb.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            head.setWrapText(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.RED.getIndex());
            sample = wb.createCellStyle();
            sample.setFont(red);
            date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            number = wb.createCellStyle();
            number.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.####"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }

        void write() {
            summary();
            progress.accept(15);
            targets();
            progress.accept(45);
            indicators();
            projects();
            progress.accept(65);
            lateProjects();
            narrative();
            finalEvaluation();
            charts();
            progress.accept(95);
        }

        private void summary() {
            Header h = content.header();
            XSSFSheet sheet = wb.createSheet(l.t("rpt.sheet.summary"));
            int r = 0;
            text(sheet.createRow(r++), 0, l.planTitle(h));
            Cell name = text(sheet.createRow(r++), 0, l.title(h));
            name.setCellStyle(title);
            if (h.sample()) {
                text(sheet.createRow(r++), 0, l.t("rpt.sampleLabel") + " — " + l.t("rpt.sampleNote")).setCellStyle(sample);
            }
            r++;
            if (h.fiscalYear() != null) {
                pair(sheet.createRow(r++), l.t("rpt.year"), h.fiscalYear());
            }
            Row asOf = sheet.createRow(r++);
            text(asOf, 0, l.t("rpt.asOf")).setCellStyle(head);
            date(asOf, 1, h.asOf());
            pair(sheet.createRow(r++), l.t("rpt.chapter"), h.chapterNo() == null ? l.t("rpt.allChapters") : h.chapterNo());
            pair(sheet.createRow(r++), l.t("rpt.district"),
                    h.districtCode() == null ? l.t("rpt.allDistricts") : l.pick(h.districtNameZh(), h.districtNameEn()));
            pair(sheet.createRow(r++), l.t("rpt.state"), h.stateFilter() == null ? l.t("rpt.allStates") : l.state(h.stateFilter()));
            pair(sheet.createRow(r++), l.t("rpt.generatedAt"), l.dateTime(h.generatedAt()));
            pair(sheet.createRow(r++), l.t("rpt.plan"), h.planCode() + " (" + h.planStartYear() + "–" + h.planEndYear() + ")");
            pair(sheet.createRow(r++), l.t("rpt.col.state"),
                    h.status() == ReportStatus.DRAFT ? l.t("rpt.draft") : l.t("rpt.published", h.revision(), l.dateTime(h.publishedAt())));
            if (!h.evaluated()) {
                text(sheet.createRow(r++), 0, l.t("rpt.notEvaluated")).setCellStyle(sample);
            }
            r++;
            Counts c = content.counts();
            text(sheet.createRow(r++), 0, l.t("rpt.countsSentence", c.indicatorsOnOrAbove(), c.indicatorTotal(),
                    c.bindingOnOrAbove(), c.bindingTotal(), c.targetsOnOrAbove(), c.targetTotal()));
            headers(sheet.createRow(r++), "rpt.col.class", "rpt.col.targets", "rpt.col.indicators", "rpt.col.binding");
            for (ProgressClass pc : ProgressClass.values()) {
                Row row = sheet.createRow(r++);
                text(row, 0, l.progress(pc));
                num(row, 1, c.targets(pc));
                num(row, 2, c.indicators(pc));
                num(row, 3, c.bindingIndicators().getOrDefault(pc, 0));
            }
            FinalEvaluation fe = content.finalEvaluation();
            if (fe != null) {
                r++;
                text(sheet.createRow(r++), 0, l.t("final.title")).setCellStyle(head);
                for (FinalEvaluation.Sentence s : fe.sentences()) {
                    text(sheet.createRow(r++), 0, l.sentence(s));
                }
            }
            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            sheet.setColumnWidth(3, 16 * 256);
        }

        private void targets() {
            XSSFSheet sheet = sheet("rpt.sheet.targets", "rpt.col.chapter", "rpt.col.program", "rpt.col.code",
                    "rpt.col.target", "rpt.col.promise", "rpt.col.deadline", "rpt.col.unit", "rpt.col.state",
                    "rpt.col.progress", "rpt.col.required", "rpt.col.delivered", "rpt.col.forecast", "rpt.col.shortfall",
                    "rpt.col.measureUnit", "rpt.col.causes", "rpt.col.uncovered");
            String whole = content.header().districtCode() == null ? l.t("rpt.allDistricts")
                    : l.pick(content.header().districtNameZh(), content.header().districtNameEn());
            int r = sheet.getLastRowNum() + 1;
            for (ChapterBlock chapter : content.chapters()) {
                for (ProgramBlock program : chapter.programs()) {
                    for (TargetLine t : program.targets()) {
                        Row row = sheet.createRow(r++);
                        num(row, 0, chapter.number());
                        text(row, 1, program.code() == null ? l.t("rpt.chapterText") : program.code());
                        text(row, 2, t.code());
                        text(row, 3, l.pick(t.descriptionZh(), t.descriptionEn()));
                        text(row, 4, t.promise());
                        if (t.deadline() != null) {
                            date(row, 5, t.deadline());
                        } else {
                            text(row, 5, t.deadlineText());
                        }
                        text(row, 6, whole);
                        text(row, 7, l.state(t.state()));
                        text(row, 8, l.progress(t.progress()));
                        num(row, 9, t.required());
                        num(row, 10, t.delivered());
                        num(row, 11, t.forecast());
                        num(row, 12, t.shortfall());
                        text(row, 13, t.unitOfMeasure());
                        text(row, 14, String.join("；", t.causes()));
                        text(row, 15, String.join("、", t.uncovered()));
                        for (UnitLine u : t.units()) {
                            Row unit = sheet.createRow(r++);
                            num(unit, 0, chapter.number());
                            text(unit, 1, program.code() == null ? l.t("rpt.chapterText") : program.code());
                            text(unit, 2, t.code());
                            text(unit, 6, l.pick(u.nameZh(), u.nameEn()));
                            text(unit, 7, l.state(u.state()));
                            num(unit, 9, u.required());
                            num(unit, 10, u.delivered());
                            num(unit, 11, u.forecast());
                            num(unit, 12, u.shortfall());
                            text(unit, 13, t.unitOfMeasure());
                            text(unit, 14, String.join("；", u.causes()));
                        }
                    }
                }
            }
            finish(sheet, 6, 10, 10, 50, 14, 11, 12, 10, 8, 11, 11, 11, 11, 10, 30, 30);
        }

        private void indicators() {
            XSSFSheet sheet = sheet("rpt.sheet.indicators", "rpt.col.code", "rpt.col.name", "rpt.col.measureUnit",
                    "rpt.col.baseline", "rpt.col.targetValue", "rpt.col.nature", "rpt.year", "rpt.col.latest",
                    "rpt.col.expected", "rpt.col.progress");
            int r = 1;
            for (IndicatorLine i : content.indicators()) {
                Row row = sheet.createRow(r++);
                text(row, 0, i.code());
                text(row, 1, l.pick(i.nameZh(), i.nameEn()));
                text(row, 2, i.unit());
                text(row, 3, i.baseline());
                text(row, 4, i.target());
                text(row, 5, i.binding() ? l.t("rpt.binding") : l.t("rpt.expectedNature"));
                if (i.latestYear() != null) {
                    num(row, 6, i.latestYear());
                }
                num(row, 7, i.latestValue());
                num(row, 8, i.expected());
                text(row, 9, l.progress(i.progress()));
            }
            finish(sheet, 9, 45, 8, 10, 10, 8, 8, 10, 10, 8);
        }

        private void projects() {
            XSSFSheet sheet = sheet("rpt.sheet.projects", "rpt.col.targets", "rpt.col.code", "rpt.col.name",
                    "rpt.col.stage", "rpt.col.place", "rpt.col.planned", "rpt.col.actual", "rpt.confirmed",
                    "rpt.col.measureUnit", "rpt.col.forecastFinish", "rpt.col.band", "rpt.sampleLabel");
            int r = 1;
            for (TargetLine t : content.targetLines()) {
                for (ProjectLine p : t.projects()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, t.code());
                    text(row, 1, p.code());
                    text(row, 2, l.pick(p.nameZh(), p.nameEn()));
                    text(row, 3, l.english() ? p.stage().en() : p.stage().zh());
                    text(row, 4, l.pick(p.placeZh(), p.placeEn()));
                    num(row, 5, p.planned());
                    num(row, 6, p.actual());
                    text(row, 7, p.confirmed() ? "✓" : "");
                    text(row, 8, p.unit());
                    date(row, 9, p.forecastFinish());
                    text(row, 10, l.band(p.band()));
                    text(row, 11, p.sample() ? l.t("rpt.sampleLabel") : "");
                }
            }
            finish(sheet, 10, 16, 36, 8, 12, 11, 11, 8, 8, 12, 10, 10);
        }

        private void lateProjects() {
            List<LateProjectLine> late = content.lateProjects();
            if (late.isEmpty()) {
                return;
            }
            XSSFSheet sheet = sheet("rpt.sheet.late", "rpt.col.code", "rpt.col.name", "rpt.col.place", "rpt.col.band",
                    "rpt.col.delay", "rpt.col.forecastFinish", "rpt.col.targets", "rpt.col.reasons");
            int r = 1;
            for (LateProjectLine p : late) {
                Row row = sheet.createRow(r++);
                text(row, 0, p.code());
                text(row, 1, l.pick(p.nameZh(), p.nameEn()));
                text(row, 2, l.pick(p.placeZh(), p.placeEn()));
                text(row, 3, l.band(p.band()));
                num(row, 4, p.delayDays());
                date(row, 5, p.forecastFinish());
                text(row, 6, String.join(", ", p.targetCodes()));
                text(row, 7, String.join("\n", p.reasons())).setCellStyle(wrap);
            }
            finish(sheet, 16, 36, 12, 10, 10, 12, 16, 60);
        }

        /** The final evaluation (总结评估): targets met or missed, indicators, unfinished projects (万元). */
        private void finalEvaluation() {
            FinalEvaluation fe = content.finalEvaluation();
            if (fe == null) {
                return;
            }
            XSSFSheet targets = sheet("final.sheet.targets", "rpt.col.chapter", "rpt.col.program", "rpt.col.code",
                    "rpt.col.target", "rpt.col.promise", "rpt.col.deadline", "rpt.col.unit", "final.col.outcome",
                    "rpt.col.required", "final.col.deliveredByDeadline", "final.col.deliveredByAsOf",
                    "rpt.col.shortfall", "final.col.stillExpected", "rpt.col.measureUnit", "final.col.causes");
            int r = 1;
            for (FinalEvaluation.FinalTarget t : fe.targets()) {
                Row row = targets.createRow(r++);
                num(row, 0, t.chapterNo());
                text(row, 1, t.programCode() == null ? l.t("rpt.chapterText") : t.programCode());
                text(row, 2, t.code());
                text(row, 3, l.pick(t.descriptionZh(), t.descriptionEn()));
                text(row, 4, t.promise());
                date(row, 5, t.deadline());
                text(row, 6, l.t("rpt.allDistricts"));
                text(row, 7, l.outcome(t.outcome()));
                num(row, 8, t.required());
                num(row, 9, t.delivered());
                num(row, 10, t.deliveredByAsOf());
                num(row, 11, t.shortfall());
                num(row, 12, t.stillExpected());
                text(row, 13, l.unit(t.unit()));
                text(row, 14, String.join("；", t.causes().stream().map(c -> c.projectCode() + " "
                        + l.pick(c.nameZh(), c.nameEn())).toList()));
                for (FinalEvaluation.UnitOutcome u : t.units()) {
                    Row unit = targets.createRow(r++);
                    num(unit, 0, t.chapterNo());
                    text(unit, 1, t.programCode() == null ? l.t("rpt.chapterText") : t.programCode());
                    text(unit, 2, t.code());
                    text(unit, 6, l.pick(u.nameZh(), u.nameEn()));
                    text(unit, 7, l.outcome(u.outcome()));
                    num(unit, 8, u.required());
                    num(unit, 9, u.delivered());
                    num(unit, 10, u.deliveredByAsOf());
                    num(unit, 11, u.shortfall());
                    text(unit, 13, l.unit(t.unit()));
                    text(unit, 14, String.join("；", u.causes().stream().map(c -> c.projectCode() + " "
                            + l.pick(c.nameZh(), c.nameEn())).toList()));
                }
            }
            finish(targets, 6, 10, 10, 50, 14, 11, 12, 10, 10, 11, 11, 10, 11, 10, 40);

            XSSFSheet indicators = sheet("final.sheet.indicators", "rpt.col.code", "rpt.col.name", "rpt.col.nature",
                    "rpt.col.measureUnit", "rpt.col.baseline", "rpt.col.targetValue", "rpt.year", "final.col.value",
                    "final.col.outcome");
            r = 1;
            for (FinalEvaluation.FinalIndicator i : fe.indicators()) {
                Row row = indicators.createRow(r++);
                text(row, 0, i.code());
                text(row, 1, l.pick(i.nameZh(), i.nameEn()));
                text(row, 2, i.binding() ? l.t("rpt.binding") : l.t("rpt.expectedNature"));
                text(row, 3, l.unit(i.unit()));
                text(row, 4, i.baseline());
                text(row, 5, i.target());
                num(row, 6, i.year());
                if (i.met() != null) {
                    text(row, 7, l.t(i.met() ? "final.wordMet" : "final.wordNotMet"));
                } else {
                    num(row, 7, i.value());
                }
                text(row, 8, l.outcome(i.outcome()));
            }
            finish(indicators, 9, 45, 8, 10, 10, 10, 8, 12, 10);

            XSSFSheet unfinished = sheet("final.sheet.unfinished", "rpt.col.code", "rpt.col.name", "rpt.col.place",
                    "final.col.program", "final.col.stageAtEnd", "rpt.col.stage", "final.col.total", "final.col.done",
                    "final.col.remaining", "rpt.col.forecastFinish", "final.finishedOn", "final.col.outputs",
                    "rpt.sampleLabel");
            r = 1;
            for (FinalEvaluation.UnfinishedProject p : fe.unfinished()) {
                Row row = unfinished.createRow(r++);
                text(row, 0, p.code());
                text(row, 1, l.pick(p.nameZh(), p.nameEn()));
                text(row, 2, l.pick(p.placeZh(), p.placeEn()));
                text(row, 3, p.programCode());
                text(row, 4, l.stage(p.stageAtEnd()));
                text(row, 5, l.stage(p.stage()));
                num(row, 6, wan(p.totalInvestment()));
                num(row, 7, wan(p.investmentDone()));
                num(row, 8, wan(p.remainingInvestment()));
                date(row, 9, p.forecastFinish());
                date(row, 10, p.finishedOn());
                text(row, 11, String.join("；", p.outputs().stream().map(o -> o.targetCode() + l.colon()
                        + l.number(o.quantity()) + " " + l.unit(o.unit())).toList()));
                text(row, 12, p.sample() ? l.t("rpt.sampleLabel") : "");
            }
            finish(unfinished, 16, 36, 12, 8, 10, 10, 12, 12, 12, 12, 12, 30, 10);
        }

        private static BigDecimal wan(BigDecimal yuan) {
            return yuan == null ? null : org.citygov.plantracker.domain.model.shared.Money.toWanYuan(yuan);
        }

        private void narrative() {
            List<SectionText> sections = content.sections();
            if (sections.isEmpty()) {
                return;
            }
            XSSFSheet sheet = sheet("rpt.sheet.narrative", "rpt.col.section", "rpt.col.text");
            int r = 1;
            for (SectionText s : sections) {
                Row row = sheet.createRow(r++);
                text(row, 0, l.section(s.key()));
                text(row, 1, s.body() == null ? l.t("rpt.blankSection") : s.body()).setCellStyle(wrap);
            }
            finish(sheet, 20, 100);
        }

        private void charts() {
            ReportContent.Charts charts = content.charts();
            if (!charts.districtBars().isEmpty()) {
                XSSFSheet sheet = wb.createSheet(l.t("rpt.sheet.charts"));
                int r = label(sheet);
                for (DistrictBars bars : charts.districtBars()) {
                    int first = r;
                    headers(sheet.createRow(r++), "rpt.col.unit", "rpt.series.required", "rpt.series.delivered",
                            "rpt.series.forecast");
                    for (Bar b : bars.bars()) {
                        Row row = sheet.createRow(r++);
                        text(row, 0, l.pick(b.nameZh(), b.nameEn()));
                        num(row, 1, b.required());
                        num(row, 2, b.delivered());
                        num(row, 3, b.forecast());
                    }
                    int height = Math.max(18, bars.bars().size() + 2);
                    barChart(sheet, first, r - 1, 5, first, 17, first + height,
                            l.t("rpt.chart.district", bars.targetCode()) + (bars.unit() == null ? "" : "（" + l.unit(bars.unit()) + "）"),
                            List.of(PresetColor.GRAY, PresetColor.FOREST_GREEN, PresetColor.ROYAL_BLUE));
                    r = Math.max(r, first + height) + 2;
                }
                sheet.setColumnWidth(0, 16 * 256);
            }
            if (!charts.sCurve().isEmpty()) {
                XSSFSheet sheet = wb.createSheet(l.t("rpt.sheet.curve"));
                int first = label(sheet);
                headers(sheet.createRow(first), "rpt.col.month", "rpt.series.planned", "rpt.series.actual", "rpt.series.forecast");
                int r = first + 1;
                for (CurvePoint p : charts.sCurve()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, p.month().toString().substring(0, 7));
                    num(row, 1, p.planned());
                    num(row, 2, p.actual());
                    num(row, 3, p.forecast());
                }
                lineChart(sheet, first, r - 1, 5, first, 20, first + 24, l.t("rpt.chart.scurve"));
            }
            if (!charts.funding().isEmpty()) {
                XSSFSheet sheet = wb.createSheet(l.t("rpt.sheet.funding"));
                int first = label(sheet);
                headers(sheet.createRow(first), "rpt.col.source", "rpt.series.requested", "rpt.series.approved",
                        "rpt.series.disbursed");
                int r = first + 1;
                for (SourceAmount s : charts.funding()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, l.pick(s.nameZh(), s.nameEn()));
                    num(row, 1, Money.toWanYuan(s.requested()));
                    num(row, 2, Money.toWanYuan(s.approved()));
                    num(row, 3, Money.toWanYuan(s.disbursed()));
                }
                barChart(sheet, first, r - 1, 5, first, 17, first + 20, l.t("rpt.chart.funding"),
                        List.of(PresetColor.GRAY, PresetColor.ROYAL_BLUE, PresetColor.FOREST_GREEN));
                sheet.setColumnWidth(0, 24 * 256);
            }
        }

        /** A clustered column chart of columns B–D over the rows below a header row. */
        private void barChart(XSSFSheet sheet, int headerRow, int lastRow, int col1, int row1, int col2, int row2,
                              String chartTitle, List<PresetColor> colours) {
            XSSFChart chart = chart(sheet, col1, row1, col2, row2, chartTitle);
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = valueAxis(chart);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
            data.setBarDirection(BarDirection.COL);
            series(sheet, data, headerRow, lastRow, colours, false);
            chart.plot(data);
        }

        private void lineChart(XSSFSheet sheet, int headerRow, int lastRow, int col1, int row1, int col2, int row2,
                               String chartTitle) {
            XSSFChart chart = chart(sheet, col1, row1, col2, row2, chartTitle);
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = valueAxis(chart);
            y.setMinimum(0);
            y.setMaximum(100);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
            series(sheet, data, headerRow, lastRow, List.of(PresetColor.GRAY, PresetColor.FOREST_GREEN, PresetColor.ROYAL_BLUE), true);
            chart.plot(data);
        }

        /** A value axis on the left with its numbers and grid lines. */
        private static XDDFValueAxis valueAxis(XSSFChart chart) {
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            y.setCrossBetween(AxisCrossBetween.BETWEEN);
            y.setVisible(true);
            y.getOrAddMajorGridProperties().setLineProperties(
                    new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY))));
            return y;
        }

        private XSSFChart chart(XSSFSheet sheet, int col1, int row1, int col2, int row2, String chartTitle) {
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(chartTitle);
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.TOP);
            // months after the report's date have no actual value: a gap, not a drop to zero
            chart.displayBlanksAs(DisplayBlanks.GAP);
            return chart;
        }

        private void series(XSSFSheet sheet, XDDFChartData data, int headerRow, int lastRow, List<PresetColor> colours,
                            boolean line) {
            XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(headerRow + 1, lastRow, 0, 0));
            for (int col = 1; col <= 3; col++) {
                XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(headerRow + 1, lastRow, col, col));
                XDDFChartData.Series s = data.addSeries(categories, values);
                s.setTitle(sheet.getRow(headerRow).getCell(col).getStringCellValue(),
                        new CellReference(sheet.getSheetName(), headerRow, col, true, true));
                XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(colours.get(col - 1)));
                XDDFShapeProperties shape = new XDDFShapeProperties();
                if (line) {
                    XDDFLineProperties stroke = new XDDFLineProperties(fill);
                    stroke.setWidth(2.0);
                    shape.setLineProperties(stroke);
                    ((XDDFLineChartData.Series) s).setMarkerStyle(MarkerStyle.NONE);
                    ((XDDFLineChartData.Series) s).setSmooth(false);
                } else {
                    shape.setFillProperties(fill);
                }
                s.setShapeProperties(shape);
            }
        }

        /** The sample label on top of a sheet that carries data, when the report holds sample data. */
        private int label(XSSFSheet sheet) {
            if (!content.header().sample()) {
                return 0;
            }
            text(sheet.createRow(0), 0, l.t("rpt.sampleLabel")).setCellStyle(sample);
            return 1;
        }

        private XSSFSheet sheet(String nameKey, String... headerKeys) {
            XSSFSheet sheet = wb.createSheet(l.t(nameKey));
            headers(sheet.createRow(0), headerKeys);
            if (content.header().sample()) {
                Cell label = sheet.getRow(0).createCell(headerKeys.length + 1);
                label.setCellValue(l.t("rpt.sampleLabel"));
                label.setCellStyle(sample);
            }
            return sheet;
        }

        private void finish(XSSFSheet sheet, int... widths) {
            int columns = widths.length;
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
        }

        private void headers(Row row, String... keys) {
            for (int i = 0; i < keys.length; i++) {
                text(row, i, l.t(keys[i])).setCellStyle(head);
            }
        }

        private void pair(Row row, String label, Object value) {
            text(row, 0, label).setCellStyle(head);
            if (value instanceof Number n) {
                num(row, 1, n);
            } else {
                text(row, 1, String.valueOf(value));
            }
        }

        private Cell text(Row row, int col, String value) {
            Cell cell = row.createCell(col);
            cell.setCellValue(value == null ? "" : value);
            return cell;
        }

        private void num(Row row, int col, Number value) {
            if (value == null) {
                return;
            }
            Cell cell = row.createCell(col);
            cell.setCellValue(value instanceof BigDecimal b ? b.doubleValue() : value.doubleValue());
            cell.setCellStyle(number);
        }

        private void date(Row row, int col, LocalDate value) {
            if (value == null) {
                return;
            }
            Cell cell = row.createCell(col);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
