package org.citygov.plantracker.infrastructure.spreadsheet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one policy for reading a workbook someone uploaded (the milestone workbook, the portfolio
 * workbook, any later one) — issue 15. An upload is hostile until read:
 * <ul>
 *   <li>it is spooled to a temporary file, at most {@link #MAX_FILE_BYTES}, and opened from there
 *       read-only, so POI reads the zip entry by entry instead of holding the whole file in memory;</li>
 *   <li>POI's zip-bomb guards are set for the whole server ({@link ZipSecureFile}): an entry may not
 *       inflate more than {@code 1 / MIN_INFLATE_RATIO} times, nor beyond {@link #MAX_ENTRY_BYTES};</li>
 *   <li>readers stream the sheets (SAX, {@code XSSFReader}) and stop at {@link #MAX_ROWS} rows.</li>
 * </ul>
 * A refusal is a {@link Refused} with a message key of the {@code workbook.*} texts.
 */
public final class UploadedWorkbooks {

    /** 20 MB, the pages' upload limit too: a workbook of 30,000 milestones is about 2 MB. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** No entry of the zip (a sheet's XML, the shared strings) may inflate beyond 200 MB. */
    public static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    /** An entry inflating more than 50 times is a zip bomb, not a spreadsheet (ours inflate ~5–15×). */
    public static final double MIN_INFLATE_RATIO = 0.02;
    /** More rows than the city's whole portfolio has milestones (a few thousand). */
    public static final int MAX_ROWS = 100_000;

    static {
        configure();
    }

    private UploadedWorkbooks() {
    }

    /** Sets POI's server-wide zip limits (idempotent; done when this class is first used). */
    public static void configure() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
    }

    /** A workbook upload that is refused before or while it is read. */
    public static final class Refused extends RuntimeException {
        private final String messageKey;
        private final transient Object[] arguments;

        Refused(String messageKey, String english, Object... arguments) {
            super(english);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() { return messageKey; }
        public Object[] arguments() { return arguments.clone(); }
    }

    @FunctionalInterface
    public interface PackageReader<T> {
        T read(OPCPackage workbook) throws Exception;
    }

    /**
     * Spools {@code upload} to a temporary file, opens it read-only and gives it to {@code reader};
     * the file is deleted afterwards whatever happens.
     *
     * @throws Refused too large, inflating too much, or not a zip at all
     */
    public static <T> T read(InputStream upload, PackageReader<T> reader) {
        configure();
        Path file = null;
        try {
            file = Files.createTempFile("plantracker-upload-", ".xlsx");
            long size = copyAtMost(upload, file, MAX_FILE_BYTES);
            if (size > MAX_FILE_BYTES) {
                throw new Refused("workbook.fileTooLarge", "The file is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB", MAX_FILE_BYTES / (1024 * 1024));
            }
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return reader.read(pkg);
            }
        } catch (Refused e) {
            throw e;
        } catch (Exception e) {
            if (isZipBomb(e)) {
                throw new Refused("workbook.inflatesTooMuch",
                        "The file unpacks to far more than a spreadsheet would (zip bomb)");
            }
            throw new Refused("workbook.unreadable", "The file cannot be read as an Excel workbook (.xlsx)");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned on restart
                }
            }
        }
    }

    /**
     * Copies an upload to {@code file}, stopping as soon as it passes {@code limit} bytes.
     *
     * @return the bytes read, more than {@code limit} when the upload is too large
     */
    public static long copyAtMost(InputStream in, Path file, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    return total;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("MaxEntrySize")
                    || m.contains("inflate ratio") || m.contains("exceeds the max"))) {
                return true;
            }
        }
        return false;
    }
}
