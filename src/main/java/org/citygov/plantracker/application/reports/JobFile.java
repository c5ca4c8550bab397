package org.citygov.plantracker.application.reports;

import java.nio.file.Path;

/** A finished job's file, ready to stream to its owner. */
public record JobFile(Path path, String fileName, String contentType, long size) {
}
