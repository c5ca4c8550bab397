package org.citygov.plantracker.infrastructure.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evidence files (photos, PDFs of monthly reports) on disk, outside the web root: in the directory
 * of the system property {@value #DIRECTORY_PROPERTY}, by default {@code plantracker-evidence} in
 * the server's data dir. Files get generated names (never the uploader's), and a file written in a
 * transaction that rolls back is deleted again, so the disk and the database agree.
 */
@ApplicationScoped
public class EvidenceStore {

    public static final String DIRECTORY_PROPERTY = "plantracker.evidence.dir";
    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public record StoredFile(String key, String sha256, long size) {
    }

    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        String data = System.getProperty("jboss.server.data.dir");
        return data != null ? Paths.get(data, "plantracker-evidence")
                : Paths.get(System.getProperty("java.io.tmpdir"), "plantracker-evidence");
    }

    /** Writes the content under a new key (yyyy-MM/uuid.ext); removed again if the current transaction rolls back. */
    public StoredFile store(byte[] content, String extension, YearMonth filedIn) {
        String key = filedIn + "/" + UUID.randomUUID() + "." + extension;
        Path file = resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence in " + directory(), e);
        }
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return new StoredFile(key, sha256(content), content.length);
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove evidence file " + key + " of a rolled-back transaction", e);
        }
    }

    /** The file of a key, never outside the store's directory. */
    Path resolve(String key) {
        Path root = directory().toAbsolutePath().normalize();
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || !key.matches("[0-9]{4}-[0-9]{2}/[0-9a-f-]{36}\\.[a-z]{3,4}")) {
            throw new IllegalArgumentException("Not an evidence key: " + key);
        }
        return file;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
