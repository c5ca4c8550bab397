package org.citygov.plantracker.interfaces.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

/**
 * {@code #{reportDisplay}}: how the report pages show statuses (word and colour, never colour alone),
 * warnings and charts, in the page's language.
 */
@Named
@ApplicationScoped
public class ReportDisplay {

    @Inject
    private LocaleBacking locale;

    /** CSS class of a status: green, amber, red or grey. */
    public String stateClass(TargetState state) {
        if (state == null) {
            return "pt-rpt-grey";
        }
        return switch (state) {
            case MET, ON_TRACK -> "pt-rpt-green";
            case AT_RISK -> "pt-rpt-amber";
            case WILL_MISS, MISSED -> "pt-rpt-red";
            case NO_DATA, NOT_TRACKED, NOT_EVALUATED -> "pt-rpt-grey";
        };
    }

    public String progressClass(ProgressClass c) {
        if (c == null) {
            return "pt-rpt-grey";
        }
        return switch (c) {
            case AHEAD -> "pt-rpt-blue";
            case ON_TRACK -> "pt-rpt-green";
            case BEHIND -> "pt-rpt-red";
            case NOT_RATED -> "pt-rpt-grey";
        };
    }

    /** "：" in Chinese, ": " in English. */
    public String getColon() {
        return locale.isEnglish() ? ": " : "：";
    }

    public String band(String band) {
        return band == null ? "" : Texts.get(locale.getLocale(), "rpt.band." + band);
    }

    public boolean late(String band) {
        return "AMBER".equals(band) || "RED".equals(band);
    }

    public String section(String key) {
        return Texts.get(locale.getLocale(), "report.section." + key);
    }

    public String countsSentence(ReportContent.Counts c) {
        return Texts.get(locale.getLocale(), "rpt.countsSentence", c.indicatorsOnOrAbove(), c.indicatorTotal(),
                c.bindingOnOrAbove(), c.bindingTotal(), c.targetsOnOrAbove(), c.targetTotal());
    }

    /** The final evaluation's sentences ("N 项约束性指标全部完成" …) in the reader's language. */
    public java.util.List<String> finalSentences(org.citygov.plantracker.application.reports.FinalEvaluation e) {
        return e == null ? java.util.List.of() : e.sentences().stream()
                .map(s -> Texts.get(locale.getLocale(), s.key(), s.args())).toList();
    }

    /** CSS class of a final outcome: green when met (on time or late), red when missed, grey otherwise. */
    public String outcomeClass(Enum<?> outcome) {
        if (outcome == null) {
            return "pt-rpt-grey";
        }
        return switch (outcome.name()) {
            case "MET", "ACHIEVED" -> "pt-rpt-green";
            case "MET_LATE" -> "pt-rpt-amber";
            case "MISSED", "NOT_ACHIEVED" -> "pt-rpt-red";
            default -> "pt-rpt-grey";
        };
    }

    /** A project's place in the final evaluation: its unit and the project's name in the reader's language. */
    public String pick(String zh, String en) {
        return locale.isEnglish() && en != null && !en.isBlank() ? en : zh == null ? "" : zh;
    }

    public java.util.List<ProgressClass> getClasses() {
        return java.util.List.of(ProgressClass.values());
    }

    public String districtTitle(ReportContent.DistrictBars bars) {
        return Texts.get(locale.getLocale(), "rpt.chart.district",
                bars.targetCode() + " " + locale.pick(bars.descriptionZh(), bars.descriptionEn()))
                + (bars.unit() == null ? "" : "（" + Texts.unit(locale.getLocale(), bars.unit()) + "）");
    }

    public String districtChart(ReportContent.DistrictBars bars) {
        return ReportCharts.district(bars, locale.getLocale());
    }

    public String sCurveChart(ReportContent content) {
        return ReportCharts.sCurve(content.charts().sCurve(), locale.getLocale());
    }

    public String fundingChart(ReportContent content) {
        return ReportCharts.funding(content.charts().funding(), locale.getLocale());
    }

    public String dateTime(java.time.LocalDateTime at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at);
    }

    public String title(ReportContent.Header h) {
        String own = locale.pick(h.titleZh(), h.titleEn());
        return own == null || own.isBlank() ? (locale.isEnglish() ? h.kind().en() : h.kind().zh()) : own;
    }
}
