package org.citygov.plantracker.application.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.IntConsumer;

/**
 * The transactions of a portfolio import: the dry run reads and writes nothing; the import reads,
 * checks and writes in one transaction, so it is all or nothing (a problem found at the last row, or
 * any failure while writing, leaves the database as it was).
 */
@ApplicationScoped
public class PortfolioImportWriter {

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** What the file would do; nothing is written (no entity is persisted or changed by the analysis). */
    @Transactional
    public ImportPreview dryRun(InputStream upload, String username, LocalDateTime now) {
        ImportPreview preview = new PortfolioImportRun(em, username, now, PortfolioExport.lists(em)).analyse(upload);
        // the analysis changes no entity; rolling back makes sure a dry run can never write
        transactions.setRollbackOnly();
        return preview;
    }

    /**
     * Imports the file: checked against the database as it is now (it may have changed since the dry
     * run); with any problem nothing is written and the problems are the answer.
     */
    @Transactional(rollbackOn = Exception.class)
    public ImportPreview importFile(Path file, String username, LocalDateTime now, IntConsumer progress) {
        PortfolioImportRun run = new PortfolioImportRun(em, username, now, PortfolioExport.lists(em));
        ImportPreview analysed;
        try (InputStream in = Files.newInputStream(file)) {
            analysed = run.analyse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept(10);
        if (run.hasProblems()) {
            return analysed;
        }
        return run.apply(p -> progress.accept(10 + p * 89 / 100));
    }
}
