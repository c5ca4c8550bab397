package org.citygov.plantracker.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document the server serves at /openapi describes the API's resources, parameters and errors. */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServedDocumentListsTheResourcesWithTheirErrors() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi?format=JSON");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(openapi).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        // kept for reading: target/openapi.json
        Files.writeString(Path.of(System.getProperty("project.build.directory", "target"), "openapi.json"), response.body());
        JsonNode doc = new ObjectMapper().readTree(response.body());

        JsonNode paths = doc.path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        String prefix = names.stream().filter(n -> n.endsWith("/api/v1/projects")).findFirst()
                .map(n -> n.substring(0, n.length() - "/projects".length()))
                .orElseThrow(() -> new AssertionError("No /api/v1/projects in " + names));
        assertThat(names).contains(prefix + "/plans", prefix + "/jurisdictions", prefix + "/jurisdictions/{code}",
                prefix + "/indicators", prefix + "/indicators/{code}", prefix + "/programs", prefix + "/programs/{code}",
                prefix + "/projects", prefix + "/projects/{code}");

        JsonNode list = paths.path(prefix + "/projects").path("get");
        List<String> parameters = new ArrayList<>();
        list.path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
        assertThat(parameters).contains("program", "jurisdiction", "stage", "category", "q", "leadUnit",
                "offset", "limit", "page", "size", "sort");
        assertThat(list.path("responses").has("400")).isTrue();
        assertThat(list.path("responses").has("401")).isTrue();

        JsonNode detail = paths.path(prefix + "/projects/{code}").path("get").path("responses");
        assertThat(detail.has("200")).isTrue();
        assertThat(detail.has("401")).isTrue();
        assertThat(detail.has("403")).isTrue();
        assertThat(detail.has("404")).isTrue();

        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.has("ProjectDetail")).isTrue();
        assertThat(schemas.has("ProjectPage")).isTrue();
        assertThat(schemas.has("Program")).isTrue();
        assertThat(schemas.has("Error")).isTrue();
        assertThat(doc.path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
    }
}
