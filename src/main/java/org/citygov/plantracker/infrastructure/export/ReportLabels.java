package org.citygov.plantracker.infrastructure.export;

import org.citygov.plantracker.application.reports.ReportContent.Header;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words and number formats of a report file, in one language (Chinese first, English second). */
public final class ReportLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale;
    private final boolean english;

    public ReportLabels(Locale locale) {
        this.locale = Texts.supported(locale);
        this.english = Texts.english(this.locale);
    }

    public String t(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    /** A target's unit in the report's language (家, 个/千人 …). */
    public String unit(String unit) {
        return Texts.unit(locale, unit);
    }

    public boolean english() {
        return english;
    }

    /** The English text where there is one and the report is in English, else the Chinese. */
    public String pick(String zh, String en) {
        return english && en != null && !en.isBlank() ? en : zh == null ? "" : zh;
    }

    /** "：" in Chinese, ": " in English. */
    public String colon() {
        return english ? ": " : "：";
    }

    public String state(TargetState state) {
        return state == null ? "" : english ? state.en() : state.zh();
    }

    public String progress(ProgressClass c) {
        return c == null ? "" : english ? c.en() : c.zh();
    }

    public String outcome(org.citygov.plantracker.domain.model.report.TargetOutcome o) {
        return o == null ? "" : english ? o.en() : o.zh();
    }

    public String outcome(org.citygov.plantracker.domain.model.report.IndicatorOutcome o) {
        return o == null ? "" : english ? o.en() : o.zh();
    }

    public String stage(org.citygov.plantracker.domain.model.project.Stage s) {
        return s == null ? "" : english ? s.en() : s.zh();
    }

    /** A generated sentence of the final evaluation in this language. */
    public String sentence(org.citygov.plantracker.application.reports.FinalEvaluation.Sentence s) {
        return t(s.key(), s.args());
    }

    /** Yuan as 万元 (two decimals, grouped). */
    public String wan(BigDecimal yuan) {
        return yuan == null ? "" : number(org.citygov.plantracker.domain.model.shared.Money.toWanYuan(yuan)
                .setScale(2, java.math.RoundingMode.HALF_UP));
    }

    public String band(String band) {
        return band == null ? "" : t("rpt.band." + band);
    }

    public String section(String key) {
        return t("report.section." + key);
    }

    /** The report's own title, else its kind (对照规划报告) — ad-hoc follow-the-plan reports have none. */
    public String title(Header h) {
        String own = pick(h.titleZh(), h.titleEn());
        return own.isBlank() ? (english ? h.kind().en() : h.kind().zh()) : own;
    }

    public String planTitle(Header h) {
        return pick(h.planTitleZh(), h.planTitleEn());
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String pattern = plain.scale() > 0 ? "#,##0." + "#".repeat(Math.min(4, plain.scale())) : "#,##0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(plain);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }
}
