package org.citygov.plantracker.domain.model.progress;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence a monthly report may carry: photos (JPEG, PNG) and PDF documents. Told
 * from the file's first bytes, never from its name or the browser's declared type.
 */
public enum EvidenceType {
    JPEG("image/jpeg", "jpg", new int[]{0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[]{0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", "pdf", new int[]{0x25, 0x50, 0x44, 0x46, 0x2D});

    private final String contentType;
    private final String extension;
    private final int[] magic;

    EvidenceType(String contentType, String extension, int[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() { return contentType; }
    public String extension() { return extension; }

    /** The type whose signature the content starts with, if any. */
    public static Optional<EvidenceType> detect(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
