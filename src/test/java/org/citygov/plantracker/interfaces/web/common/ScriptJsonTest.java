package org.citygov.plantracker.interfaces.web.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptJsonTest {

    static final String HOSTILE = "</script><script>alert(1)</script>&amp;\u2028\u2029";

    @Test
    void nothingThatEndsAScriptSurvivesAndTheValueIsTheSame() throws Exception {
        String json = new ObjectMapper().createObjectNode().put("label", HOSTILE).toString();
        String safe = ScriptJson.safe(json);
        assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .doesNotContain("\u2028").doesNotContain("\u2029");
        assertThat(new ObjectMapper().readTree(safe).get("label").asText()).isEqualTo(HOSTILE);
    }
}
