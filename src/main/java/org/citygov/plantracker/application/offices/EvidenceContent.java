package org.citygov.plantracker.application.offices;


import java.io.IOException;
import java.io.InputStream;

/** An evidence file to send to a reader who may see it. */
public record EvidenceContent(String fileName, String contentType, long size, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
