package org.citygov.plantracker.interfaces.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibraryOptions;
import org.citygov.plantracker.domain.service.library.DiffField;
import org.citygov.plantracker.domain.service.library.FieldChange;
import org.citygov.plantracker.domain.service.library.CodedName;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code #{libfmt}}: how the library's pages write a diff value (amounts in 万元, quantities, dates,
 * stages and categories in the page language), an audited action, a share.
 */
@Named("libfmt")
@ApplicationScoped
public class LibraryFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final long NAMES_TTL_MILLIS = 300_000;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private LibraryOptions options;

    private volatile Map<String, LibraryOptions.Option> places = Map.of();
    private volatile Map<String, LibraryOptions.Option> sources = Map.of();
    private volatile long namesReadAt;

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
        if (value instanceof CodedName n) {
            String name = n.name(localeBacking.isEnglish());
            return change.field() == DiffField.PROGRAM ? n.code() + " " + name : name;
        }
        return value.toString();
    }

    /** The field's name, with the output (target @ place) or funding line (source, year) it is about. */
    public String field(FieldChange change) {
        String name = DisplayFormat.label(localeBacking.getLocale(), change.field());
        String q = change.qualifier();
        if (q == null) {
            return name;
        }
        names();
        if ((change.field() == DiffField.OUTPUT || change.field() == DiffField.OUTPUT_UNIT) && q.contains("@")) {
            String place = q.substring(q.indexOf('@') + 1);
            LibraryOptions.Option o = places.get(place);
            return name + " " + q.substring(0, q.indexOf('@')) + " @ "
                    + (o == null ? place : localeBacking.pick(o.labelZh(), o.labelEn()));
        }
        if (q.contains("/")) {
            String source = q.substring(0, q.indexOf('/'));
            LibraryOptions.Option o = sources.get(source);
            return name + " " + (o == null ? source : localeBacking.pick(o.labelZh(), o.labelEn())) + " "
                    + q.substring(q.indexOf('/') + 1);
        }
        return name + " " + q;
    }

    /** Places and funding sources by code, re-read every few minutes (they rarely change). */
    private void names() {
        long now = System.currentTimeMillis();
        if (now - namesReadAt > NAMES_TTL_MILLIS) {
            Map<String, LibraryOptions.Option> p = new HashMap<>();
            options.places().forEach(o -> p.put(o.code(), o));
            Map<String, LibraryOptions.Option> f = new HashMap<>();
            options.fundingSources().forEach(o -> f.put(o.code(), o));
            places = p;
            sources = f;
            namesReadAt = now;
        }
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
