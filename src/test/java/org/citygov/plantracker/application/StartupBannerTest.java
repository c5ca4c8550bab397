package org.citygov.plantracker.application;

import org.citygov.plantracker.application.sample.DemoUser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartupBannerTest {

    @Test
    void demoModeNamesTheUrlTheUsersTheirRolesUnitsAndThePassword() {
        String text = StartupBanner.text(8180, true, "sample portfolio loaded in 2.1 s: 121 projects", List.of(
                new DemoUser("city", List.of("CITY_GOV"), null, null),
                new DemoUser("office-housing", List.of("PROJECT_OFFICE"), "市住房保障和房地产管理局", "Housing bureau")),
                "demo123");

        assertThat(text).contains("plan-tracker is ready: http://localhost:8180/plantracker/")
                .contains("password demo123")
                .contains("121 projects")
                .containsPattern("city +CITY_GOV")
                .containsPattern("office-housing +PROJECT_OFFICE +市住房保障和房地产管理局 \\(Housing bureau\\)");
    }

    @Test
    void outsideDemoModeOnlyTheUrl() {
        String text = StartupBanner.text(8080, false, null, List.of(), null);

        assertThat(text).contains("plan-tracker is ready: http://localhost:8080/plantracker/")
                .doesNotContain("demo123").contains("Demo mode is off");
    }

    @Test
    void thePortIs8080PlusTheServersOffset() {
        String before = System.getProperty("jboss.socket.binding.port-offset");
        try {
            System.setProperty("jboss.socket.binding.port-offset", "100");
            assertThat(StartupBanner.httpPort()).isEqualTo(8180);
            System.clearProperty("jboss.socket.binding.port-offset");
            assertThat(StartupBanner.httpPort()).isEqualTo(8080);
        } finally {
            if (before != null) {
                System.setProperty("jboss.socket.binding.port-offset", before);
            }
        }
    }
}
