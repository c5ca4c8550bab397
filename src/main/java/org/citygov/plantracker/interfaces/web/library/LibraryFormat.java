package org.citygov.plantracker.interfaces.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.domain.service.library.FieldChange;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code #{libfmt}}: how the library's pages write a diff value (amounts in 万元, quantities, dates,
 * stages and categories in the page language), an audited action, a share.
 */
@Named("libfmt")
@ApplicationScoped
public class LibraryFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private LocaleBacking localeBacking;

    /** One side of a change; "—" for none. */
    public String value(FieldChange change, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal amount) {
            return change.field().isMoney() ? DisplayFormat.wanYuan(amount) + " " + Texts.get(localeBacking.getLocale(),
                    "common.wanYuan") : DisplayFormat.number(amount) + (change.unit() == null ? "" : " " + change.unit());
        }
        if (value instanceof LocalDate date) {
            return DisplayFormat.date(date);
        }
        if (value instanceof Enum<?> e) {
            return DisplayFormat.label(localeBacking.getLocale(), e);
        }
        return value.toString();
    }

    /** The field's name, with the output or funding line it is about. */
    public String field(FieldChange change) {
        String name = DisplayFormat.label(localeBacking.getLocale(), change.field());
        return change.qualifier() == null ? name : name + " " + change.qualifier();
    }

    /** An audited action in the page language (library.action.*), else the action's code. */
    public String action(String action) {
        if (action == null) {
            return "";
        }
        String key = "library.action." + action;
        String text = Texts.get(localeBacking.getLocale(), key);
        return text.equals(key) ? action : text;
    }

    /** A fraction 0–1 as a percentage: 0.3 → 30. */
    public String share(BigDecimal fraction) {
        return fraction == null ? "" : DisplayFormat.number(fraction.multiply(BigDecimal.valueOf(100))
                .setScale(1, RoundingMode.DOWN));
    }

    public String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** A signed amount in 万元: +200.00 / −300.00. */
    public String delta(BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        String text = DisplayFormat.wanYuan(yuan.abs());
        return yuan.signum() > 0 ? "+" + text : yuan.signum() < 0 ? "−" + text : text;
    }

    /** A signed quantity: +120 / −40. */
    public String deltaNumber(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = DisplayFormat.number(value.abs());
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "−" + text : text;
    }

    public String css(BigDecimal value) {
        return value == null || value.signum() == 0 ? "" : value.signum() > 0 ? "pt-lib-up" : "pt-lib-down";
    }
}
