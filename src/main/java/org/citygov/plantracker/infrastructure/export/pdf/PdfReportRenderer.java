package org.citygov.plantracker.infrastructure.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.citygov.plantracker.application.reports.FinalEvaluation;
import org.citygov.plantracker.application.reports.RenderingException;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportContent.ChapterBlock;
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
import org.citygov.plantracker.application.reports.ReportFormat;
import org.citygov.plantracker.application.reports.ReportRenderer;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.infrastructure.export.ReportLabels;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The report as a PDF (OpenPDF, A4 landscape) with the CJK font embedded: cover, counts, narrative,
 * charts, indicators, then chapter by chapter and program by program every target with its
 * promise, status, figures, units and projects; the late projects last. Every page carries the
 * sample label when the report holds sample data. Status is shown in words and colour.
 */
@ApplicationScoped
public class PdfReportRenderer implements ReportRenderer {

    static final Color RED = new Color(0xc6, 0x28, 0x28);
    static final Color AMBER = new Color(0xef, 0x6c, 0x00);
    static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    static final Color BLUE = new Color(0x15, 0x65, 0xc0);
    static final Color GREY = new Color(0x9e, 0x9e, 0x9e);
    private static final Color HEAD = new Color(0xec, 0xef, 0xf1);
    private static final Color UNIT_ROW = new Color(0xfa, 0xfa, 0xfa);
    private static final int MAX_PROJECTS_IN_CELL = 12;

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void render(ReportContent content, Locale locale, OutputStream out, IntConsumer progress) throws IOException {
        CjkFont font = CjkFont.get();
        ReportLabels l = new ReportLabels(locale);
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 40, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(font.regular(), l, content.header()));
            document.addTitle(l.title(content.header()));
            document.addSubject(l.planTitle(content.header()));
            document.addCreator("plan-tracker");
            document.open();
            new Writer(document, writer, font, l, content, progress).write();
            document.close();
        } catch (DocumentException e) {
            throw new RenderingException("report.jobFailed", "The PDF could not be written: " + e.getMessage(), e);
        }
    }

    /** One document being written. */
    private static final class Writer {
        private final Document doc;
        private final PdfWriter pdf;
        private final BaseFont regular;
        private final ReportLabels l;
        private final ReportContent content;
        private final IntConsumer progress;
        private final Font title;
        private final Font h1;
        private final Font h2;
        private final Font body;
        private final Font cell;
        private final Font cellBold;
        private final Font small;

        Writer(Document doc, PdfWriter pdf, CjkFont font, ReportLabels l, ReportContent content, IntConsumer progress) {
            this.doc = doc;
            this.pdf = pdf;
            this.regular = font.regular();
            this.l = l;
            this.content = content;
            this.progress = progress;
            this.title = new Font(font.bold(), 20);
            this.h1 = new Font(font.bold(), 14);
            this.h2 = new Font(font.bold(), 11);
            this.body = new Font(font.regular(), 10);
            this.cell = new Font(font.regular(), 7.5f);
            this.cellBold = new Font(font.bold(), 7.5f);
            this.small = new Font(font.regular(), 7f, Font.NORMAL, new Color(0x55, 0x55, 0x55));
        }

        void write() throws DocumentException {
            cover();
            progress.accept(10);
            counts();
            narrative();
            finalEvaluation();
            progress.accept(20);
            charts();
            progress.accept(35);
            indicators();
            progress.accept(40);
            chapters();
            lateProjects();
            progress.accept(98);
        }

        private void cover() throws DocumentException {
            Header h = content.header();
            doc.add(paragraph(l.planTitle(h), body, 0, 6));
            doc.add(paragraph(l.title(h), title, 0, 10));
            if (h.sample()) {
                PdfPTable label = new PdfPTable(1);
                label.setWidthPercentage(100);
                PdfPCell c = new PdfPCell(new Phrase(l.t("rpt.sampleLabel") + " — " + l.t("rpt.sampleNote"),
                        new Font(h1.getBaseFont(), 11, Font.NORMAL, Color.WHITE)));
                c.setBackgroundColor(RED);
                c.setPadding(6);
                c.setBorder(Rectangle.NO_BORDER);
                label.addCell(c);
                label.setSpacingAfter(8);
                doc.add(label);
            }
            List<String[]> facts = new ArrayList<>();
            if (h.fiscalYear() != null) {
                facts.add(new String[]{l.t("rpt.year"), String.valueOf(h.fiscalYear())});
            }
            facts.add(new String[]{l.t("rpt.asOf"), l.date(h.asOf())});
            facts.add(new String[]{l.t("rpt.filters"), filters(h)});
            facts.add(new String[]{l.t("rpt.generatedAt"), l.dateTime(h.generatedAt())});
            facts.add(new String[]{l.t("rpt.state"), statusLine(h)});
            PdfPTable table = new PdfPTable(new float[]{1, 5});
            table.setWidthPercentage(70);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (String[] fact : facts) {
                table.addCell(plain(fact[0], cellBold));
                table.addCell(plain(fact[1], cell));
            }
            doc.add(table);
            if (!h.evaluated()) {
                doc.add(paragraph(l.t("rpt.notEvaluated"), new Font(regular, 9, Font.NORMAL, AMBER), 8, 0));
            }
        }

        private String filters(Header h) {
            String chapter = h.chapterNo() == null ? l.t("rpt.allChapters") : l.t("rpt.chapter") + " " + h.chapterNo();
            String district = h.districtCode() == null ? l.t("rpt.allDistricts") : l.pick(h.districtNameZh(), h.districtNameEn());
            String state = h.stateFilter() == null ? l.t("rpt.allStates") : l.state(h.stateFilter());
            return chapter + " · " + district + " · " + state;
        }

        private String statusLine(Header h) {
            if (h.status() == ReportStatus.PUBLISHED || h.status() == ReportStatus.SUPERSEDED) {
                return l.t("rpt.published", h.revision(), l.dateTime(h.publishedAt()));
            }
            return l.t("rpt.draft");
        }

        private void counts() throws DocumentException {
            Counts c = content.counts();
            doc.add(paragraph(l.t("rpt.counts"), h1, 14, 6));
            doc.add(paragraph(l.t("rpt.countsSentence", c.indicatorsOnOrAbove(), c.indicatorTotal(),
                    c.bindingOnOrAbove(), c.bindingTotal(), c.targetsOnOrAbove(), c.targetTotal()), body, 0, 6));
            PdfPTable table = new PdfPTable(new float[]{2, 2, 2, 2});
            table.setWidthPercentage(60);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setHeaderRows(1);
            for (String head : new String[]{"rpt.col.class", "rpt.col.targets", "rpt.col.indicators", "rpt.col.binding"}) {
                table.addCell(header(l.t(head)));
            }
            for (ProgressClass pc : ProgressClass.values()) {
                table.addCell(classCell(pc));
                table.addCell(number(BigDecimal.valueOf(c.targets(pc))));
                table.addCell(number(BigDecimal.valueOf(c.indicators(pc))));
                table.addCell(number(BigDecimal.valueOf(c.bindingIndicators().getOrDefault(pc, 0))));
            }
            doc.add(table);
        }

        private void narrative() throws DocumentException {
            List<SectionText> sections = content.sections();
            if (sections.isEmpty()) {
                return;
            }
            doc.add(paragraph(l.t("rpt.narrative"), h1, 14, 4));
            for (SectionText s : sections) {
                doc.add(paragraph(l.section(s.key()), h2, 8, 3));
                String text = s.body() == null || s.body().isBlank() ? l.t("rpt.blankSection") : s.body();
                for (String para : text.split("\\R")) {
                    Paragraph p = paragraph(para, body, 0, 3);
                    p.setFirstLineIndent(body.getSize() * 2);
                    p.setLeading(16);
                    doc.add(p);
                }
            }
        }

        /** The final evaluation (总结评估): sentences, dated targets, indicators, unfinished projects. */
        private void finalEvaluation() throws DocumentException {
            FinalEvaluation fe = content.finalEvaluation();
            if (fe == null) {
                return;
            }
            doc.newPage();
            doc.add(paragraph(l.t("final.title"), h1, 0, 4));
            doc.add(paragraph(l.t("final.intro") + " " + l.date(fe.planEnd()) + " · " + l.t("rpt.asOf") + l.colon()
                    + l.date(fe.asOf()), small, 0, 4));
            for (FinalEvaluation.Sentence s : fe.sentences()) {
                doc.add(paragraph("• " + l.sentence(s), body, 0, 3));
            }
            doc.add(paragraph(l.t("final.targets"), h2, 8, 4));
            PdfPTable targets = new PdfPTable(new float[]{0.9f, 3.6f, 0.9f, 0.9f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 3.6f});
            targets.setWidthPercentage(100);
            targets.setHeaderRows(1);
            for (String head : new String[]{"rpt.col.code", "rpt.col.target", "rpt.col.deadline", "final.col.outcome",
                    "rpt.col.required", "final.col.deliveredByDeadline", "final.col.deliveredByAsOf",
                    "rpt.col.shortfall", "final.col.stillExpected", "final.col.causes"}) {
                targets.addCell(header(l.t(head)));
            }
            for (FinalEvaluation.FinalTarget t : fe.targets()) {
                targets.addCell(plain(t.code(), cellBold));
                Phrase what = new Phrase(l.pick(t.descriptionZh(), t.descriptionEn()), cell);
                if (t.promise() != null && !t.promise().isBlank()) {
                    what.add(new Chunk("\n" + l.t("rpt.col.promise") + l.colon() + t.promise(), small));
                }
                targets.addCell(new PdfPCell(what));
                targets.addCell(plain(l.date(t.deadline()), cell));
                targets.addCell(outcomeCell(t.outcome().name(), l.outcome(t.outcome())));
                targets.addCell(number(t.required()));
                targets.addCell(number(t.delivered()));
                targets.addCell(number(t.deliveredByAsOf()));
                targets.addCell(number(t.shortfall()));
                targets.addCell(number(t.stillExpected()));
                StringBuilder causes = new StringBuilder();
                for (FinalEvaluation.Cause c : t.causes()) {
                    causes.append(causes.isEmpty() ? "" : "\n").append(c.projectCode()).append(' ')
                            .append(l.pick(c.nameZh(), c.nameEn())).append(" · ").append(cause(c));
                }
                for (FinalEvaluation.UnitOutcome u : t.units()) {
                    causes.append(causes.isEmpty() ? "" : "\n").append(l.pick(u.nameZh(), u.nameEn())).append(l.colon())
                            .append(l.outcome(u.outcome())).append(" (").append(l.number(u.delivered())).append(" / ")
                            .append(l.number(u.required())).append(')');
                }
                targets.addCell(plain(causes.toString(), cell));
            }
            doc.add(targets);

            doc.add(paragraph(l.t("final.indicators"), h2, 8, 4));
            PdfPTable indicators = new PdfPTable(new float[]{0.7f, 4.2f, 0.9f, 0.9f, 1.1f, 1.1f, 1.2f, 1.0f});
            indicators.setWidthPercentage(100);
            indicators.setHeaderRows(1);
            for (String head : new String[]{"rpt.col.code", "rpt.col.name", "rpt.col.nature", "rpt.col.measureUnit",
                    "rpt.col.baseline", "rpt.col.targetValue", "final.col.value", "final.col.outcome"}) {
                indicators.addCell(header(l.t(head)));
            }
            for (FinalEvaluation.FinalIndicator i : fe.indicators()) {
                indicators.addCell(plain(i.code(), cell));
                indicators.addCell(plain(l.pick(i.nameZh(), i.nameEn()), cell));
                indicators.addCell(plain(i.binding() ? l.t("rpt.binding") : l.t("rpt.expectedNature"),
                        i.binding() ? cellBold : cell));
                indicators.addCell(plain(l.unit(i.unit()), cell));
                indicators.addCell(plain(i.baseline(), cell));
                indicators.addCell(plain(i.target(), cell));
                indicators.addCell(plain(i.met() == null ? l.number(i.value())
                        : l.t(i.met() ? "final.wordMet" : "final.wordNotMet"), cell));
                indicators.addCell(outcomeCell(i.outcome().name(), l.outcome(i.outcome())));
            }
            doc.add(indicators);

            doc.add(paragraph(l.t("final.unfinished"), h2, 8, 2));
            doc.add(paragraph(l.t("final.unfinishedHint"), small, 0, 4));
            PdfPTable unfinished = new PdfPTable(new float[]{3.8f, 0.8f, 0.9f, 1.1f, 1.1f, 1.1f, 1.3f, 2.2f});
            unfinished.setWidthPercentage(100);
            unfinished.setHeaderRows(1);
            for (String head : new String[]{"final.col.project", "final.col.program", "final.col.stageAtEnd",
                    "final.col.total", "final.col.done", "final.col.remaining", "rpt.col.forecastFinish",
                    "final.col.outputs"}) {
                unfinished.addCell(header(l.t(head)));
            }
            for (FinalEvaluation.UnfinishedProject p : fe.unfinished()) {
                unfinished.addCell(plain(p.code() + " " + l.pick(p.nameZh(), p.nameEn())
                        + (p.placeZh() == null ? "" : "\n" + l.pick(p.placeZh(), p.placeEn())), cell));
                unfinished.addCell(plain(p.programCode(), cell));
                unfinished.addCell(plain(l.stage(p.stageAtEnd()), cell));
                unfinished.addCell(plain(l.wan(p.totalInvestment()), cell));
                unfinished.addCell(plain(l.wan(p.investmentDone()), cell));
                unfinished.addCell(plain(l.wan(p.remainingInvestment()), cell));
                unfinished.addCell(plain(p.finishedOn() != null ? l.t("final.finishedOn") + " " + l.date(p.finishedOn())
                        : l.date(p.forecastFinish()), cell));
                unfinished.addCell(plain(String.join("\n", p.outputs().stream().map(o -> o.targetCode() + l.colon()
                        + l.number(o.quantity()) + " " + l.unit(o.unit())).toList()), cell));
            }
            doc.add(unfinished);
        }

        private String cause(FinalEvaluation.Cause c) {
            if (c.withdrawn()) {
                return l.t("final.withdrawn");
            }
            if (c.finishedOn() != null) {
                return l.t("final.finishedOn") + " " + l.date(c.finishedOn());
            }
            return l.t("final.stillToDeliver") + " " + l.number(c.stillToDeliver()) + " · "
                    + l.t("rpt.col.forecastFinish") + " " + l.date(c.forecastFinish());
        }

        private PdfPCell outcomeCell(String name, String text) {
            Color colour = switch (name) {
                case "MET", "ACHIEVED" -> GREEN;
                case "MET_LATE" -> AMBER;
                case "MISSED", "NOT_ACHIEVED" -> RED;
                default -> GREY;
            };
            return coloured(text, colour);
        }

        private void charts() throws DocumentException {
            ReportContent.Charts charts = content.charts();
            if (charts.districtBars().isEmpty() && charts.sCurve().isEmpty() && charts.funding().isEmpty()) {
                return;
            }
            doc.newPage();
            doc.add(paragraph(l.t("rpt.charts"), h1, 0, 6));
            float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
            for (DistrictBars bars : charts.districtBars()) {
                List<String> names = bars.bars().stream().map(b -> l.pick(b.nameZh(), b.nameEn())).toList();
                doc.add(PdfCharts.bars(pdf, regular, width, 210,
                        l.t("rpt.chart.district", bars.targetCode() + " " + shorten(l.pick(bars.descriptionZh(),
                                bars.descriptionEn()), 40)) + (bars.unit() == null ? "" : "（" + l.unit(bars.unit()) + "）"),
                        names, List.of(
                                new PdfCharts.Series(l.t("rpt.series.required"), GREY, values(bars.bars(), ReportContent.Bar::required)),
                                new PdfCharts.Series(l.t("rpt.series.delivered"), GREEN, values(bars.bars(), ReportContent.Bar::delivered)),
                                new PdfCharts.Series(l.t("rpt.series.forecast"), BLUE, values(bars.bars(), ReportContent.Bar::forecast)))));
            }
            if (!charts.sCurve().isEmpty()) {
                List<String> months = charts.sCurve().stream().map(p -> p.month().toString().substring(0, 7)).toList();
                doc.add(PdfCharts.lines(pdf, regular, width, 220, l.t("rpt.chart.scurve"), months, List.of(
                        new PdfCharts.Series(l.t("rpt.series.planned"), GREY, values(charts.sCurve(), ReportContent.CurvePoint::planned)),
                        new PdfCharts.Series(l.t("rpt.series.actual"), GREEN, values(charts.sCurve(), ReportContent.CurvePoint::actual)),
                        new PdfCharts.Series(l.t("rpt.series.forecast"), BLUE, values(charts.sCurve(), ReportContent.CurvePoint::forecast))),
                        100));
            }
            if (!charts.funding().isEmpty()) {
                List<String> sources = charts.funding().stream().map(s -> l.pick(s.nameZh(), s.nameEn())).toList();
                doc.add(PdfCharts.bars(pdf, regular, width, 200, l.t("rpt.chart.funding"), sources, List.of(
                        new PdfCharts.Series(l.t("rpt.series.requested"), GREY, wan(charts.funding(), ReportContent.SourceAmount::requested)),
                        new PdfCharts.Series(l.t("rpt.series.approved"), BLUE, wan(charts.funding(), ReportContent.SourceAmount::approved)),
                        new PdfCharts.Series(l.t("rpt.series.disbursed"), GREEN, wan(charts.funding(), ReportContent.SourceAmount::disbursed)))));
            }
        }

        private void indicators() throws DocumentException {
            if (content.indicators().isEmpty()) {
                return;
            }
            doc.newPage();
            doc.add(paragraph(l.t("rpt.indicators"), h1, 0, 6));
            PdfPTable table = new PdfPTable(new float[]{0.7f, 4.2f, 0.8f, 1.1f, 1.1f, 0.8f, 1.4f, 1.1f, 0.9f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String head : new String[]{"rpt.col.code", "rpt.col.name", "rpt.col.measureUnit", "rpt.col.baseline",
                    "rpt.col.targetValue", "rpt.col.nature", "rpt.col.latest", "rpt.col.expected", "rpt.col.progress"}) {
                table.addCell(header(l.t(head)));
            }
            for (IndicatorLine i : content.indicators()) {
                table.addCell(plain(i.code(), cell));
                table.addCell(plain(l.pick(i.nameZh(), i.nameEn()), cell));
                table.addCell(plain(i.unit(), cell));
                table.addCell(plain(i.baseline(), cell));
                table.addCell(plain(i.target(), cell));
                table.addCell(plain(i.binding() ? l.t("rpt.binding") : l.t("rpt.expectedNature"), i.binding() ? cellBold : cell));
                table.addCell(plain(i.latestYear() == null ? "" : i.latestYear() + l.colon() + l.number(i.latestValue()), cell));
                table.addCell(number(i.expected()));
                table.addCell(classCell(i.progress()));
            }
            doc.add(table);
        }

        private void chapters() throws DocumentException {
            doc.newPage();
            doc.add(paragraph(l.t("rpt.targets"), h1, 0, 4));
            if (content.chapters().isEmpty()) {
                doc.add(paragraph(l.t("rpt.noTargets"), body, 4, 4));
            }
            int done = 0;
            for (ChapterBlock chapter : content.chapters()) {
                Paragraph heading = paragraph(l.english() && chapter.titleEn() != null
                        ? l.t("rpt.col.chapter") + " " + chapter.number() + " " + chapter.titleEn()
                        : chapter.headingZh(), h1, 12, 4);
                heading.setKeepTogether(true);
                doc.add(heading);
                for (ProgramBlock program : chapter.programs()) {
                    String name = program.code() == null ? l.t("rpt.chapterText")
                            : program.code() + " " + l.pick(program.titleZh(), program.titleEn());
                    doc.add(paragraph(name, h2, 6, 3));
                    doc.add(targetTable(program.targets()));
                }
                progress.accept(40 + 55 * ++done / Math.max(1, content.chapters().size()));
            }
        }

        private PdfPTable targetTable(List<TargetLine> targets) {
            PdfPTable table = new PdfPTable(new float[]{0.9f, 4.0f, 0.9f, 1.25f, 0.8f, 0.9f, 0.9f, 0.9f, 0.9f, 3.4f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitLate(false);
            for (String head : new String[]{"rpt.col.code", "rpt.col.target", "rpt.col.deadline", "rpt.col.state",
                    "rpt.col.progress", "rpt.col.required", "rpt.col.delivered", "rpt.col.forecast",
                    "rpt.col.shortfall", "rpt.col.projects"}) {
                table.addCell(header(l.t(head)));
            }
            for (TargetLine t : targets) {
                table.addCell(plain(t.code(), cellBold));
                Phrase promise = new Phrase(l.pick(t.descriptionZh(), t.descriptionEn()), cell);
                if (!t.promise().isBlank()) {
                    promise.add(new Chunk("\n" + l.t("rpt.col.promise") + l.colon() + t.promise(), small));
                }
                if (!t.causes().isEmpty()) {
                    promise.add(new Chunk("\n" + l.t("rpt.col.causes") + l.colon() + String.join("；", t.causes()),
                            new Font(regular, 7, Font.NORMAL, RED)));
                }
                if (!t.uncovered().isEmpty()) {
                    promise.add(new Chunk("\n" + l.t("rpt.col.uncovered") + l.colon() + String.join("、", t.uncovered()), small));
                }
                table.addCell(new PdfPCell(promise));
                table.addCell(plain(t.deadline() == null ? nullToEmpty(t.deadlineText()) : l.date(t.deadline()), cell));
                table.addCell(stateCell(t.state()));
                table.addCell(classCell(t.progress()));
                table.addCell(number(t.required()));
                table.addCell(number(t.delivered()));
                table.addCell(number(t.forecast()));
                table.addCell(number(t.shortfall()));
                table.addCell(projects(t.projects()));
                for (UnitLine u : t.units()) {
                    table.addCell(shaded(plain("", cell)));
                    table.addCell(shaded(plain("　" + l.pick(u.nameZh(), u.nameEn()), cell)));
                    table.addCell(shaded(plain("", cell)));
                    table.addCell(stateCell(u.state()));
                    table.addCell(shaded(plain("", cell)));
                    table.addCell(shaded(number(u.required())));
                    table.addCell(shaded(number(u.delivered())));
                    table.addCell(shaded(number(u.forecast())));
                    table.addCell(shaded(number(u.shortfall())));
                    table.addCell(shaded(plain(String.join("；", u.causes()), new Font(regular, 7, Font.NORMAL, RED))));
                }
            }
            return table;
        }

        private PdfPCell projects(List<ProjectLine> projects) {
            Phrase phrase = new Phrase();
            int shown = 0;
            for (ProjectLine p : projects) {
                if (shown++ == MAX_PROJECTS_IN_CELL) {
                    phrase.add(new Chunk("… +" + (projects.size() - MAX_PROJECTS_IN_CELL), small));
                    break;
                }
                boolean late = "AMBER".equals(p.band()) || "RED".equals(p.band());
                phrase.add(new Chunk((shown > 1 ? "\n" : "") + p.code() + " " + l.pick(p.nameZh(), p.nameEn()),
                        late ? new Font(regular, 7, Font.NORMAL, "RED".equals(p.band()) ? RED : AMBER) : cell));
                String detail = " (" + (l.english() ? p.stage().en() : p.stage().zh()) + ", "
                        + l.number(p.confirmed() ? p.actual() : p.planned()) + nullToEmpty(p.unit())
                        + (p.forecastFinish() == null ? "" : ", " + l.date(p.forecastFinish()))
                        + (late ? ", " + l.band(p.band()) : "") + (p.sample() ? ", " + l.t("rpt.sampleLabel") : "") + ")";
                phrase.add(new Chunk(detail, small));
            }
            return new PdfPCell(phrase);
        }

        private void lateProjects() throws DocumentException {
            List<LateProjectLine> late = content.lateProjects();
            if (late.isEmpty()) {
                return;
            }
            boolean withReasons = late.stream().anyMatch(p -> !p.reasons().isEmpty());
            doc.newPage();
            doc.add(paragraph(l.t(withReasons ? "rpt.lateProjects" : "rpt.lateProjectsPublic"), h1, 0, 6));
            PdfPTable table = new PdfPTable(withReasons ? new float[]{1, 3, 1.2f, 0.8f, 0.8f, 1, 1.2f, 4}
                    : new float[]{1, 3, 1.2f, 0.8f, 0.8f, 1, 1.2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            List<String> heads = new ArrayList<>(List.of("rpt.col.code", "rpt.col.name", "rpt.col.place", "rpt.col.band",
                    "rpt.col.delay", "rpt.col.forecastFinish", "rpt.col.targets"));
            if (withReasons) {
                heads.add("rpt.col.reasons");
            }
            heads.forEach(k -> table.addCell(header(l.t(k))));
            for (LateProjectLine p : late) {
                table.addCell(plain(p.code(), cell));
                table.addCell(plain(l.pick(p.nameZh(), p.nameEn()), cell));
                table.addCell(plain(l.pick(p.placeZh(), p.placeEn()), cell));
                PdfPCell band = plain(l.band(p.band()), cellBold);
                band.getPhrase().getFont().setColor("RED".equals(p.band()) ? RED : AMBER);
                table.addCell(band);
                table.addCell(number(BigDecimal.valueOf(p.delayDays())));
                table.addCell(plain(l.date(p.forecastFinish()), cell));
                table.addCell(plain(String.join(", ", p.targetCodes()), cell));
                if (withReasons) {
                    table.addCell(plain(String.join("\n", p.reasons()), cell));
                }
            }
            doc.add(table);
        }

        private PdfPCell header(String text) {
            PdfPCell c = new PdfPCell(new Phrase(text, cellBold));
            c.setBackgroundColor(HEAD);
            c.setPadding(3);
            return c;
        }

        private PdfPCell plain(String text, Font font) {
            PdfPCell c = new PdfPCell(new Phrase(nullToEmpty(text), new Font(font)));
            c.setPadding(2.5f);
            return c;
        }

        private PdfPCell number(BigDecimal value) {
            PdfPCell c = plain(l.number(value), cell);
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            return c;
        }

        private PdfPCell shaded(PdfPCell c) {
            c.setBackgroundColor(UNIT_ROW);
            return c;
        }

        private PdfPCell stateCell(TargetState state) {
            Color colour = switch (state) {
                case MET, ON_TRACK -> GREEN;
                case AT_RISK -> AMBER;
                case WILL_MISS, MISSED -> RED;
                case NO_DATA, NOT_TRACKED, NOT_EVALUATED -> GREY;
            };
            return coloured(l.state(state), colour);
        }

        private PdfPCell classCell(ProgressClass c) {
            Color colour = switch (c) {
                case AHEAD -> BLUE;
                case ON_TRACK -> GREEN;
                case BEHIND -> RED;
                case NOT_RATED -> GREY;
            };
            return coloured(l.progress(c), colour);
        }

        private PdfPCell coloured(String text, Color colour) {
            PdfPCell c = new PdfPCell(new Phrase("■ " + text, new Font(cellBold.getBaseFont(), 7.5f, Font.NORMAL, colour)));
            c.setPadding(2.5f);
            return c;
        }

        private static Paragraph paragraph(String text, Font font, float before, float after) {
            Paragraph p = new Paragraph(nullToEmpty(text), font);
            p.setSpacingBefore(before);
            p.setSpacingAfter(after);
            return p;
        }

        private static <T> List<Double> values(List<T> items, java.util.function.Function<T, BigDecimal> value) {
            return items.stream().map(value).map(v -> v == null ? null : v.doubleValue()).toList();
        }

        private static <T> List<Double> wan(List<T> items, java.util.function.Function<T, BigDecimal> yuan) {
            return items.stream().map(yuan).map(v -> v == null ? null : Money.toWanYuan(v).doubleValue()).toList();
        }

        private static String shorten(String text, int max) {
            return text == null || text.length() <= max ? nullToEmpty(text) : text.substring(0, max) + "…";
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Page number, report title and — on every page — the sample label. */
    private static final class Footer extends PdfPageEventHelper {
        private final BaseFont font;
        private final ReportLabels l;
        private final Header header;

        Footer(BaseFont font, ReportLabels l, Header header) {
            this.font = font;
            this.l = l;
            this.header = header;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottomMargin() - 22;
            Font grey = new Font(font, 7.5f, Font.NORMAL, new Color(0x75, 0x75, 0x75));
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase(l.title(header) + " · " + l.t("rpt.asOf") + " " + l.date(header.asOf()), grey),
                    document.leftMargin(), y, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(l.t("rpt.page", writer.getPageNumber()), grey),
                    document.getPageSize().getWidth() - document.rightMargin(), y, 0);
            if (header.sample()) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                        new Phrase(l.t("rpt.sampleLabel"), new Font(font, 9, Font.BOLD, RED)),
                        document.getPageSize().getWidth() / 2, y, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                        new Phrase(l.t("rpt.sampleLabel"), new Font(font, 9, Font.BOLD, RED)),
                        document.getPageSize().getWidth() - document.rightMargin(),
                        document.getPageSize().getHeight() - 24, 0);
            }
        }
    }
}
