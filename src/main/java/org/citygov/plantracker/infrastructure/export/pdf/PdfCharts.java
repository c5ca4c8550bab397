package org.citygov.plantracker.infrastructure.export.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.List;

/**
 * Vector charts drawn straight into the PDF (OpenPDF has no chart library): grouped bars for
 * required / delivered / forecast per 区县(市) and money by source, lines for S-curves.
 */
final class PdfCharts {

    /** One series: a name for the legend, a colour, one value per category (null: no value). */
    record Series(String name, Color color, List<Double> values) {
    }

    private static final float LEFT = 58;
    private static final float BOTTOM = 46;
    private static final float TOP = 40;
    private static final float RIGHT = 12;
    private static final Color AXIS = new Color(0x61, 0x61, 0x61);
    private static final Color GRID = new Color(0xe0, 0xe0, 0xe0);

    private PdfCharts() {
    }

    static Image bars(PdfWriter writer, BaseFont font, float width, float height, String title,
                      List<String> categories, List<Series> series) {
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        double max = niceMax(series.stream().flatMap(s -> s.values().stream())
                .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0));
        frame(t, font, width, height, title, series, max);
        float plotW = width - LEFT - RIGHT;
        float plotH = height - BOTTOM - TOP;
        int n = Math.max(1, categories.size());
        float group = plotW / n;
        float bar = Math.min(18, group * 0.8f / Math.max(1, series.size()));
        for (int c = 0; c < categories.size(); c++) {
            float x0 = LEFT + c * group + (group - bar * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Double v = c < series.get(s).values().size() ? series.get(s).values().get(c) : null;
                if (v == null || v <= 0) {
                    continue;
                }
                float h = (float) (v / max * plotH);
                t.setColorFill(series.get(s).color());
                t.rectangle(x0 + s * bar, BOTTOM, bar * 0.92f, h);
                t.fill();
            }
            label(t, font, 7, categories.get(c), LEFT + c * group + group / 2, BOTTOM - 6,
                    categories.size() > 8 ? 35 : 0, categories.size() > 8 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
        }
        return image(t);
    }

    static Image lines(PdfWriter writer, BaseFont font, float width, float height, String title, List<String> xLabels,
                       List<Series> series, double maxValue) {
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        double max = niceMax(maxValue);
        frame(t, font, width, height, title, series, max);
        float plotW = width - LEFT - RIGHT;
        float plotH = height - BOTTOM - TOP;
        int n = xLabels.size();
        float step = n > 1 ? plotW / (n - 1) : plotW;
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += labelEvery) {
            label(t, font, 7, xLabels.get(i), LEFT + i * step, BOTTOM - 6, 35, Element.ALIGN_RIGHT);
        }
        for (Series s : series) {
            t.setColorStroke(s.color());
            t.setLineWidth(1.6f);
            boolean drawing = false;
            for (int i = 0; i < Math.min(n, s.values().size()); i++) {
                Double v = s.values().get(i);
                if (v == null) {
                    drawing = false;
                    continue;
                }
                float x = LEFT + i * step;
                float y = BOTTOM + (float) (v / max * plotH);
                if (drawing) {
                    t.lineTo(x, y);
                } else {
                    t.moveTo(x, y);
                    drawing = true;
                }
            }
            t.stroke();
        }
        t.setLineWidth(1f);
        return image(t);
    }

    /** Title, legend, axes, horizontal grid lines with their values. */
    private static void frame(PdfTemplate t, BaseFont font, float width, float height, String title,
                              List<Series> series, double max) {
        float plotW = width - LEFT - RIGHT;
        float plotH = height - BOTTOM - TOP;
        label(t, font, 9.5f, title, width / 2, height - 13, 0, Element.ALIGN_CENTER);
        float x = LEFT;
        for (Series s : series) {
            t.setColorFill(s.color());
            t.rectangle(x, height - 30, 9, 7);
            t.fill();
            label(t, font, 7.5f, s.name(), x + 12, height - 29.5f, 0, Element.ALIGN_LEFT);
            x += 22 + font.getWidthPoint(s.name(), 7.5f);
        }
        t.setLineWidth(0.4f);
        for (int i = 0; i <= 5; i++) {
            float y = BOTTOM + plotH * i / 5;
            t.setColorStroke(i == 0 ? AXIS : GRID);
            t.moveTo(LEFT, y);
            t.lineTo(LEFT + plotW, y);
            t.stroke();
            label(t, font, 7, format(max * i / 5), LEFT - 4, y - 2.5f, 0, Element.ALIGN_RIGHT);
        }
        t.setColorStroke(AXIS);
        t.moveTo(LEFT, BOTTOM);
        t.lineTo(LEFT, BOTTOM + plotH);
        t.stroke();
    }

    private static void label(PdfTemplate t, BaseFont font, float size, String text, float x, float y, float rotation,
                              int align) {
        t.beginText();
        t.setColorFill(AXIS);
        t.setFontAndSize(font, size);
        t.showTextAligned(align == Element.ALIGN_CENTER ? PdfContentByte.ALIGN_CENTER
                : align == Element.ALIGN_RIGHT ? PdfContentByte.ALIGN_RIGHT : PdfContentByte.ALIGN_LEFT,
                text == null ? "" : text, x, y, rotation);
        t.endText();
    }

    /** 1, 2 or 5 × 10^n at or above the largest value, so the grid lines fall on round numbers. */
    static double niceMax(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String format(double value) {
        if (value >= 1000 || value == Math.rint(value)) {
            return String.format(java.util.Locale.ROOT, "%,.0f", value);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static Image image(PdfTemplate t) {
        try {
            Image image = Image.getInstance(t);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
