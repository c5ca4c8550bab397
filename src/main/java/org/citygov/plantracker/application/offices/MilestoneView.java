package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone as the offices' pages and API show it after a change (with the version to send next time). */
public record MilestoneView(Long id, String projectCode, int seqNo, String nameZh, String nameEn, MilestoneKind kind,
                            LocalDate originalBaseline, LocalDate baseline, LocalDate forecast, LocalDate actual,
                            BigDecimal weight, BigDecimal percentComplete, String note, long version)
                                    implements Serializable {

    public static MilestoneView of(Milestone m) {
        return new MilestoneView(m.getId(), m.getProject().getCode().value(), m.getSeqNo(), m.getNameZh(),
                m.getNameEn(), m.getKind(), m.getOriginalBaseline(), m.getBaseline(), m.getForecast(), m.getActual(),
                m.getWeight(), m.getPercentComplete(), m.getNote(), m.getVersion());
    }
}
