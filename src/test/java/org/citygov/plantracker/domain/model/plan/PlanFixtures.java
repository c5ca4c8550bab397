package org.citygov.plantracker.domain.model.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Small plans for domain tests. */
final class PlanFixtures {

    static final String DIGEST = "0".repeat(64);

    private PlanFixtures() {
    }

    static Plan plan() {
        return new Plan("ZZ-PS-14",
                new PlanDocument("郑州市“十四五”公共服务和社会保障规划", "Zhengzhou 14th FYP", "郑政〔2022〕33号",
                        "郑州市人民政府", null, LocalDate.of(2022, 12, 2), LocalDate.of(2022, 12, 29)),
                new PlanPeriod(2022, 2025, 2035), DIGEST, null, LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    static Measure atLeast(String metric, String value) {
        return Measure.of(metric, null, Comparison.AT_LEAST, new BigDecimal(value), null);
    }

    static Deadline dueEnd2022() {
        return new Deadline(LocalDate.of(2022, 12, 31), DeadlineBasis.EXPLICIT, "2022年年底", null);
    }
}
