package org.citygov.plantracker.application.offices;

import java.io.Serializable;

/** A file sent with (or after) a monthly report: the name the uploader gave it and its content. */
public record EvidenceUpload(String fileName, byte[] content) implements Serializable {
}
