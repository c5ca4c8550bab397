package org.citygov.plantracker.application.reports.oc4ids;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Exports projects as an OC4IDS 0.9 project package, streamed: pages of {@value #PAGE} projects are
 * read and written one after the other, so memory stays flat for any number of projects. A project
 * office exports only its own unit's projects.
 */
@ApplicationScoped
public class Oc4idsExport {

    static final int PAGE = 500;
    /** OC4IDS project ids are "oc4ids-" + a registered prefix + the local id; configurable. */
    public static final String PREFIX_PROPERTY = "plantracker.oc4ids.prefix";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    private Oc4idsProjectReader reader;

    @Inject
    private ProjectPackageWriter writer;

    @Inject
    private Access access;

    @Inject
    private org.citygov.plantracker.application.plan.PlanQueries planQueries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The filter as the signed-in user may use it (an office is confined to its lead unit). */
    public Oc4idsFilter authorize(Oc4idsFilter requested) {
        access.requireSignedIn();
        Oc4idsFilter filter = requested == null ? Oc4idsFilter.all() : requested;
        return filter.confinedTo(currentUser.confinedToLeadUnit().orElse(null));
    }

    /** How many projects the (authorized) filter selects; fails when none. */
    public long count(Oc4idsFilter filter) {
        long count = reader.count(filter, reader.places());
        if (count == 0) {
            throw new RuleViolation("filter", "oc4ids.noProjects", "No project matches the filter");
        }
        return count;
    }

    /** Writes the package of the (authorized) filter's projects to {@code out}. */
    public void write(Oc4idsFilter filter, String packageUri, OutputStream out, IntConsumer progress) throws IOException {
        Oc4idsProjectReader.Places places = reader.places();
        Oc4idsFilter effective = withoutCity(filter, places);
        long total = reader.count(effective, places);
        ProjectPackageWriter.PackageMeta meta = new ProjectPackageWriter.PackageMeta(packageUri,
                OffsetDateTime.now(clock.withZone(ZONE)).withNano(0), publisher(), prefix(), LocalDate.now(clock));
        try (ProjectPackageWriter.PackageStream stream = writer.open(out, meta)) {
            stream(after -> reader.page(effective, places, after, PAGE), stream, total, progress);
        }
    }

    /**
     * 公开数据 — the package anyone may download without signing in: only the projects the city has made
     * public (Project.isOpenData: by default from 新开工 on, never 储备), without internal fields —
     * no recorded reasons (调出 reason, re-baseline reasons), only approved funding lines.
     */
    /** How many projects are public; a package needs at least one (OC4IDS: projects minItems 1). */
    public long countOpenData() {
        return reader.count(Oc4idsFilter.openData(), reader.places());
    }

    public void writeOpenData(String packageUri, OutputStream out) throws IOException {
        Oc4idsProjectReader.Places places = reader.places();
        Oc4idsFilter filter = Oc4idsFilter.openData();
        long total = reader.count(filter, places);
        ProjectPackageWriter.PackageMeta meta = new ProjectPackageWriter.PackageMeta(packageUri,
                OffsetDateTime.now(clock.withZone(ZONE)).withNano(0), publisher(), prefix(), LocalDate.now(clock));
        try (ProjectPackageWriter.PackageStream stream = writer.open(out, meta)) {
            stream(after -> reader.page(filter, places, after, PAGE).stream().map(Oc4idsProject::forPublic).toList(),
                    stream, total, p -> { });
        }
    }

    /** Where the pages come from: the projects after an id, in id order; empty when done. */
    @FunctionalInterface
    interface PageSource {
        List<Oc4idsProject> after(long id);
    }

    /** Reads page after page and writes each project as it comes, so only one page is ever held. */
    static long stream(PageSource pages, ProjectPackageWriter.PackageStream stream, long total, IntConsumer progress)
            throws IOException {
        long done = 0;
        long after = 0;
        while (true) {
            List<Oc4idsProject> page = pages.after(after);
            if (page.isEmpty()) {
                return done;
            }
            for (Oc4idsProject project : page) {
                stream.write(project);
            }
            after = page.get(page.size() - 1).id();
            done += page.size();
            progress.accept((int) Math.min(99, done * 100 / Math.max(1, total)));
        }
    }

    /** The whole city needs no jurisdiction filter. */
    private static Oc4idsFilter withoutCity(Oc4idsFilter f, Oc4idsProjectReader.Places places) {
        if (f.jurisdictionCode() != null && places.parents().containsKey(f.jurisdictionCode())
                && places.parents().get(f.jurisdictionCode()) == null) {
            return new Oc4idsFilter(f.programCode(), null, f.stage(), f.leadUnitId(), f.openDataOnly());
        }
        return f;
    }

    /** The issuer of the current plan (郑州市人民政府) publishes its projects. */
    private String publisher() {
        return planQueries.currentPlanCode().flatMap(code -> em.createQuery(
                        "SELECT p.document.issuerZh FROM Plan p WHERE p.code = :c", String.class)
                        .setParameter("c", code).getResultStream().findFirst())
                .filter(s -> s != null && !s.isBlank()).orElse("plan-tracker");
    }

    static String prefix() {
        String prefix = System.getProperty(PREFIX_PROPERTY, System.getenv("PLANTRACKER_OC4IDS_PREFIX"));
        return prefix == null || prefix.isBlank() ? "oc4ids-plantracker-" : prefix.trim();
    }
}
