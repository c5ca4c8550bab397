package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.slippage.Band;
import org.citygov.plantracker.domain.service.slippage.Counted;
import org.citygov.plantracker.domain.service.slippage.DataQualityWarning;
import org.citygov.plantracker.domain.service.slippage.EvaluationKind;
import org.citygov.plantracker.domain.service.slippage.IndicatorStatus;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.ScheduleLabel;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluator;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.TargetStatus;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Words, numbers and colours of the slippage pages in the user's language: status labels next to
 * their colour (never colour alone), figures with grouping, R / D / F lines for the grid.
 */
@Named("slippageFmt")
@ApplicationScoped
public class SlippageFormat {

    @Inject
    private LocaleBacking localeBacking;

    private Locale locale() {
        return localeBacking.getLocale();
    }

    public String text(String key, Object... args) {
        return Texts.get(locale(), key, args);
    }

    public String status(TargetStatus s) {
        return s == null ? "" : text("slippage.status." + s.name());
    }

    /** CSS class of a status: the colour; the label is always printed with it. */
    public String statusClass(TargetStatus s) {
        return s == null ? "sl-st sl-st-none" : "sl-st sl-st-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Background of a grid cell by its worst status (the status label is printed inside). */
    public String cellClass(TargetStatus s) {
        return s == null ? "sl-cell-none" : "sl-cell-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String band(Band b) {
        return b == null ? "" : text("slippage.band." + b.name());
    }

    public String bandClass(Band b) {
        return b == null ? "sl-band" : "sl-band sl-band-" + b.name().toLowerCase(Locale.ROOT);
    }

    public String schedule(ScheduleLabel l) {
        return l == null ? "" : text("slippage.schedule." + l.name());
    }

    public String indicator(IndicatorStatus s) {
        return s == null ? "" : text("slippage.indicator." + s.name());
    }

    public String indicatorClass(IndicatorStatus s) {
        return s == null ? "sl-ind" : "sl-ind sl-ind-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String kind(EvaluationKind k) {
        return k == null ? "" : text("slippage.kind." + k.name());
    }

    public String role(RowRole r) {
        return r == null ? "" : text("slippage.role." + r.name());
    }

    public String counted(Counted c) {
        return c == null ? "" : text("slippage.counted." + c.name());
    }

    public String level(JurisdictionLevel l) {
        return l == null ? "" : text("slippage.level." + l.name());
    }

    public String stage(Stage s) {
        return s == null ? "" : text("slippage.stage." + s.name());
    }

    public String warning(DataQualityWarning w) {
        return text("slippage.dq." + w.issue().name(), w.subject() == null ? "" : w.subject());
    }

    public String name(String zh, String en) {
        return localeBacking.pick(zh, en);
    }

    public String date(LocalDate d) {
        return d == null ? "—" : d.toString();
    }

    /** A figure: grouped, whole above 100, else up to two decimals; "—" for none. */
    public String num(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat(v.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? "#,##0" : "#,##0.##",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    public String pct(BigDecimal v) {
        return v == null ? "—" : num(v.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** Yuan shown in 万元 by the one formatter every page uses ({@link DisplayFormat#wanYuan}: 1,234.50). */
    public String wan(BigDecimal yuan) {
        return yuan == null ? "—" : DisplayFormat.wanYuan(yuan);
    }

    /** A target's short label: its code and how it is measured (the full text goes in the tooltip). */
    public String targetShort(TargetFacts t) {
        String figure = t.value() == null ? "" : num(t.value());
        EvaluationKind kind = TargetEvaluator.classify(t).orElse(null);
        if (kind == null) {
            return t.code();
        }
        String tail = switch (kind) {
            case COUNT -> "≥" + figure + (t.minPlacesPerInstitution() == null ? "" : " (≥" + t.minPlacesPerInstitution() + ")");
            case COVERAGE -> "≥" + (t.minPlacesPerInstitution() == null ? figure : String.valueOf(t.minPlacesPerInstitution()));
            case PER_POPULATION -> figure + " " + text("slippage.short.perThousand");
            case SHARE, COMPLETION -> "≥" + figure + "%";
            case QUANTITY -> figure + (t.unit() == null ? "" : " " + Texts.unit(locale(), t.unit()));
        };
        return t.code() + " " + kind(kind) + " " + tail;
    }

    public String description(TargetFacts t) {
        return name(t.descriptionZh(), t.descriptionEn());
    }

    /** "Req x · Del y · Fc z" in the target's measure; roll-ups count units; shares in %. */
    public String values(TargetEvaluation r) {
        if (r == null) {
            return "";
        }
        if (r.role() == RowRole.ROLLUP) {
            String n = num(r.required());
            return text("slippage.short.delivered") + " " + num(r.delivered()) + "/" + n + " · "
                    + text("slippage.short.forecast") + " " + num(r.forecast()) + "/" + n + " " + text("slippage.short.units");
        }
        boolean percent = r.kind() == EvaluationKind.SHARE || r.kind() == EvaluationKind.COMPLETION;
        return text("slippage.short.required") + " " + (percent ? pct(r.required()) : num(r.required())) + " · "
                + text("slippage.short.delivered") + " " + (percent ? pct(r.delivered()) : num(r.delivered())) + " · "
                + text("slippage.short.forecast") + " " + (percent ? pct(r.forecast()) : num(r.forecast()));
    }

    /** For per-1,000 targets: "per 1,000: 1.7 → 2.1 (of 2)". */
    public String rates(TargetEvaluation r) {
        if (r == null || r.deliveredRate() == null) {
            return "";
        }
        return text("slippage.short.perThousand") + " " + num(r.deliveredRate()) + " → " + num(r.forecastRate())
                + " / " + num(r.rate());
    }
}
