package org.citygov.plantracker.application.place;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionQueriesTest {

    @Test
    void theFlatListReadsAsTheHierarchyEachUnitBeforeTheUnitsUnderIt() {
        List<JurisdictionRow> byCode = List.of(
                row("J01", "ZZ", JurisdictionLevel.DISTRICT),
                row("J01-S01", "J01", JurisdictionLevel.STREET),
                row("J01-S01-C01", "J01-S01", JurisdictionLevel.COMMUNITY),
                row("J02", "ZZ", JurisdictionLevel.DISTRICT),
                row("J04-S02", "J04", JurisdictionLevel.STREET),
                row("J04", "ZZ", JurisdictionLevel.DISTRICT),
                row("ZZ", null, JurisdictionLevel.CITY));

        assertThat(JurisdictionQueries.hierarchyOrder(byCode)).extracting(JurisdictionRow::code)
                .containsExactly("ZZ", "J01", "J01-S01", "J01-S01-C01", "J02", "J04", "J04-S02");
    }

    @Test
    void unitsWhoseParentIsNotListedStandAsRoots() {
        List<JurisdictionRow> streets = List.of(
                row("J04-S02", "J04", JurisdictionLevel.STREET),
                row("J01-S01", "J01", JurisdictionLevel.STREET));

        assertThat(JurisdictionQueries.hierarchyOrder(streets)).extracting(JurisdictionRow::code)
                .containsExactly("J01-S01", "J04-S02");
        assertThat(JurisdictionQueries.hierarchyOrder(List.of())).isEmpty();
    }

    private static JurisdictionRow row(String code, String parent, JurisdictionLevel level) {
        return new JurisdictionRow(code, code, null, level, level == JurisdictionLevel.CITY ? JurisdictionKind.CITY : null,
                parent, false);
    }
}
