package org.citygov.plantracker.infrastructure.storage;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where finished report files wait for download: a directory outside the web root,
 * {@code -Dplantracker.reports.dir} or {@code PLANTRACKER_REPORTS_DIR}, else
 * {@code <server data dir>/plantracker-reports}. Files are written under a temporary name and moved
 * into place when complete, so a download never sees half a file. Files older than
 * {@link #KEEP} are removed.
 */
@ApplicationScoped
public class ReportFileStore {

    public static final String PROPERTY = "plantracker.reports.dir";
    public static final Duration KEEP = Duration.ofDays(7);

    public Path directory() {
        String configured = System.getProperty(PROPERTY, System.getenv("PLANTRACKER_REPORTS_DIR"));
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "plantracker-reports");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the report directory " + dir, e);
        }
    }

    /** The file of a job's result. */
    public Path fileOf(long jobId, String extension) {
        return directory().resolve("job-" + jobId + "." + extension);
    }

    /** Opens a temporary file for a job; {@link Writing#complete()} moves it into place. */
    public Writing write(long jobId, String extension) throws IOException {
        Path target = fileOf(jobId, extension);
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        return new Writing(temporary, target, Files.newOutputStream(temporary));
    }

    public Optional<Path> existing(long jobId, String extension) {
        Path file = fileOf(jobId, extension);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Removes files (and leftovers of interrupted writes) older than {@link #KEEP}. */
    public int removeExpired(Instant now) {
        Instant limit = now.minus(KEEP);
        int removed = 0;
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.toList()) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (file.getFileName().toString().startsWith("job-") && modified.toInstant().isBefore(limit)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** A file being written. */
    public static final class Writing implements AutoCloseable {
        private final Path temporary;
        private final Path target;
        private final OutputStream out;
        private boolean completed;

        Writing(Path temporary, Path target, OutputStream out) {
            this.temporary = temporary;
            this.target = target;
            this.out = out;
        }

        public OutputStream out() {
            return out;
        }

        /** Closes the file and moves it into place; returns its size. */
        public long complete() throws IOException {
            out.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            completed = true;
            return Files.size(target);
        }

        @Override
        public void close() throws IOException {
            if (!completed) {
                out.close();
                Files.deleteIfExists(temporary);
            }
        }
    }
}
