package org.citygov.plantracker.interfaces.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.IndicatorGroup;
import org.citygov.plantracker.application.plan.IndicatorRow;
import org.citygov.plantracker.application.plan.PlanQueries;

import java.util.List;

/** The indicator table (plan/indicators.xhtml) as the plan prints it, rows grouped by 领域. */
@Named
@RequestScoped
public class IndicatorsBacking {

    @Inject
    private PlanQueries planQueries;

    private List<IndicatorGroup> groups;
    private long binding;
    private int count;

    @PostConstruct
    void load() {
        List<IndicatorRow> rows = planQueries.indicators();
        groups = IndicatorGroup.of(rows);
        count = rows.size();
        binding = rows.stream().filter(IndicatorRow::binding).count();
    }

    public List<IndicatorGroup> getGroups() {
        return groups;
    }

    public int getCount() {
        return count;
    }

    public long getBinding() {
        return binding;
    }
}
