package org.citygov.plantracker.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Plan packages for tests: a definition folder on the class path, zipped, with optional text edits. */
public final class PlanPackageFiles {

    /** The files of every definition used in tests. */
    public static final List<String> FILES =
            List.of("plan.yaml", "programs.yaml", "indicators.csv", "jurisdictions.csv", "plan.zh.txt");

    private PlanPackageFiles() {
    }

    /** {@code folder} (e.g. plans-test/minimal) as a .zip; {@code edits} change files' text by name. */
    public static byte[] zip(String folder, Map<String, UnaryOperator<String>> edits) {
        ClassLoader cl = PlanPackageFiles.class.getClassLoader();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String file : FILES) {
                byte[] bytes;
                try (InputStream in = cl.getResourceAsStream(folder + "/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + folder + "/" + file + " on the class path");
                    }
                    bytes = in.readAllBytes();
                }
                UnaryOperator<String> edit = edits.get(file);
                if (edit != null) {
                    String before = new String(bytes, StandardCharsets.UTF_8);
                    String after = edit.apply(before);
                    if (after.equals(before)) {
                        throw new IllegalStateException("the edit of " + file + " changed nothing");
                    }
                    bytes = after.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(file));
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] zip(String folder) {
        return zip(folder, Map.of());
    }

    /** An archive holding one entry, for refusals (unsafe names). */
    public static byte[] zipOf(String entryName, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
