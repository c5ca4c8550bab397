package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.project.ProjectOutput;

import java.math.BigDecimal;

/** An output after confirmation. */
public record OutputView(Long id, String projectCode, String targetCode, String unit, BigDecimal plannedQuantity,
                         BigDecimal actualQuantity, boolean confirmed, long version) implements Serializable {

    public static OutputView of(ProjectOutput o) {
        return new OutputView(o.getId(), o.getProject().getCode().value(), o.getTarget().getCode(), o.getUnit(),
                o.getPlannedQuantity(), o.getActualQuantity(), o.isConfirmed(), o.getVersion());
    }
}
