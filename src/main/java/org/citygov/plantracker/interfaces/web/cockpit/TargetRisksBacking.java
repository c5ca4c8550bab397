package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.SampleData;
import org.citygov.plantracker.domain.service.slippage.Contribution;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.TargetStatus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Targets that will be (or were) missed, per unit of their scope and rolled up (cockpit/targets.xhtml),
 * with the projects that cause the shortfall: sortable, exportable.
 */
@Named
@ViewScoped
public class TargetRisksBacking extends CockpitPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private SlippageFormat fmt;

    @Inject
    private SampleData sampleData;

    private String status;
    private transient List<Line> lines;

    public record Line(TargetFacts target, TargetEvaluation row, String causes) {
    }

    @Override
    protected void afterLoad(PortfolioEvaluation e) {
        lines = null;
    }

    public List<Line> getLines() {
        if (lines == null) {
            PortfolioEvaluation e = evaluation();
            Set<TargetStatus> wanted = statuses();
            lines = e.targetRows().stream()
                    .filter(r -> r.role() != RowRole.BREAKDOWN && r.status() != null && wanted.contains(r.status()))
                    .filter(r -> Objects.equals(r.planCode(), getPlan()))
                    .map(r -> new Line(e.target(r.targetId()).orElseThrow(), r,
                            r.causes().stream().map(Contribution::projectCode).distinct().limit(20)
                                    .collect(Collectors.joining(", "))))
                    .sorted(Comparator.comparing((Line l) -> l.row().deadline())
                            .thenComparingInt(l -> l.target().seq())
                            .thenComparing(l -> l.row().unitLevel() == null ? 0 : l.row().unitLevel().ordinal())
                            .thenComparing(l -> l.row().unitCode() == null ? "" : l.row().unitCode()))
                    .toList();
        }
        return lines;
    }

    private Set<TargetStatus> statuses() {
        if (status == null || status.isBlank()) {
            return EnumSet.of(TargetStatus.WILL_MISS, TargetStatus.MISSED);
        }
        try {
            return Arrays.stream(status.split(",")).map(s -> TargetStatus.valueOf(s.trim().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(TargetStatus.class)));
        } catch (IllegalArgumentException ex) {
            return EnumSet.of(TargetStatus.WILL_MISS, TargetStatus.MISSED);
        }
    }

    public boolean isPercent(TargetEvaluation row) {
        return row.role() != RowRole.ROLLUP && (row.kind() == org.citygov.plantracker.domain.service.slippage.EvaluationKind.SHARE
                || row.kind() == org.citygov.plantracker.domain.service.slippage.EvaluationKind.COMPLETION);
    }

    public void labelExport(Object document) {
        ExportLabels.label(document, sampleData.present(), fmt.text("cockpit.sampleExport"));
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
