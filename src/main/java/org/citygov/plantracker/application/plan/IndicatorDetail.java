package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of the plan's indicator table (主要发展指标) with the values observed since. Figures are the
 * text as printed (≥90, 81左右, 应保尽保) and, where the text is one number, that number.
 *
 * @param cumulative 〔 〕 — the target is a five-year cumulative total
 */
public record IndicatorDetail(String code, String domainZh, String domainEn, String nameZh, String nameEn, String unit,
                           Integer baselineYear, String baselineText, BigDecimal baselineValue,
                           Integer targetYear, String targetText, BigDecimal targetValue,
                           IndicatorNature nature, boolean cumulative, Comparison comparison, String note,
                           List<IndicatorObservationRow> observations) {

    /** Built by the JPQL constructor expression; the observations come from a second query. */
    public IndicatorDetail(String code, String domainZh, String domainEn, String nameZh, String nameEn, String unit,
                        Integer baselineYear, String baselineText, BigDecimal baselineValue,
                        Integer targetYear, String targetText, BigDecimal targetValue,
                        IndicatorNature nature, boolean cumulative, Comparison comparison, String note) {
        this(code, domainZh, domainEn, nameZh, nameEn, unit, baselineYear, baselineText, baselineValue,
                targetYear, targetText, targetValue, nature, cumulative, comparison, note, List.of());
    }

    IndicatorDetail withObservations(List<IndicatorObservationRow> observed) {
        return new IndicatorDetail(code, domainZh, domainEn, nameZh, nameEn, unit, baselineYear, baselineText,
                baselineValue, targetYear, targetText, targetValue, nature, cumulative, comparison, note,
                List.copyOf(observed));
    }
}
