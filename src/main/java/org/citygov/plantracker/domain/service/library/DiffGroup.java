package org.citygov.plantracker.domain.service.library;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A program × 区县(市) cell of a diff: how many projects were added, withdrawn and changed, and its
 * total investment in each snapshot (all its projects, changed or not). A project that moved from
 * one program or 区县(市) to another counts in its old group before and in its new group after.
 *
 * @param outputs the planned outputs of the group's projects per target and unit in each state (an output
 *                counts in its project's group, wherever its own place is)
 */
public record DiffGroup(String planCode, String programCode, String programTitleZh, String programTitleEn,
                        String districtCode, String districtNameZh, String districtNameEn,
                        int projectsBefore, int projectsAfter, int added, int withdrawn, int changed,
                        BigDecimal investmentBefore, BigDecimal investmentAfter, List<OutputTotal> outputs)
        implements Serializable {

    public BigDecimal investmentDelta() {
        return investmentAfter.subtract(investmentBefore);
    }

    public boolean hasChanges() {
        return added + withdrawn + changed > 0 || investmentDelta().signum() != 0;
    }

    /** The output totals that differ between the two states. */
    public List<OutputTotal> changedOutputs() {
        return outputs.stream().filter(o -> o.delta().signum() != 0).toList();
    }
}
