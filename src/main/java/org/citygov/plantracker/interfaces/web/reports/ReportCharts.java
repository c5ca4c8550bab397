package org.citygov.plantracker.interfaces.web.reports;

import org.citygov.plantracker.interfaces.web.common.ScriptJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportContent.Bar;
import org.citygov.plantracker.application.reports.ReportContent.CurvePoint;
import org.citygov.plantracker.application.reports.ReportContent.DistrictBars;
import org.citygov.plantracker.application.reports.ReportContent.SourceAmount;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Chart.js configurations (for p:chart) of a report's charts, in the page's language. */
final class ReportCharts {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String GREY = "#9e9e9e";
    static final String GREEN = "#2e7d32";
    static final String BLUE = "#1565c0";

    private ReportCharts() {
    }

    static String district(DistrictBars bars, Locale locale) {
        boolean en = Texts.english(locale);
        List<String> labels = bars.bars().stream().map(b -> en && b.nameEn() != null ? b.nameEn() : b.nameZh()).toList();
        return bar(labels, locale, List.of(
                series(Texts.get(locale, "rpt.series.required"), GREY, bars.bars(), Bar::required),
                series(Texts.get(locale, "rpt.series.delivered"), GREEN, bars.bars(), Bar::delivered),
                series(Texts.get(locale, "rpt.series.forecast"), BLUE, bars.bars(), Bar::forecast)));
    }

    static String funding(List<SourceAmount> sources, Locale locale) {
        boolean en = Texts.english(locale);
        List<String> labels = sources.stream().map(s -> en && s.nameEn() != null ? s.nameEn() : s.nameZh()).toList();
        return bar(labels, locale, List.of(
                series(Texts.get(locale, "rpt.series.requested"), GREY, sources, s -> Money.toWanYuan(s.requested())),
                series(Texts.get(locale, "rpt.series.approved"), BLUE, sources, s -> Money.toWanYuan(s.approved())),
                series(Texts.get(locale, "rpt.series.disbursed"), GREEN, sources, s -> Money.toWanYuan(s.disbursed()))));
    }

    static String sCurve(List<CurvePoint> curve, Locale locale) {
        ObjectNode chart = JSON.createObjectNode().put("type", "line");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        curve.forEach(p -> labels.add(p.month().toString().substring(0, 7)));
        ArrayNode datasets = data.putArray("datasets");
        datasets.add(line(Texts.get(locale, "rpt.series.planned"), GREY, curve, CurvePoint::planned));
        datasets.add(line(Texts.get(locale, "rpt.series.actual"), GREEN, curve, CurvePoint::actual));
        datasets.add(line(Texts.get(locale, "rpt.series.forecast"), BLUE, curve, CurvePoint::forecast));
        ObjectNode options = chart.putObject("options").put("responsive", true).put("maintainAspectRatio", false);
        options.putObject("scales").putObject("y").put("min", 0).put("max", 100);
        options.putObject("elements").putObject("point").put("radius", 0);
        return ScriptJson.safe(chart.toString());
    }

    private static String bar(List<String> labels, Locale locale, List<ObjectNode> datasets) {
        ObjectNode chart = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode names = data.putArray("labels");
        labels.forEach(names::add);
        ArrayNode sets = data.putArray("datasets");
        datasets.forEach(sets::add);
        chart.putObject("options").put("responsive", true).put("maintainAspectRatio", false)
                .putObject("plugins").putObject("legend").put("position", "top");
        return ScriptJson.safe(chart.toString());
    }

    private static <T> ObjectNode series(String label, String colour, List<T> items, Function<T, BigDecimal> value) {
        ObjectNode set = JSON.createObjectNode().put("label", label).put("backgroundColor", colour);
        ArrayNode values = set.putArray("data");
        items.forEach(i -> {
            BigDecimal v = value.apply(i);
            if (v == null) {
                values.addNull();
            } else {
                values.add(v);
            }
        });
        return set;
    }

    private static ObjectNode line(String label, String colour, List<CurvePoint> curve, Function<CurvePoint, BigDecimal> value) {
        ObjectNode set = series(label, colour, curve, value);
        set.put("borderColor", colour).put("fill", false).put("spanGaps", false).put("borderWidth", 2);
        return set;
    }
}
