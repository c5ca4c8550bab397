package org.citygov.plantracker.interfaces.web.reports;

import org.citygov.plantracker.application.reports.ReportContent.SourceAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the report's funding chart (also on published reports and the public page) keeps a hostile source name a label. */
class ReportChartsScriptSafetyTest {

    @Test
    void aHostileSourceNameCannotEndTheScript() {
        String hostile = "</script><script>alert(1)</script>";
        SourceAmount source = new SourceAmount("X", hostile, hostile, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(ReportCharts.funding(List.of(source), locale))
                    .doesNotContain("<").doesNotContain(">").contains("\\u003c/script\\u003e");
        }
    }
}
