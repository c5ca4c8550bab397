package org.citygov.plantracker.application.library;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A snapshot of the library: when, by whom, why (the round, or a baseline), how big. */
public record LibrarySnapshotRow(Long id, String roundCode, String labelZh, String labelEn, LocalDateTime takenAt,
                          String takenBy, int projectCount, BigDecimal totalInvestment, boolean containsSample)
        implements Serializable {
}
