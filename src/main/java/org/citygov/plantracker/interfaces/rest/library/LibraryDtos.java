package org.citygov.plantracker.interfaces.rest.library;

import org.citygov.plantracker.application.library.DiffView;
import org.citygov.plantracker.application.library.ProposalDraft;
import org.citygov.plantracker.application.library.LibrarySnapshotRow;
import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ReviewDecision;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.service.library.ChangeKind;
import org.citygov.plantracker.domain.service.library.DiffEntry;
import org.citygov.plantracker.domain.service.library.DiffField;
import org.citygov.plantracker.domain.service.library.DiffGroup;
import org.citygov.plantracker.domain.service.library.FieldChange;
import org.citygov.plantracker.domain.service.library.LibraryDiff;
import org.citygov.plantracker.domain.service.library.OutputTotal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the library API. Amounts in yuan, dates ISO-8601. */
public final class LibraryDtos {

    private LibraryDtos() {
    }

    @Schema(description = "Opening a round (role CITY_GOV)")
    public record RoundRequest(
            @Schema(description = "Round code, 1–32 letters, digits, '_' or '-'", example = "2026", required = true) String code,
            @Schema(example = "2026 年度滚动调整", required = true) String nameZh,
            @Schema(example = "2026 rolling adjustment") String nameEn,
            @Schema(description = "The year the round adjusts; default this year", example = "2026") Integer fiscalYear,
            @Schema(description = "Last day proposals are taken; not before today", example = "2026-12-31", required = true)
            LocalDate submissionDeadline,
            @Schema(description = "The plan new projects serve; default the plan whose period holds the year",
                    example = "ZZ-PS-14") String planCode) {
    }

    @Schema(description = "A new submission deadline")
    public record DeadlineRequest(@Schema(description = "The round version you read", required = true) Long version,
                                  @Schema(required = true, example = "2027-01-15") LocalDate submissionDeadline) {
    }

    @Schema(description = "The version you read (optimistic locking)")
    public record VersionRequest(@Schema(required = true) Long version) {
    }

    @Schema(description = "A proposal. ADD: a new reserve project (projectCode is the code it will have) with terms, "
            + "program, location, category, outputs and foreseen funding. ADJUST: new terms and outputs of an existing "
            + "project (send them all; the current values are the 'before'). START (to 新开工, readiness gates checked) "
            + "and WITHDRAW (调出): the reason only.")
    public record ProposalRequest(
            @Schema(description = "For a revision: the proposal version you read") Long version,
            @Schema(required = true) ProposalKind kind,
            @Schema(required = true, example = "ZZ-C1.4-0101") String projectCode,
            String nameZh, String nameEn,
            @Schema(description = "Scope (建设内容)") String description,
            @Schema(description = "ADD: program code of the round's plan", example = "C1.4") String programCode,
            @Schema(description = "ADD: jurisdiction code", example = "J04") String jurisdictionCode,
            @Schema(description = "ADD") Category category,
            LocalDate plannedStart, LocalDate plannedFinish,
            @Schema(description = "Total investment (estimate), yuan", example = "5000000.00") BigDecimal totalInvestment,
            List<OutputRequest> outputs,
            @Schema(description = "ADD: foreseen funding; becomes requested funding lines when applied")
            List<FundingRequest> funding,
            @Schema(required = true, description = "Why (申报理由)") String reason) {

        ProposalDraft toDraft(String roundCode) {
            return new ProposalDraft(roundCode, kind, projectCode, nameZh, nameEn, description, programCode,
                    jurisdictionCode, category, plannedStart, plannedFinish, totalInvestment,
                    outputs == null ? List.of() : outputs.stream().map(o -> o == null ? null
                            : new ProposalDraft.OutputLine(o.targetCode(), o.jurisdictionCode(), o.quantity(), o.unit())).toList(),
                    funding == null ? List.of() : funding.stream().map(f -> f == null ? null
                            : new ProposalDraft.FundingDraft(f.sourceCode(), f.fiscalYear(), f.amount())).toList(),
                    reason);
        }
    }

    @Schema(description = "A planned output toward a target of the plan")
    public record OutputRequest(@Schema(example = "C1.4-T9", required = true) String targetCode,
                                @Schema(example = "J04", description = "Default: the project's location") String jurisdictionCode,
                                @Schema(example = "120", required = true) BigDecimal quantity,
                                @Schema(example = "托位") String unit) {
    }

    @Schema(description = "Foreseen money from a source in a year, yuan")
    public record FundingRequest(@Schema(example = "SPECIAL_BOND", required = true) String sourceCode,
                                 @Schema(example = "2026", required = true) Integer fiscalYear,
                                 @Schema(example = "2000000.00", required = true) BigDecimal amount) {
    }

    @Schema(description = "The city government's decision (role CITY_GOV)")
    public record DecisionRequest(@Schema(description = "The proposal version you read", required = true) Long version,
                                  @Schema(required = true) ReviewDecision decision,
                                  @Schema(description = "Required for REJECT and RETURN") String comment) {
    }

    @Schema(description = "The city government takes back its approval (role CITY_GOV)")
    public record ReopenRequest(@Schema(description = "The proposal version you read", required = true) Long version,
                                @Schema(description = "Why the approval is taken back", required = true,
                                        example = "资金未落实，撤销同意") String comment) {
    }

    @Schema(description = "A readiness document (用地, 环评 or 可研批复)")
    public record EvidenceRequest(@Schema(description = "The evidence version you read; omit for a first record") Long version,
                                  @Schema(required = true, example = "郑自然资预〔2026〕88号") String documentRef,
                                  @Schema(required = true, example = "2026-05-20") LocalDate documentDate,
                                  String note) {
    }

    @Schema(description = "The share of the total investment approved funding must cover before a new start, 0–1")
    public record SettingsRequest(@Schema(required = true) Long version,
                                  @Schema(required = true, example = "0.3") BigDecimal startFundingShare) {
    }

    @Schema(description = "A baseline snapshot (role CITY_GOV)")
    public record BaselineRequest(@Schema(required = true, example = "2026 年初基线") String labelZh, String labelEn) {
    }

    // ---- the diff ----

    @Schema(description = "Two snapshots compared field by field, grouped by program and district/county")
    public record DiffDto(LibrarySnapshotRow from, LibrarySnapshotRow to, Totals totals, List<GroupDto> groups, List<EntryDto> entries,
                          List<OutputDto> outputs) {

        static DiffDto of(DiffView view) {
            LibraryDiff d = view.diff();
            return new DiffDto(view.from(), view.to(),
                    new Totals(d.projectsBefore(), d.projectsAfter(), d.added().size(), d.withdrawn().size(),
                            d.changed().size(), d.unchanged(), d.investmentBefore(), d.investmentAfter(), d.investmentDelta()),
                    d.groups().stream().map(g -> GroupDto.of(g, view)).toList(),
                    d.entries().stream().map(EntryDto::of).toList(),
                    outputs(d.outputs(), view));
        }

        static List<OutputDto> outputs(List<OutputTotal> totals, DiffView view) {
            return totals.stream().map(o -> new OutputDto(o.planCode(), o.targetCode(),
                    view.targetZh(o.planCode(), o.targetCode()), o.unit(), o.before(), o.after(), o.delta())).toList();
        }
    }

    public record Totals(int projectsBefore, int projectsAfter, int added, int withdrawn, int changed, int unchanged,
                         BigDecimal investmentBefore, BigDecimal investmentAfter, BigDecimal investmentDelta) {
    }

    public record GroupDto(String planCode, String programCode, String programTitleZh, String districtCode,
                           String districtNameZh, int projectsBefore, int projectsAfter, int added, int withdrawn,
                           int changed, BigDecimal investmentBefore, BigDecimal investmentAfter,
                           BigDecimal investmentDelta,
                           @Schema(description = "Planned outputs of the group's projects per target and unit")
                           List<OutputDto> outputs) {

        static GroupDto of(DiffGroup g, DiffView view) {
            return new GroupDto(g.planCode(), g.programCode(), g.programTitleZh(), g.districtCode(), g.districtNameZh(),
                    g.projectsBefore(), g.projectsAfter(), g.added(), g.withdrawn(), g.changed(), g.investmentBefore(),
                    g.investmentAfter(), g.investmentDelta(), DiffDto.outputs(g.outputs(), view));
        }
    }

    @Schema(description = "One project that was added, withdrawn or changed")
    public record EntryDto(String code, ChangeKind kind, String nameZh, String nameEn, String planCode, String programCode,
                           String districtCode, BigDecimal investmentBefore, BigDecimal investmentAfter,
                           List<ChangeDto> changes) {

        static EntryDto of(DiffEntry e) {
            return new EntryDto(e.code(), e.kind(), e.current().nameZh(), e.current().nameEn(), e.planCode(),
                    e.programCode(), e.districtCode(), e.before() == null ? null : e.before().totalInvestment(),
                    e.after() == null ? null : e.after().totalInvestment(),
                    e.changes().stream().map(ChangeDto::of).toList());
        }
    }

    @Schema(description = "One changed field. Values as text: amounts in yuan, quantities, ISO dates, enum names; "
            + "null = none. qualifier names the output (target@place) or funding line (source/year).")
    public record ChangeDto(DiffField field, String qualifier, String before, String after, String unit) {

        static ChangeDto of(FieldChange c) {
            return new ChangeDto(c.field(), c.qualifier(), text(c.before()), text(c.after()), c.unit());
        }
    }

    public record OutputDto(String planCode, String targetCode, String targetDescriptionZh, String unit,
                            BigDecimal before, BigDecimal after, BigDecimal delta) {
    }

    /** Proposal changes (before → after) as text, like the diff's. */
    public static List<ChangeDto> changes(List<FieldChange> changes) {
        return changes.stream().map(ChangeDto::of).toList();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }

    @Schema(description = "A proposal: what it asks (changes before → after), outputs, funding, reason, decision; "
            + "for START the readiness gates")
    public record ProposalDto(Long id, String roundCode, ProposalKind kind,
                              org.citygov.plantracker.domain.model.library.ProposalStatus status, String projectCode,
                              String projectNameZh, String projectNameEn, boolean projectExists, String leadUnitCode,
                              String planCode, String programCode, String jurisdictionCode, Category category,
                              String nameZh, String nameEn, String description, LocalDate plannedStart,
                              LocalDate plannedFinish, BigDecimal totalInvestment, List<ChangeDto> changes,
                              List<org.citygov.plantracker.application.library.ProposalView.OutputView> outputs,
                              List<org.citygov.plantracker.application.library.ProposalView.OutputView> outputsBefore,
                              List<org.citygov.plantracker.application.library.ProposalView.FundingView> funding,
                              String reason, String submittedBy, java.time.LocalDateTime submittedAt, String reviewedBy,
                              java.time.LocalDateTime reviewedAt, ReviewDecision decision, String reviewComment,
                              java.time.LocalDateTime appliedAt, long version,
                              org.citygov.plantracker.application.library.ReadinessView readiness) {

        static ProposalDto of(org.citygov.plantracker.application.library.ProposalView v) {
            return new ProposalDto(v.id(), v.roundCode(), v.kind(), v.status(), v.projectCode(), v.projectNameZh(),
                    v.projectNameEn(), v.projectExists(), v.leadUnitCode(), v.planCode(), v.programCode(),
                    v.jurisdictionCode(), v.category(), v.nameZh(), v.nameEn(), v.description(), v.plannedStart(),
                    v.plannedFinish(), v.totalInvestment(), LibraryDtos.changes(v.changes()), v.outputs(), v.outputsBefore(),
                    v.funding(), v.reason(), v.submittedBy(), v.submittedAt(), v.reviewedBy(), v.reviewedAt(),
                    v.decision(), v.reviewComment(), v.appliedAt(), v.version(), v.readiness());
        }
    }

    /** Snapshot with its frozen projects. */
    public record SnapshotDto(LibrarySnapshotRow snapshot, List<org.citygov.plantracker.domain.model.library.LibraryProjectFacts> projects) {
    }

    /** Placeholder type for OpenAPI of a map of codes. */
    public record CodeMap(Map<String, String> codes) {
    }
}
