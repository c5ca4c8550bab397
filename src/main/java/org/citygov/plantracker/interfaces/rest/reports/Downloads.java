package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A file as a download: its type, its length, and its (Chinese) name for the browser. */
final class Downloads {

    private Downloads() {
    }

    static Response file(Path path, String fileName, String contentType) {
        return Response.ok(path.toFile(), contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .build();
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
