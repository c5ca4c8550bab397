package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.funding.Disbursement;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The life of a funding line: the office requests it, the finance bureau approves (possibly for
 * less), rejects or returns it with a comment, then pays it out (拨付) and corrects payments by
 * reversing entries (冲销). Each step checks who is asking, the version the caller read (a
 * stale one is a {@link ConcurrentEditException}) and the domain's rules, and is audited in the
 * same transaction — a refused step writes nothing.
 */
@ApplicationScoped
public class FundingWorkflow {

    static final String ENTITY = "FundingLine";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingAccess access;

    @Inject
    private FundingCatalogue catalogue;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The office asks for money; returns the new line's id. */
    @Transactional
    public Long request(String projectCode, FundingCommands.Request request) {
        Project project = project(projectCode);
        access.requireCanRequest(projectCode, project.getLeadUnit());
        Objects.requireNonNull(request, "request");
        if (request.sourceCode() == null || request.sourceCode().isBlank()) {
            throw new RuleViolation("sourceCode", "funding.sourceRequired", "Choose a funding source");
        }
        if (request.fiscalYear() == null) {
            throw new RuleViolation("fiscalYear", "funding.yearRequired", "Give the year");
        }
        FundingSource source = catalogue.find(request.sourceCode().trim());
        FundingLine line = new FundingLine(project, source, request.fiscalYear(), request.requested(), request.note(),
                access.actor(), now());
        em.persist(line);
        em.flush();
        // the line (source and year) is the history's subject and the amount a field, shown in 万元 in the
        // reader's language; the comment is the office's own words only (issue 16 item 8)
        audit.fieldChanged(ENTITY, line.getId(), projectCode, "funding.request", "requested", null, plain(line.getRequested()));
        audit.event(ENTITY, line.getId(), projectCode, "funding.request", line.getRequestNote());
        return line.getId();
    }

    /**
     * The office asks for money from one source over several years: one line per year, all or none. Every year
     * must lie in the project's span ({@link org.citygov.plantracker.domain.model.funding.FundingYears}), appear
     * once and carry a positive amount; the refusals name every year at fault and nothing is stored. Returns
     * the new lines' ids in year order.
     */
    @Transactional
    public List<Long> requestYears(String projectCode, FundingCommands.YearlyRequest request) {
        Project project = project(projectCode);
        access.requireCanRequest(projectCode, project.getLeadUnit());
        Objects.requireNonNull(request, "request");
        if (request.sourceCode() == null || request.sourceCode().isBlank()) {
            throw new RuleViolation("sourceCode", "funding.sourceRequired", "Choose a funding source");
        }
        List<FundingCommands.YearAmount> years = request.years() == null ? List.of()
                : request.years().stream().filter(Objects::nonNull).toList();
        if (years.isEmpty()) {
            throw new RuleViolation("years", "funding.yearsRequired", "Give the amount of at least one year");
        }
        FundingSource source = catalogue.find(request.sourceCode().trim());
        List<RuleViolation.Violation> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<FundingLine> lines = new ArrayList<>();
        LocalDateTime at = now();
        for (FundingCommands.YearAmount y : years.stream()
                .sorted(Comparator.comparing(FundingCommands.YearAmount::fiscalYear,
                        Comparator.nullsFirst(Integer::compare))).toList()) {
            if (y.fiscalYear() == null) {
                problems.add(new RuleViolation.Violation("years", "funding.yearRequired", "Give the year"));
                continue;
            }
            if (!seen.add(y.fiscalYear())) {
                problems.add(new RuleViolation.Violation("years", "funding.yearTwice",
                        "The year " + y.fiscalYear() + " is given twice", String.valueOf(y.fiscalYear())));
                continue;
            }
            try {
                lines.add(new FundingLine(project, source, y.fiscalYear(), y.requested(), request.note(),
                        access.actor(), at));
            } catch (RuleViolation refused) {
                // each refusal said once; an amount's refusal names its year
                for (RuleViolation.Violation v : refused.getViolations()) {
                    boolean notPositive = "funding.negative".equals(v.messageKey())
                            || "funding.requestNotPositive".equals(v.messageKey());
                    RuleViolation.Violation said = notPositive
                            ? new RuleViolation.Violation("years", "funding.yearAmount",
                                    "The amount of " + y.fiscalYear() + " must be above zero", String.valueOf(y.fiscalYear()))
                            : v;
                    if (problems.stream().noneMatch(p -> p.messageKey().equals(said.messageKey())
                            && Arrays.equals(p.arguments(), said.arguments()))) {
                        problems.add(said);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        List<Long> ids = new ArrayList<>();
        for (FundingLine line : lines) {
            em.persist(line);
            em.flush();
            audit.fieldChanged(ENTITY, line.getId(), projectCode, "funding.request", "requested", null, plain(line.getRequested()));
            audit.event(ENTITY, line.getId(), projectCode, "funding.request", line.getRequestNote());
            ids.add(line.getId());
        }
        return ids;
    }

    /** The office changes a returned request and sends it back for review. */
    @Transactional
    public void resubmit(Long lineId, FundingCommands.Resubmission change) {
        FundingLine line = line(lineId);
        String code = line.getProject().getCode().value();
        access.requireCanRequest(code, line.getProject().getLeadUnit());
        ConcurrentEditException.check(what(line), change.version(), line.getVersion());
        BigDecimal before = line.getRequested();
        FundingLineStatus statusBefore = line.getStatus();
        line.resubmit(change.requested(), change.note(), access.actor(), now());
        audit.fieldChanged(ENTITY, lineId, code, "funding.resubmit", "requested", plain(before), plain(line.getRequested()));
        audit.fieldChanged(ENTITY, lineId, code, "funding.resubmit", "status", statusBefore, line.getStatus());
        audit.event(ENTITY, lineId, code, "funding.resubmit", line.getRequestNote());
        em.flush();
    }

    /** The finance bureau's decision on a pending request. */
    @Transactional
    public void review(Long lineId, FundingCommands.Review review) {
        access.requireFinance();
        FundingLine line = line(lineId);
        String code = line.getProject().getCode().value();
        ConcurrentEditException.check(what(line), review.version(), line.getVersion());
        if (review.decision() == null) {
            throw new RuleViolation("decision", "funding.decisionRequired", "Choose approve, reject or return");
        }
        FundingLineStatus before = line.getStatus();
        String reviewer = access.actor();
        LocalDateTime at = now();
        String action;
        switch (review.decision()) {
            case APPROVE -> {
                line.approve(review.approved(), review.comment(), reviewer, at);
                action = "funding.approve";
                audit.fieldChanged(ENTITY, lineId, code, action, "approved", null, plain(line.getApproved()));
            }
            case REJECT -> {
                line.reject(review.comment(), reviewer, at);
                action = "funding.reject";
            }
            case RETURN -> {
                line.returnForChanges(review.comment(), reviewer, at);
                action = "funding.return";
            }
            default -> throw new IllegalArgumentException(String.valueOf(review.decision()));
        }
        audit.fieldChanged(ENTITY, lineId, code, action, "status", before, line.getStatus());
        audit.event(ENTITY, lineId, code, action, line.getReviewComment());
        em.flush();
    }

    /** Records a payment against an approved line; returns the ledger entry's id. */
    @Transactional
    public Long disburse(Long lineId, FundingCommands.Payment payment) {
        access.requireFinance();
        FundingLine line = line(lineId);
        String code = line.getProject().getCode().value();
        ConcurrentEditException.check(what(line), payment.version(), line.getVersion());
        BigDecimal before = line.getDisbursed();
        Disbursement entry = line.disburse(payment.paidOn(), payment.amount(), payment.voucherNo(), payment.note(),
                access.actor(), now());
        em.flush();
        audit.fieldChanged(ENTITY, lineId, code, "funding.disburse", "disbursed", plain(before), plain(line.getDisbursed()));
        audit.event(ENTITY, lineId, code, "funding.disburse", entry.getPaidOn() + " #" + entry.getVoucherNo()
                + (entry.getNote() == null ? "" : " — " + entry.getNote()));
        return entry.getId();
    }

    /** Corrects a ledger entry by a reversing entry; returns the reversing entry's id. */
    @Transactional
    public Long reverse(Long entryId, FundingCommands.Reversal reversal) {
        access.requireFinance();
        Disbursement original = em.find(Disbursement.class, entryId);
        if (original == null) {
            throw new UnknownEntityException("disbursement", entryId);
        }
        FundingLine line = original.getLine();
        String code = line.getProject().getCode().value();
        ConcurrentEditException.check(what(line), reversal.version(), line.getVersion());
        BigDecimal before = line.getDisbursed();
        LocalDate on = reversal.on() == null ? LocalDate.now(clock) : reversal.on();
        Disbursement entry = line.reverse(original, on, reversal.reason(), access.actor(), now());
        em.flush();
        audit.fieldChanged(ENTITY, line.getId(), code, "funding.reverse", "disbursed", plain(before), plain(line.getDisbursed()));
        audit.event(ENTITY, line.getId(), code, "funding.reverse", original.getPaidOn() + " #" + original.getVoucherNo()
                + " — " + entry.getNote());
        return entry.getId();
    }

    private Project project(String code) {
        return em.createQuery("SELECT p FROM Project p JOIN FETCH p.leadUnit WHERE p.code.value = :c", Project.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("project", code));
    }

    FundingLine line(Long id) {
        FundingLine line = id == null ? null : em.find(FundingLine.class, id);
        if (line == null) {
            throw new UnknownEntityException("funding line", id);
        }
        return line;
    }

    private static String what(FundingLine line) {
        return line.getProject().getCode().value() + " / " + line.getSource().getCode() + " " + line.getFiscalYear();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
