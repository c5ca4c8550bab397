package org.citygov.plantracker.infrastructure.importing.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A plan package: the files of one plan definition (docs/plan-definition-format.md) uploaded as a
 * .zip, either at the top of the archive or inside one folder. An upload is hostile until read
 * (the same policy as {@code UploadedWorkbooks}): at most {@link #MAX_PACKAGE_BYTES} uploaded,
 * {@link #MAX_ENTRIES} entries, {@link #MAX_FILE_BYTES} inflated per file and
 * {@link #MAX_TOTAL_BYTES} in all — counted while inflating, never trusted from the headers — and no
 * entry may name a path outside the package (zip-slip: {@code ..}, absolute paths, drive letters,
 * backslashes). Nothing is written to disk. A refusal is a {@link Refused} with a message key of
 * the {@code plans.package.*} texts.
 */
public final class PlanPackageArchive implements PlanDefinitionSource {

    /** The upload itself: the 14th plan's package is about 200 KB. */
    public static final long MAX_PACKAGE_BYTES = 10L * 1024 * 1024;
    /** Files in the archive (a definition has five; folders and a README leave room). */
    public static final int MAX_ENTRIES = 50;
    /** One inflated file: the 14th plan's programs.yaml is about 250 KB. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** All inflated files together. */
    public static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    private final String name;
    private final Map<String, byte[]> files;

    private PlanPackageArchive(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = files;
    }

    /** A plan package that is refused before its files are read. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final transient Object[] arguments;

        Refused(String messageKey, String english, Object... arguments) {
            super(english);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /**
     * Reads the archive {@code upload} (closed by the caller) named {@code name} (the uploaded
     * file's name, for messages).
     *
     * @throws Refused too large, too many entries, an unsafe entry name, not a zip, or no plan.yaml
     */
    public static PlanPackageArchive read(String name, InputStream upload) {
        String label = name == null || name.isBlank() ? "upload.zip"
                : name.strip().length() > 100 ? name.strip().substring(0, 100) : name.strip();
        byte[] bytes;
        try {
            bytes = upload.readNBytes((int) MAX_PACKAGE_BYTES + 1);
        } catch (IOException e) {
            throw new Refused("plans.package.unreadable", "The upload could not be read.");
        }
        if (bytes.length > MAX_PACKAGE_BYTES) {
            throw new Refused("plans.package.tooLarge", "The package is larger than "
                    + MAX_PACKAGE_BYTES / (1024 * 1024) + " MB.", MAX_PACKAGE_BYTES / (1024 * 1024));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new Refused("plans.package.tooManyEntries", "The package has more than " + MAX_ENTRIES
                            + " entries.", MAX_ENTRIES);
                }
                String path = safePath(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(path)) {
                    throw new Refused("plans.package.duplicate", "The package holds " + path + " twice.", path);
                }
                byte[] content = inflate(zip, path);
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new Refused("plans.package.tooLargeInflated", "The package's files inflate to more than "
                            + MAX_TOTAL_BYTES / (1024 * 1024) + " MB.", MAX_TOTAL_BYTES / (1024 * 1024));
                }
                entries.put(path, content);
            }
        } catch (ZipException e) {
            throw new Refused("plans.package.notZip", "The file is not a zip archive.");
        } catch (IOException e) {
            throw new Refused("plans.package.notZip", "The file is not a zip archive.");
        }
        if (entries.isEmpty()) {
            throw new Refused("plans.package.notZip", "The file is not a zip archive (or it is empty).");
        }
        return new PlanPackageArchive(label, withoutTopFolder(entries));
    }

    /** The entry's path, refused when it could point outside the package. */
    static String safePath(String entryName) {
        String n = entryName == null ? "" : entryName;
        boolean unsafe = n.isEmpty() || n.length() > 200 || n.startsWith("/") || n.contains("\\") || n.contains(":")
                || n.chars().anyMatch(c -> c < 0x20)
                || List.of(n.split("/")).stream().anyMatch(part -> part.equals("..") || part.equals("."));
        if (unsafe) {
            throw new Refused("plans.package.unsafeName", "The package holds an entry with an unsafe name: " + n,
                    n.length() > 80 ? n.substring(0, 80) + "…" : n);
        }
        return n;
    }

    private static byte[] inflate(ZipInputStream zip, String path) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
            size += read;
            if (size > MAX_FILE_BYTES) {
                throw new Refused("plans.package.fileTooLarge", path + " inflates to more than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB.", path, MAX_FILE_BYTES / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** A package zipped as its folder (zz-ps-15/plan.yaml …) reads as if the files were at the top. */
    private static Map<String, byte[]> withoutTopFolder(Map<String, byte[]> entries) {
        if (entries.containsKey(PlanDefinitionReader.MANIFEST)) {
            return entries;
        }
        List<String> manifests = entries.keySet().stream()
                .filter(p -> p.endsWith("/" + PlanDefinitionReader.MANIFEST)
                        && p.indexOf('/') == p.length() - PlanDefinitionReader.MANIFEST.length() - 1)
                .toList();
        if (manifests.size() != 1) {
            throw new Refused("plans.package.noManifest", "The package has no " + PlanDefinitionReader.MANIFEST
                    + " at its top or in one folder.", PlanDefinitionReader.MANIFEST);
        }
        String prefix = manifests.get(0).substring(0, manifests.get(0).length() - PlanDefinitionReader.MANIFEST.length());
        Map<String, byte[]> out = new LinkedHashMap<>();
        entries.forEach((path, content) -> {
            if (path.startsWith(prefix)) {
                out.put(path.substring(prefix.length()), content);
            }
        });
        return out;
    }

    /** The file names in the package (after the top folder is taken off). */
    public List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    @Override
    public String location() {
        return "upload:" + name;
    }

    @Override
    public String locate(String fileName) {
        return "upload:" + name + "!/" + fileName;
    }

    @Override
    public Optional<byte[]> read(String fileName) {
        return Optional.ofNullable(files.get(fileName)).map(byte[]::clone);
    }
}
