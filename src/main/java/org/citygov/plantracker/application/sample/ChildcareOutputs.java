package org.citygov.plantracker.application.sample;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which 五年三跨越 targets (C1.4) a sample childcare institution counts toward, read from the plan's
 * three stages by the year the institution is planned to open. Pure.
 *
 * <ol>
 *   <li>Stage 1 (by end-2022): an inclusive institution of ≥ 50 places counts toward its 区县(市)'s
 *       minimum — C1.4-T1 for the 2-institution group (市内各区、郑东新区、郑州经开区、郑州高新区),
 *       C1.4-T2 for the 1-institution group (各县(市)和上街区、郑州航空港区); places toward C1.4-T3.</li>
 *   <li>Stage 2 (by 2023): an inclusive institution in a 街道 with ≥ 50 places toward C1.4-T4, in a
 *       乡镇 with ≥ 30 places toward C1.4-T5; places toward C1.4-T6.</li>
 *   <li>Stage 3 (by 2025, and later openings): an institution of ≥ 20 places in a 社区 toward C1.4-T8
 *       (the plan does not say 普惠 here); places toward C1.4-T9.</li>
 * </ol>
 * Places are a stock: an evaluation of the per-1,000 targets (T3/T6/T9) must add the places of
 * earlier stages (and whatever existed before 2022, which the sample does not record).
 */
public final class ChildcareOutputs {

    /** An output to add: target code, the jurisdiction it counts in, quantity and unit. */
    public record Output(String targetCode, String jurisdictionCode, BigDecimal quantity, String unit,
                         int places, boolean inclusive) {
    }

    /** Where the institution is: its own unit and the 区县(市) above it, with that unit's stage-1 group. */
    public record Site(String unitCode, JurisdictionLevel level, String districtCode, int districtLeapMin) {
        public Site {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(districtCode, "districtCode");
        }
    }

    public static final String INSTITUTIONS = "家";
    public static final String PLACES = "托位";

    private ChildcareOutputs() {
    }

    /** The stage (1, 2 or 3) an institution planned to open in {@code year} belongs to. */
    public static int stageOf(int year) {
        return year <= 2022 ? 1 : year == 2023 ? 2 : 3;
    }

    public static List<Output> of(Site site, int plannedFinishYear, int places, boolean inclusive) {
        if (places <= 0) {
            throw new IllegalArgumentException("A childcare institution needs places: " + places);
        }
        List<Output> outputs = new ArrayList<>();
        int stage = stageOf(plannedFinishYear);
        switch (stage) {
            case 1 -> {
                if (inclusive && places >= 50) {
                    outputs.add(institution(site.districtLeapMin() >= 2 ? "C1.4-T1" : "C1.4-T2",
                            site.districtCode(), places, inclusive));
                }
                outputs.add(places("C1.4-T3", site.districtCode(), places, inclusive));
            }
            case 2 -> {
                if (inclusive && site.level() == JurisdictionLevel.STREET && places >= 50) {
                    outputs.add(institution("C1.4-T4", site.unitCode(), places, inclusive));
                } else if (inclusive && site.level() == JurisdictionLevel.TOWNSHIP && places >= 30) {
                    outputs.add(institution("C1.4-T5", site.unitCode(), places, inclusive));
                }
                outputs.add(places("C1.4-T6", site.districtCode(), places, inclusive));
            }
            default -> {
                if (site.level() == JurisdictionLevel.COMMUNITY && places >= 20) {
                    outputs.add(institution("C1.4-T8", site.unitCode(), places, inclusive));
                }
                outputs.add(places("C1.4-T9", site.districtCode(), places, inclusive));
            }
        }
        return List.copyOf(outputs);
    }

    private static Output institution(String target, String where, int places, boolean inclusive) {
        return new Output(target, where, BigDecimal.ONE, INSTITUTIONS, places, inclusive);
    }

    private static Output places(String target, String where, int places, boolean inclusive) {
        return new Output(target, where, BigDecimal.valueOf(places), PLACES, places, inclusive);
    }
}
