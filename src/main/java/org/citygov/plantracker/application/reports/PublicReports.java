package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.domain.model.report.Report;
import org.citygov.plantracker.domain.model.report.ReportStatus;
import org.citygov.plantracker.infrastructure.storage.ReportFileStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the public, login-free page and API may read: published reports only (their current
 * revision), in their public version — the frozen figures and narrative without the reasons recorded
 * on late projects, without authors. Their PDF and workbook are rendered once from the frozen content
 * and kept, since that content never changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FrozenContent frozen;

    @Inject
    private ReportFileStore files;

    @Inject
    @Any
    private Instance<ReportRenderer> renderers;

    public List<PublishedReport> published() {
        return em.createQuery("SELECT r FROM Report r WHERE r.status = :published ORDER BY r.publishedAt DESC, r.id DESC",
                        Report.class).setParameter("published", ReportStatus.PUBLISHED).getResultList().stream()
                .map(PublishedReport::of).toList();
    }

    public PublishedReport report(long id) {
        return PublishedReport.of(published(id));
    }

    /** The public version of a published report's frozen content. */
    public ReportContent content(long id) {
        published(id);
        return frozen.read(id).orElseThrow(() -> new UnknownEntityException("report", String.valueOf(id))).forPublic();
    }

    /** The published report as a file in one language, rendered on first request and kept. */
    public Path file(long id, ReportFormat format, Locale locale) {
        published(id);
        String language = "en".equals(locale.getLanguage()) ? "en" : "zh";
        Path file = files.directory().resolve("published-" + id + "-" + language + "." + format.extension());
        if (Files.isRegularFile(file)) {
            return file;
        }
        ReportContent content = content(id);
        ReportRenderer renderer = renderers.stream().filter(r -> r.format() == format).findFirst()
                .orElseThrow(() -> new IllegalStateException("No renderer for " + format));
        Path part = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".part");
        try {
            try (var out = Files.newOutputStream(part)) {
                renderer.render(content, Locale.forLanguageTag(language), out, p -> { });
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a leftover part file is harmless
            }
        }
    }

    /** The file name a download of a published report gets. */
    public String fileName(long id, ReportFormat format) {
        PublishedReport r = report(id);
        return (r.titleZh() + (r.revision() > 1 ? "-第" + r.revision() + "版" : "")).replaceAll("[\\\\/:*?\"<>|\\s]+", "_")
                + "." + format.extension();
    }

    private Report published(long id) {
        Report report = em.find(Report.class, id);
        if (report == null || report.getStatus() != ReportStatus.PUBLISHED) {
            throw new UnknownEntityException("report", String.valueOf(id));
        }
        return report;
    }
}
