package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class FallbackMapperTest {

    @Test
    void aBodyTheJsonProviderCouldNotReadIsTheClientsMistake() {
        assertThat(FallbackMapper.unreadableBody(new ProcessingException("RESTEASY008200",
                new JsonbException("Unexpected char", new JsonParsingException("eof", null))))).isTrue();
        assertThat(FallbackMapper.unreadableBody(new ProcessingException(new JsonParsingException("eof", null)))).isTrue();
    }

    @Test
    void otherFailuresStayIncidents() {
        assertThat(FallbackMapper.unreadableBody(new ProcessingException(new IOException("disk")))).isFalse();
        assertThat(FallbackMapper.unreadableBody(new JsonbException("not wrapped by the provider"))).isFalse();
        assertThat(FallbackMapper.unreadableBody(new IllegalStateException(new JsonbException("x")))).isFalse();
    }
}
