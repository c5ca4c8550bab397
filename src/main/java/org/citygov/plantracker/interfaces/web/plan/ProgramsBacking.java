package org.citygov.plantracker.interfaces.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.ColumnBoxView;
import org.citygov.plantracker.application.plan.PlanQueries;

import java.util.List;

/** The 专栏 with their 工程 (plan/programs.xhtml). */
@Named
@RequestScoped
public class ProgramsBacking {

    @Inject
    private PlanQueries planQueries;

    private List<ColumnBoxView> columnBoxes;

    @PostConstruct
    void load() {
        columnBoxes = planQueries.columnBoxes();
    }

    public List<ColumnBoxView> getColumnBoxes() {
        return columnBoxes;
    }

    public int getProgramCount() {
        return columnBoxes.stream().mapToInt(b -> b.programs().size()).sum();
    }

    public long getTargetCount() {
        return columnBoxes.stream().mapToLong(ColumnBoxView::targets).sum();
    }
}
