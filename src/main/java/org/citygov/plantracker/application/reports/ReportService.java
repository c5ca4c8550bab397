package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.reports.ReportContent.SectionText;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.report.NarrativeSection;
import org.citygov.plantracker.domain.model.report.Report;
import org.citygov.plantracker.domain.model.report.ReportKind;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The reports' use cases. The city government, the administrators and the finance bureau read the
 * follow-the-plan view and the reports (as they read the cockpit: the whole portfolio, with the
 * reasons offices recorded); only the city government (CITY_GOV) creates drafts, writes their
 * narrative and publishes them. Publishing freezes the figures as they are at that moment together
 * with the narrative; every step is audited. Everyone, signed in or not, reads what is published
 * ({@link PublicReports}).
 */
@ApplicationScoped
@Transactional
public class ReportService {

    static final String AUDIT_TYPE = "Report";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReportSources sources;

    @Inject
    private FrozenContent frozen;

    @Inject
    private Clock clock;

    @Inject
    private FinalEvaluationSource finalEvaluation;

    /** Who reads reports and drafts: the city government, the administrators, the finance bureau. */
    public void requireReader() {
        access.requireAnyRole(Role.CITY_GOV, Role.ADMIN, Role.FINANCE);
    }

    /** The follow-the-plan report as of a date, filtered, computed now (not saved). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportContent followThePlan(ReportRequest request) {
        requireReader();
        return assemble(request, List.of());
    }

    /** Assembles content without access checks: for the background jobs, which check at submission. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportContent assemble(ReportRequest request, List<SectionText> sections) {
        if (request.kind() != ReportKind.FINAL) {
            ReportInputs inputs = sources.read(request);
            return ReportContentBuilder.build(request, inputs, sections, LocalDateTime.now(clock));
        }
        // one read of the facts and one strict engine run serve the progress and the final evaluation
        FinalEvaluationSource.Run run = finalEvaluation.start(request.asOf());
        ReportInputs inputs = sources.read(request, run);
        return ReportContentBuilder.build(request, inputs, sections, LocalDateTime.now(clock))
                .withFinalEvaluation(run.evaluate(inputs));
    }

    /** The current plan's last day: a final evaluation's default date and its earliest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate planEnd() {
        return LocalDate.of(sources.currentPlan().endYear(), 12, 31);
    }

    /** The current plan's chapters, for the report filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportInputs.ChapterRow> chapters() {
        return sources.chapters(sources.currentPlan().code());
    }

    /** The 区县(市), for the report filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportInputs.Place> districts() {
        return sources.places().values().stream()
                .filter(p -> p.level() == org.citygov.plantracker.domain.model.place.JurisdictionLevel.DISTRICT)
                .sorted(java.util.Comparator.comparing(ReportInputs.Place::code)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportSummary> list() {
        requireReader();
        return em.createQuery("SELECT r FROM Report r ORDER BY r.createdAt DESC, r.id DESC", Report.class)
                .getResultList().stream().map(ReportSummary::of).toList();
    }

    /** A report without its content (cheap): for checks and lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportSummary summary(long id) {
        requireReader();
        return ReportSummary.of(find(id));
    }

    /** A report with its content: live for a draft, frozen for a published revision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView view(long id) {
        requireReader();
        return viewOf(find(id));
    }

    ReportView viewOf(Report report) {
        List<ReportView.SectionRow> sections = report.getSections().stream()
                .map(s -> new ReportView.SectionRow(s.getKey(), s.getBody(), s.getVersion())).toList();
        return new ReportView(ReportSummary.of(report), sections, content(report));
    }

    /** The content of a saved report: frozen once published, else assembled from live data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportContent content(Report report) {
        if (report.isFrozen()) {
            return frozen.read(report.getId()).orElseThrow(() ->
                    new IllegalStateException("Published report " + report.getId() + " has no frozen content"));
        }
        return assemble(ReportRequest.of(report), sectionsOf(report));
    }

    /** A saved report's content by id, without access checks: for the background jobs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportContent contentOf(long id) {
        Report report = em.createQuery("SELECT r FROM Report r LEFT JOIN FETCH r.sections WHERE r.id = :id", Report.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("report", String.valueOf(id)));
        return content(report);
    }

    /** An annual report, as of {@code asOf} or — when not given — the year's end, or today within the current year. */
    public ReportSummary createAnnual(int year, LocalDate asOf, String titleZh, String titleEn) {
        access.requireAnyRole(Role.CITY_GOV);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asOf != null ? asOf : today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        return created(Report.annual(year, date, titleZh, titleEn, currentUser.actorName(), LocalDateTime.now(clock)));
    }

    public ReportSummary createMidTerm(LocalDate asOf, String titleZh, String titleEn) {
        access.requireAnyRole(Role.CITY_GOV);
        return created(Report.midTerm(asOf, titleZh, titleEn, currentUser.actorName(), LocalDateTime.now(clock)));
    }

    /** A final evaluation (总结评估) as of {@code asOf}, or — when not given — the plan's last day. */
    public ReportSummary createFinal(LocalDate asOf, String titleZh, String titleEn) {
        access.requireAnyRole(Role.CITY_GOV);
        LocalDate end = planEnd();
        return created(Report.finalEvaluation(asOf == null ? end : asOf, end, titleZh, titleEn,
                currentUser.actorName(), LocalDateTime.now(clock)));
    }

    public ReportSummary createFollowThePlan(LocalDate asOf, Integer chapterNo, String districtCode, String titleZh,
                                             String titleEn) {
        access.requireAnyRole(Role.CITY_GOV);
        if (districtCode != null && !districtCode.isBlank() && !sources.places().containsKey(districtCode.trim())) {
            throw new UnknownEntityException("jurisdiction", districtCode);
        }
        return created(Report.followThePlan(asOf, chapterNo, districtCode, titleZh, titleEn, currentUser.actorName(),
                LocalDateTime.now(clock)));
    }

    private ReportSummary created(Report report) {
        em.persist(report);
        em.flush();
        audit.event(AUDIT_TYPE, report.getId(), null, "created", report.getKind() + " " + report.getTitleZh());
        return ReportSummary.of(report);
    }

    /**
     * Saves one narrative section. {@code readVersion} is the section's version when the user opened
     * it: if someone saved it since, nothing is written and the user is told.
     */
    public ReportView.SectionRow saveSection(long id, String key, String text, long readVersion) {
        access.requireAnyRole(Role.CITY_GOV);
        Report report = find(id);
        NarrativeSection current = report.section(key).orElse(null);
        if (current != null) {
            ConcurrentEditException.check("section " + key, readVersion, current.getVersion());
        }
        String before = current == null ? null : current.getBody();
        NarrativeSection saved = report.reviseSection(key, text, currentUser.actorName(), LocalDateTime.now(clock));
        audit.fieldChanged(AUDIT_TYPE, report.getId(), null, "section", key, before, saved.getBody());
        em.flush();
        return new ReportView.SectionRow(saved.getKey(), saved.getBody(), saved.getVersion());
    }

    /** Moves a draft's evaluation date. */
    public ReportSummary changeAsOf(long id, LocalDate asOf, long readVersion) {
        access.requireAnyRole(Role.CITY_GOV);
        Report report = find(id);
        ConcurrentEditException.check("report " + id, readVersion, report.getVersion());
        LocalDate before = report.getAsOf();
        if (report.getKind() == ReportKind.FINAL) {
            report.reevaluateFinalAsOf(asOf, planEnd());
        } else {
            report.reevaluateAsOf(asOf);
        }
        audit.fieldChanged(AUDIT_TYPE, report.getId(), null, "asOf", "asOf", before, asOf);
        em.flush();
        return ReportSummary.of(report);
    }

    /**
     * Publishes a draft: its figures are assembled one last time and frozen with the narrative; from
     * then on the public page shows it, and nothing in it changes. A previously published revision of
     * the same report is superseded.
     */
    public ReportSummary publish(long id, long readVersion) {
        access.requireAnyRole(Role.CITY_GOV);
        Report report = find(id);
        ConcurrentEditException.check("report " + id, readVersion, report.getVersion());
        ReportContent content = assemble(ReportRequest.of(report), sectionsOf(report));
        report.publish(currentUser.actorName(), LocalDateTime.now(clock), content.header().sample())
                .ifPresent(old -> audit.event(AUDIT_TYPE, old.getId(), null, "superseded",
                        "revision " + report.getRevision()));
        ReportContent published = ReportContentBuilder.published(content, report.getStatus(), report.getPublishedAt());
        frozen.freeze(report.getId(), published);
        audit.event(AUDIT_TYPE, report.getId(), null, "published", "revision " + report.getRevision());
        em.flush();
        return ReportSummary.of(report);
    }

    /** Starts a corrected revision of a published report (a new draft with the same narrative). */
    public ReportSummary revise(long id) {
        access.requireAnyRole(Role.CITY_GOV);
        Report published = find(id);
        boolean draftExists = !em.createQuery("SELECT r.id FROM Report r WHERE r.supersedes = :r", Long.class)
                .setParameter("r", published).getResultList().isEmpty();
        if (draftExists) {
            throw new RuleViolation("status", "report.revisionExists",
                    "A revision of this report already exists");
        }
        Report next = published.revise(currentUser.actorName(), LocalDateTime.now(clock));
        em.persist(next);
        em.flush();
        audit.event(AUDIT_TYPE, next.getId(), null, "revised", "of report " + id);
        return ReportSummary.of(next);
    }

    Report find(long id) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new UnknownEntityException("report", String.valueOf(id));
        }
        return report;
    }

    static List<SectionText> sectionsOf(Report report) {
        return report.getSections().stream().map(s -> new SectionText(s.getKey(), s.getBody())).toList();
    }

}
