package org.citygov.plantracker.interfaces.web.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a download with a Chinese file name (RFC 6266: an ASCII fallback and the UTF-8 name). */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /** Saved by the browser under {@code fileName}. */
    public static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    /** Shown by the browser (a photo, a PDF), saved under {@code fileName} if the user saves it. */
    public static String inline(String fileName) {
        return of("inline", fileName);
    }

    private static String of(String type, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
