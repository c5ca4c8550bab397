package org.citygov.plantracker.infrastructure.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.citygov.plantracker.application.reports.RenderingException;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The font the PDFs embed (subset) so that Chinese renders on any reader: by default Noto Sans CJK
 * SC from Debian's {@code fonts-noto-cjk} package (a TrueType collection, index 2 is Simplified
 * Chinese), else WenQuanYi Micro Hei. {@code -Dplantracker.pdf.font} or {@code PLANTRACKER_PDF_FONT}
 * name another file (".ttc,N" picks a face of a collection); a bold face is looked for next to it.
 * Nothing is bundled or downloaded.
 */
public final class CjkFont {

    public static final String PROPERTY = "plantracker.pdf.font";
    public static final String ENV = "PLANTRACKER_PDF_FONT";

    static final List<String> DEFAULTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");

    /** The font loaded last, for the configuration it was loaded for. */
    private static volatile CjkFont loaded;
    private static volatile List<String> loadedFor;

    private final BaseFont regular;
    private final BaseFont bold;
    private final String path;

    private CjkFont(BaseFont regular, BaseFont bold, String path) {
        this.regular = regular;
        this.bold = bold;
        this.path = path;
    }

    /**
     * The configured (or first installed default) font, loaded once per configuration; fails with
     * the places it looked.
     */
    public static CjkFont get() {
        List<String> candidates = candidates();
        synchronized (CjkFont.class) {
            if (loaded == null || !candidates.equals(loadedFor)) {
                loaded = load(candidates);
                loadedFor = candidates;
            }
            return loaded;
        }
    }

    static List<String> candidates() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.trim());
            return candidates;
        }
        candidates.addAll(DEFAULTS);
        return candidates;
    }

    static CjkFont load(List<String> candidates) {
        for (String candidate : candidates) {
            if (new File(fileOf(candidate)).isFile()) {
                try {
                    BaseFont regular = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    BaseFont bold = boldFace(candidate).map(CjkFont::createOrNull).orElse(regular);
                    return new CjkFont(regular, bold == null ? regular : bold, candidate);
                } catch (Exception e) {
                    throw new RenderingException("report.fontMissing", "The font " + candidate + " cannot be read: "
                            + e.getMessage(), e);
                }
            }
        }
        throw new RenderingException("report.fontMissing", "No CJK font for the PDF: looked for "
                + String.join(", ", candidates.stream().map(CjkFont::fileOf).toList())
                + "; install fonts-noto-cjk or set " + ENV, null);
    }

    private static BaseFont createOrNull(String candidate) {
        try {
            return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            return null;
        }
    }

    /** NotoSansCJK-Regular.ttc,2 → NotoSansCJK-Bold.ttc,2, when that file exists. */
    static Optional<String> boldFace(String candidate) {
        String file = fileOf(candidate);
        if (!file.contains("Regular")) {
            return Optional.empty();
        }
        String boldFile = file.replace("Regular", "Bold");
        return new File(boldFile).isFile() ? Optional.of(candidate.replace(file, boldFile)) : Optional.empty();
    }

    /** The file of "path.ttc,2". */
    static String fileOf(String candidate) {
        int comma = candidate.lastIndexOf(',');
        return comma > 0 && candidate.substring(comma + 1).trim().matches("\\d+") ? candidate.substring(0, comma) : candidate;
    }

    public BaseFont regular() { return regular; }
    public BaseFont bold() { return bold; }
    public String path() { return path; }
}
