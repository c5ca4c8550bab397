package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.citygov.plantracker.interfaces.web.reports.ContentDisposition;

import java.nio.file.Path;

/** A file as a download: its type, its length, and its (Chinese) name for the browser. */
final class Downloads {

    private Downloads() {
    }

    static Response file(Path path, String fileName, String contentType) {
        return Response.ok(path.toFile(), contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(fileName))
                .build();
    }
}
