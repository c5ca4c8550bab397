package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.MilestoneKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone as the rules need it (a row of the milestone table). */
public record MilestoneFacts(long id, int seq, String nameZh, String nameEn, MilestoneKind kind,
                             LocalDate originalBaseline, LocalDate baseline, LocalDate forecast, LocalDate actual,
                             BigDecimal weight, BigDecimal percentComplete) {

    public boolean isDone() {
        return actual != null;
    }

    /** Actual, else forecast, else baseline. */
    public LocalDate expectedDate() {
        return actual != null ? actual : forecast != null ? forecast : baseline;
    }

    public BigDecimal weightOrZero() {
        return weight == null ? BigDecimal.ZERO : weight;
    }

    /** Percent complete, 100 when done. */
    public BigDecimal percentOrZero() {
        if (actual != null) {
            return BigDecimal.valueOf(100);
        }
        return percentComplete == null ? BigDecimal.ZERO : percentComplete;
    }
}
