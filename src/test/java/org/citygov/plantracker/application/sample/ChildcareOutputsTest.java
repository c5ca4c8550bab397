package org.citygov.plantracker.application.sample;

import org.citygov.plantracker.application.sample.ChildcareOutputs.Output;
import org.citygov.plantracker.application.sample.ChildcareOutputs.Site;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChildcareOutputsTest {

    private static final Site JINSHUI_STREET = new Site("J04-S02", JurisdictionLevel.STREET, "J04", 2);
    private static final Site GONGYI_STREET = new Site("J07-S01", JurisdictionLevel.STREET, "J07", 1);

    @Test
    void stageOneCountsTowardTheDistrictMinimumOfItsGroupAndThePerThousandPlaces() {
        List<Output> jinshui = ChildcareOutputs.of(JINSHUI_STREET, 2022, 120, true);
        List<Output> gongyi = ChildcareOutputs.of(GONGYI_STREET, 2022, 80, true);

        assertThat(jinshui).extracting(Output::targetCode, Output::jurisdictionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1.4-T1", "J04"),
                        org.assertj.core.groups.Tuple.tuple("C1.4-T3", "J04"));
        assertThat(jinshui.get(0).quantity()).isEqualByComparingTo("1");
        assertThat(jinshui.get(0).places()).isEqualTo(120);
        assertThat(jinshui.get(1).quantity()).isEqualByComparingTo("120");
        assertThat(gongyi).extracting(Output::targetCode).containsExactly("C1.4-T2", "C1.4-T3");
    }

    @Test
    void onlyInclusiveInstitutionsOfEnoughPlacesCountAsInstitutions() {
        assertThat(ChildcareOutputs.of(JINSHUI_STREET, 2022, 60, false)).extracting(Output::targetCode)
                .containsExactly("C1.4-T3");
        assertThat(ChildcareOutputs.of(JINSHUI_STREET, 2022, 40, true)).extracting(Output::targetCode)
                .containsExactly("C1.4-T3");
    }

    @Test
    void stageTwoCountsStreetsFromFiftyAndTownshipsFromThirtyPlaces() {
        Site township = new Site("J02-T01", JurisdictionLevel.TOWNSHIP, "J02", 2);

        assertThat(ChildcareOutputs.of(JINSHUI_STREET, 2023, 50, true)).extracting(Output::targetCode, Output::jurisdictionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1.4-T4", "J04-S02"),
                        org.assertj.core.groups.Tuple.tuple("C1.4-T6", "J04"));
        assertThat(ChildcareOutputs.of(JINSHUI_STREET, 2023, 49, true)).extracting(Output::targetCode)
                .containsExactly("C1.4-T6");
        assertThat(ChildcareOutputs.of(township, 2023, 30, true)).extracting(Output::targetCode)
                .containsExactly("C1.4-T5", "C1.4-T6");
    }

    @Test
    void stageThreeCountsCommunityInstitutionsOfTwentyPlacesAndLaterOpeningsTowardStageThree() {
        Site community = new Site("J04-S01-C01", JurisdictionLevel.COMMUNITY, "J04", 2);

        assertThat(ChildcareOutputs.of(community, 2025, 20, true)).extracting(Output::targetCode)
                .containsExactly("C1.4-T8", "C1.4-T9");
        assertThat(ChildcareOutputs.of(community, 2027, 25, false)).extracting(Output::targetCode)
                .containsExactly("C1.4-T8", "C1.4-T9");
        assertThat(ChildcareOutputs.stageOf(2024)).isEqualTo(3);
    }
}
