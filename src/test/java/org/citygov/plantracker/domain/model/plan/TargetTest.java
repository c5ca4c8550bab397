package org.citygov.plantracker.domain.model.plan;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citygov.plantracker.domain.model.plan.PlanFixtures.atLeast;
import static org.citygov.plantracker.domain.model.plan.PlanFixtures.dueEnd2022;

class TargetTest {

    private final Jurisdiction city = Jurisdiction.city("ZZ", "郑州市", null, false);
    private final Jurisdiction zhongyuan = district("J01", "中原区", JurisdictionKind.URBAN_DISTRICT);
    private final Jurisdiction shangjie = district("J05", "上街区", JurisdictionKind.URBAN_DISTRICT);
    private final Jurisdiction gongyi = district("J07", "巩义市", JurisdictionKind.COUNTY_CITY);
    private final Jurisdiction street = Jurisdiction.under(zhongyuan, "S0101", "林山寨街道", null,
            JurisdictionLevel.STREET, null, false);

    private final Plan plan = PlanFixtures.plan();
    private final Chapter ch3 = plan.addChapter(3, "提供安全普惠的婴幼儿照护服务", null);
    private final Program childcare = plan.addColumnBox(1, "专栏1:优生优育服务重点工程", null, ch3, null, null, null)
            .addProgram("C1.4", "普惠托育服务设施建设工程", null, ch3, null);

    private Jurisdiction district(String code, String name, JurisdictionKind kind) {
        return Jurisdiction.under(city, code, name, null, JurisdictionLevel.DISTRICT, kind, false);
    }

    private Target target(String code, TargetScope scope, Measure measure) {
        return childcare.addTarget(code, TargetKind.TARGET, TargetWording.of("描述", null), measure, dueEnd2022(),
                scope, null);
    }

    @Test
    void aGroupTargetAppliesToItsMembersOnly() {
        Target oneEach = target("C1.4-T2", TargetScope.PER_JURISDICTION_GROUP, atLeast("institutions", "1"));
        oneEach.applyTo(List.of(shangjie, gongyi));

        assertThat(oneEach.appliesTo(shangjie)).isTrue();
        assertThat(oneEach.appliesTo(gongyi)).isTrue();
        assertThat(oneEach.appliesTo(zhongyuan)).isFalse();
        assertThat(oneEach.appliesTo(street)).isFalse();
        assertThat(oneEach.jurisdictionCodes()).isEqualTo("J05,J07");
    }

    @Test
    void aGroupWhoseMembersAreUnknownAppliesToNone() {
        Target cemeteries = target("C6.3-T1", TargetScope.PER_JURISDICTION_GROUP, atLeast("cemeteries", "1"));
        assertThat(cemeteries.appliesTo(gongyi)).isFalse();
        assertThat(cemeteries.appliesToLevel(JurisdictionLevel.DISTRICT)).isTrue();
    }

    @Test
    void onlyGroupTargetsListUnitsAndOnlyDistricts() {
        Target everyDistrict = target("C1.4-T3", TargetScope.PER_DISTRICT_COUNTY, atLeast("places", "2"));
        assertThatThrownBy(() -> everyDistrict.applyTo(List.of(zhongyuan)))
                .isInstanceOf(IllegalStateException.class);
        Target group = target("C1.4-T1", TargetScope.PER_JURISDICTION_GROUP, atLeast("institutions", "2"));
        assertThatThrownBy(() -> group.applyTo(List.of(street)))
                .hasMessage("C1.4-T1: S0101 林山寨街道 is a STREET, not a 区县(市)");
    }

    @Test
    void scopesByLevelAndKind() {
        Target everyDistrict = target("T-D", TargetScope.PER_DISTRICT_COUNTY, atLeast("x", "1"));
        Target countiesOnly = target("T-C", TargetScope.PER_COUNTY_CITY, atLeast("x", "1"));
        Target townshipsAndStreets = target("T-TS", TargetScope.PER_TOWNSHIP_STREET, atLeast("x", "1"));
        Target citywide = target("T-W", TargetScope.CITYWIDE, atLeast("x", "1"));
        Target named = target("T-N", TargetScope.NAMED_PROJECT, atLeast("x", "1"));

        assertThat(everyDistrict.appliesTo(zhongyuan)).isTrue();
        assertThat(everyDistrict.appliesTo(street)).isFalse();
        assertThat(countiesOnly.appliesTo(gongyi)).isTrue();
        assertThat(countiesOnly.appliesTo(zhongyuan)).isFalse();
        assertThat(townshipsAndStreets.appliesToLevel(JurisdictionLevel.STREET)).isTrue();
        assertThat(townshipsAndStreets.appliesToLevel(JurisdictionLevel.TOWNSHIP)).isTrue();
        assertThat(townshipsAndStreets.appliesTo(street)).isTrue();
        assertThat(citywide.appliesTo(city)).isTrue();
        assertThat(citywide.appliesTo(zhongyuan)).isFalse();
        assertThat(named.getScope().levels()).isEmpty();
        assertThat(TargetScope.PER_COMMUNITY.isPerUnit()).isTrue();
        assertThat(TargetScope.CITY_LEVEL.isPerUnit()).isFalse();
    }

    @Test
    void measurementIsDeclaredNotGuessedFromTheMetric() {
        Target misspelt = target("C1.4-T3", TargetScope.PER_DISTRICT_COUNTY,
                Measure.of("childcare_places_per_1000_popul", "places", Comparison.EQUAL, new BigDecimal("2"), "2个"));
        misspelt.declareMeasurement(MeasureKind.PER_POPULATION, false, false);
        assertThat(misspelt.isPerPopulation()).isTrue();
        assertThat(misspelt.getMeasureKind()).isEqualTo(MeasureKind.PER_POPULATION);

        Target words = target("C1.2-T1", TargetScope.CITY_LEVEL, Measure.qualitative("centre", "facility", null));
        assertThatThrownBy(() -> words.declareMeasurement(MeasureKind.QUANTITY, false, false))
                .hasMessageContaining("needs a figure");
        assertThatThrownBy(() -> misspelt.declareMeasurement(MeasureKind.QUANTITY, true, false))
                .hasMessageContaining("inclusive_only");
        assertThat(words.getMeasureKind()).isEqualTo(MeasureKind.NONE);
    }

    @Test
    void perPopulationTargets() {
        Target placesPerThousand = target("C1.4-T3", TargetScope.PER_DISTRICT_COUNTY,
                Measure.of("childcare_places_per_1000_population", "places per 1,000 population", Comparison.EQUAL,
                        new BigDecimal("2"), "每千人口托位数达到2个"));
        Target institutions = target("C1.4-T1", TargetScope.PER_JURISDICTION_GROUP, atLeast("institutions", "2"));
        placesPerThousand.declareMeasurement(MeasureKind.PER_POPULATION, false, false);
        institutions.declareMeasurement(MeasureKind.COUNT, true, true);

        assertThat(placesPerThousand.isPerPopulation()).isTrue();
        assertThat(institutions.isPerPopulation()).isFalse();
        assertThat(placesPerThousand.isMetBy(new BigDecimal("2.1"))).contains(true);
        assertThat(placesPerThousand.isMetBy(new BigDecimal("1.9"))).contains(false);
    }

    @Test
    void aStagedTargetIsDueWithItsStage() {
        StagedSchedule leaps = childcare.defineStagedSchedule("五年三跨越", null, null, null);
        ScheduleStage first = leaps.addStage(1, LocalDate.of(2022, 12, 31), "2022年年底", null, "2022年年底,…", null);
        ScheduleStage second = leaps.addStage(2, LocalDate.of(2023, 12, 31), "到2023年", null, "到2023年,…", null);
        Target t1 = target("C1.4-T1", TargetScope.PER_JURISDICTION_GROUP, atLeast("institutions", "2"));

        t1.attachToStage(first);
        assertThat(t1.getStage()).contains(first);
        assertThat(first.getTargets()).containsExactly(t1);
        assertThatThrownBy(() -> t1.attachToStage(second))
                .hasMessage("C1.4-T1 is due 2022-12-31 but stage 2 of 五年三跨越 is due 2023-12-31");
    }

    @Test
    void aUnitsFirstStageMinimumIsTheFigureOfTheGroupTargetThatHoldsIt() {
        // was Jurisdiction.leap2022MinInstitutions, a column of the unit (issue 19 item 6)
        ScheduleStage first = childcare.defineStagedSchedule("五年三跨越", null, null, null)
                .addStage(1, LocalDate.of(2022, 12, 31), "2022年年底", null, "2022年年底,…", null);
        Target two = institutions("C1.4-T1", "2", first, List.of(zhongyuan));
        Target one = institutions("C1.4-T2", "1", first, List.of(shangjie, gongyi));
        Target unstaged = institutions("C1.4-T11", "3", null, List.of(zhongyuan, shangjie));
        Target places = target("C1.4-T12", TargetScope.PER_JURISDICTION_GROUP, atLeast("places", "50"));
        places.declareMeasurement(MeasureKind.QUANTITY, false, false);
        places.attachToStage(first);
        places.applyTo(List.of(zhongyuan));

        assertThat(two.firstStageInstitutionMinimum()).contains(2);
        assertThat(one.firstStageInstitutionMinimum()).contains(1);
        assertThat(unstaged.firstStageInstitutionMinimum()).isEmpty();
        assertThat(places.firstStageInstitutionMinimum()).isEmpty();
        assertThat(plan.firstStageInstitutionMinimum(zhongyuan)).contains(2);
        assertThat(plan.firstStageInstitutionMinimum(shangjie)).contains(1);
        assertThat(plan.firstStageInstitutionMinimum(gongyi)).contains(1);
        assertThat(plan.firstStageInstitutionMinimum(street)).isEmpty();
        assertThat(plan.firstStageInstitutionMinimum(district("J99", "无组区", JurisdictionKind.COUNTY))).isEmpty();
    }

    private Target institutions(String code, String figure, ScheduleStage stage, List<Jurisdiction> group) {
        Target t = target(code, TargetScope.PER_JURISDICTION_GROUP, atLeast("institutions", figure));
        t.declareMeasurement(MeasureKind.COUNT, true, true);
        if (stage != null) {
            t.attachToStage(stage);
        }
        t.applyTo(group);
        return t;
    }

    @Test
    void onlyTheProgramsOwnTargetsJoinItsStages() {
        Program other = plan.columnBox(1).orElseThrow().addProgram("C1.5", "other", null, ch3, null);
        ScheduleStage stage = other.defineStagedSchedule("两步走", null, null, null)
                .addStage(1, LocalDate.of(2022, 12, 31), null, null, "…", null);
        Target t1 = target("C1.4-T1", TargetScope.CITYWIDE, atLeast("x", "1"));
        Target chapterText = plan.addChapterTextTarget(ch3, "CH3-T01", TargetKind.TARGET, TargetWording.of("x", null),
                atLeast("x", "1"), dueEnd2022(), TargetScope.CITYWIDE, null);

        assertThatThrownBy(() -> t1.attachToStage(stage)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chapterText.attachToStage(stage)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minimumPlacesArePositive() {
        Target t1 = target("C1.4-T1", TargetScope.PER_JURISDICTION_GROUP, atLeast("institutions", "2"));
        t1.requireMinPlacesPerInstitution(50);
        assertThat(t1.getMinPlacesPerInstitution()).isEqualTo(50);
        assertThatThrownBy(() -> t1.requireMinPlacesPerInstitution(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void restatedIndicators() {
        Indicator beds = plan.addIndicator("IND-16", null, null, "养老机构护理型床位占比", null, "%",
                IndicatorNature.BINDING, Comparison.AT_LEAST, false);
        Target t = target("CH2-T03", TargetScope.CITYWIDE, atLeast("nursing_bed_share", "55"));
        t.restates(beds);
        assertThat(t.getIndicatorCodes()).containsExactly("IND-16");

        Indicator foreign = PlanFixtures.plan().addIndicator("IND-16", null, null, "x", null, null,
                IndicatorNature.BINDING, Comparison.AT_LEAST, false);
        assertThatThrownBy(() -> t.restates(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dueDates() {
        Target t = target("C1.4-T1", TargetScope.CITYWIDE, atLeast("x", "1"));
        assertThat(t.isDueBy(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(t.isDueBy(LocalDate.of(2022, 12, 30))).isFalse();
        assertThat(t.getDeadline().isPastOn(LocalDate.of(2023, 1, 1))).isTrue();
    }
}
