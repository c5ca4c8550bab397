package org.citygov.plantracker.infrastructure.importing.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of one plan definition come from: a classpath folder or a directory. */
public interface PlanDefinitionSource {

    /** Human-readable location, e.g. {@code classpath:plans/zz-ps-14}. */
    String location();

    /** Where {@code fileName} lives, as a path other code can use (classpath path or file path). */
    String locate(String fileName);

    /** The bytes of {@code fileName}, or empty when there is no such file. */
    Optional<byte[]> read(String fileName);

    /** A folder on the classpath, e.g. {@code plans/zz-ps-14}. */
    static PlanDefinitionSource classpath(ClassLoader classLoader, String folder) {
        String base = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        return new PlanDefinitionSource() {
            @Override
            public String location() {
                return "classpath:" + base;
            }

            @Override
            public String locate(String fileName) {
                return base + "/" + fileName;
            }

            @Override
            public Optional<byte[]> read(String fileName) {
                try (InputStream in = classLoader.getResourceAsStream(locate(fileName))) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + locate(fileName) + " from the classpath", e);
                }
            }
        };
    }

    /** A directory on disk, e.g. a definition being prepared for the next plan. */
    static PlanDefinitionSource directory(Path directory) {
        return new PlanDefinitionSource() {
            @Override
            public String location() {
                return directory.toString();
            }

            @Override
            public String locate(String fileName) {
                return directory.resolve(fileName).toString();
            }

            @Override
            public Optional<byte[]> read(String fileName) {
                try {
                    return Optional.of(Files.readAllBytes(directory.resolve(fileName)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + directory.resolve(fileName), e);
                }
            }
        };
    }
}
