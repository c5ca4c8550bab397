package org.citygov.plantracker.domain.model.place;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JurisdictionTest {

    private final Jurisdiction city = Jurisdiction.city("ZZ", "郑州市", "Zhengzhou", false);
    private final Jurisdiction zhongyuan = Jurisdiction.under(city, "J01", "中原区", "Zhongyuan District",
            JurisdictionLevel.DISTRICT, JurisdictionKind.URBAN_DISTRICT, false);

    @Test
    void theHierarchyFollowsTheLevels() {
        Jurisdiction street = Jurisdiction.under(zhongyuan, "S0101", "林山寨街道", null, JurisdictionLevel.STREET,
                null, true);
        Jurisdiction community = Jurisdiction.under(street, "C010101", "某社区", null, JurisdictionLevel.COMMUNITY,
                null, true);

        assertThat(community.isWithin(city)).isTrue();
        assertThat(community.isWithin(zhongyuan)).isTrue();
        assertThat(zhongyuan.isWithin(street)).isFalse();
        assertThat(city.getParent()).isEmpty();
        assertThat(street.getParent()).contains(zhongyuan);
    }

    @Test
    void aUnitCannotSkipALevel() {
        assertThatThrownBy(() -> Jurisdiction.under(city, "V1", "某村", null, JurisdictionLevel.VILLAGE, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A CITY (ZZ) cannot contain a VILLAGE (V1)");
        assertThatThrownBy(() -> Jurisdiction.under(zhongyuan, "C1", "社区", null, JurisdictionLevel.COMMUNITY, null,
                false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheCityHasNoParent() {
        assertThatThrownBy(() -> Jurisdiction.under(null, "J99", "某区", null, JurisdictionLevel.DISTRICT,
                JurisdictionKind.URBAN_DISTRICT, false)).isInstanceOf(NullPointerException.class);
        assertThat(JurisdictionLevel.TOWNSHIP.canContain(JurisdictionLevel.VILLAGE)).isTrue();
        assertThat(JurisdictionLevel.STREET.canContain(JurisdictionLevel.VILLAGE)).isFalse();
    }

    @Test
    void countiesAndCountyCities() {
        Jurisdiction gongyi = Jurisdiction.under(city, "J07", "巩义市", null, JurisdictionLevel.DISTRICT,
                JurisdictionKind.COUNTY_CITY, false);
        Jurisdiction zhongmu = Jurisdiction.under(city, "J12", "中牟县", null, JurisdictionLevel.DISTRICT,
                JurisdictionKind.COUNTY, false);
        Jurisdiction airport = Jurisdiction.under(city, "J16", "郑州航空港经济综合实验区", null,
                JurisdictionLevel.DISTRICT, JurisdictionKind.DEVELOPMENT_ZONE, false);

        assertThat(gongyi.isCountyOrCountyCity()).isTrue();
        assertThat(zhongmu.isCountyOrCountyCity()).isTrue();
        assertThat(airport.isCountyOrCountyCity()).isFalse();
        assertThat(zhongyuan.isCountyOrCountyCity()).isFalse();
        assertThat(JurisdictionKind.fromCode("county_city")).contains(JurisdictionKind.COUNTY_CITY);
        assertThat(JurisdictionKind.fromCode("zone")).isEmpty();
    }

    @Test
    void identityIsTheCode() {
        Jurisdiction again = Jurisdiction.under(city, "J01", "中原区", null, JurisdictionLevel.DISTRICT,
                JurisdictionKind.URBAN_DISTRICT, false);
        assertThat(again).isEqualTo(zhongyuan).hasSameHashCodeAs(zhongyuan);
    }

    @Test
    void placesPerThousandPeople() {
        Population population = new Population(zhongyuan, 2022, 1_250_000, "统计公报", false);

        assertThat(population.perCapita(new BigDecimal("2500"), 1000)).isEqualByComparingTo("2.0000");
        assertThatThrownBy(() -> population.revise(0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
