package org.citygov.plantracker.interfaces.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.domain.model.plan.Comparison;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code #{fmt}}: the page formats of {@link DisplayFormat} in the user's language —
 * {@code #{fmt.date(m.baseline)}}, {@code #{fmt.wan(p.totalInvestment)}}, {@code #{fmt.label(p.stage)}}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    @Inject
    private LocaleBacking localeBacking;

    public String date(LocalDate date) {
        return DisplayFormat.date(date);
    }

    public String span(LocalDate from, LocalDate to) {
        return DisplayFormat.span(from, to);
    }

    /** Yuan as 万元 with 2 decimals. */
    public String wan(BigDecimal yuan) {
        return DisplayFormat.wanYuan(yuan);
    }

    /**
     * Yuan as a 万元 number (2 decimals) for the Excel exports: the cell holds a number, not the
     * grouped text the page shows, so totals and filters work in the workbook.
     */
    public Object wanValue(BigDecimal yuan) {
        // an empty text, not null, for no amount: PrimeFaces exports the cell's template for a null exportValue
        return yuan == null ? "" : org.citygov.plantracker.domain.model.shared.Money.toWanYuan(yuan)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * A query parameter's value, URL-encoded: for plain {@code <a href>} links in table rows, which cost a fraction
     * of an {@code h:link} (no navigation-case lookup per row; issue 17, the portfolio page's CPU).
     */
    public String param(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String number(BigDecimal value) {
        return DisplayFormat.number(value);
    }

    public String percent(BigDecimal value) {
        return DisplayFormat.percent(value);
    }

    /** Codes and other short lists in one line: C1.4-T1, C1.4-T2. */
    public String join(java.util.Collection<?> items, String separator) {
        return items == null ? "" : items.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(separator == null ? ", " : separator));
    }

    public String label(Enum<?> value) {
        return DisplayFormat.label(localeBacking.getLocale(), value);
    }

    public String figure(Comparison comparison, BigDecimal value, BigDecimal min, BigDecimal max, String unit) {
        return DisplayFormat.figure(localeBacking.getLocale(), comparison, value, min, max, unit);
    }
}
