package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;

import java.io.Serializable;

/**
 * A row of the 主要发展指标 table as the plan prints it: the figures as written, the target in
 * 〔 〕 when it is a five-year cumulative figure (the domain's {@link Indicator#displayTarget()}).
 */
public record IndicatorRow(String code, String domainZh, String domainEn, String nameZh, String nameEn, String unit,
                           Integer baselineYear, String baseline, Integer targetYear, String target,
                           IndicatorNature nature, boolean cumulative, Comparison comparison, String note)
        implements Serializable {

    static IndicatorRow of(Indicator i) {
        return new IndicatorRow(i.getCode(), i.getDomainZh(), i.getDomainEn(), i.getNameZh(), i.getNameEn(),
                i.getUnit(), i.getBaseline().getYear(), i.displayBaseline(), i.getTarget().getYear(),
                i.displayTarget(), i.getNature(), i.isCumulative(), i.getComparison(), i.getNote());
    }

    /** 约束性 — binding on the government, marked in the table. */
    public boolean binding() {
        return nature == IndicatorNature.BINDING;
    }
}
