package org.citygov.plantracker.domain.model.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are kept in yuan ({@code BigDecimal}, 2 decimals); people read them in 万元 (10,000 yuan).
 */
public final class Money {

    public static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** yuan → 万元, 2 decimals, half-up (display only). */
    public static BigDecimal toWanYuan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    /** yuan → 万元 exactly (to the fen: up to 6 decimals), for a form prefilled with a stored amount. */
    public static BigDecimal toWanYuanExact(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(4);
    }

    /** 万元 as typed by a person → yuan. */
    public static BigDecimal fromWanYuan(BigDecimal wanYuan) {
        return wanYuan == null ? null : wanYuan.multiply(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal nullToZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
