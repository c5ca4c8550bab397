package org.citygov.plantracker.infrastructure.importing.plan;

import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.DeadlineBasis;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plan definition as read and checked by {@link PlanDefinitionReader}: an immutable tree that
 * mirrors the definition files (docs/plan-definition-format.md). Cross-references are checked;
 * codes are kept as codes. Optional values are null.
 *
 * @param location           where the definition was read from (classpath:plans/zz-ps-14)
 * @param code               the plan code from the manifest (ZZ-PS-14)
 * @param version            the plan's version from the manifest ({@code version:}, 1 when left out): a
 *                           package whose version is higher than the loaded plan's revises it in place
 * @param contentDigest      SHA-256 (hex) over the manifest and every file it lists
 * @param sourceTextLocation classpath or file location of the source text, if the manifest lists one
 * @param groupMembers       for each per_jurisdiction_group target, the codes of its 区县(市),
 *                           resolved from the manifest's jurisdiction_groups or the target's named list
 */
public record PlanDefinition(
        String location,
        String code,
        int version,
        String contentDigest,
        Document document,
        City city,
        PopulationSource population,
        List<ChapterDef> chapters,
        List<ColumnDef> columns,
        List<TargetDef> chapterTextTargets,
        List<IndicatorDef> indicators,
        List<JurisdictionDef> jurisdictions,
        Map<String, List<String>> groupMembers,
        String sourceTextLocation) {

    public PlanDefinition {
        chapters = List.copyOf(chapters);
        columns = List.copyOf(columns);
        chapterTextTargets = List.copyOf(chapterTextTargets);
        indicators = List.copyOf(indicators);
        jurisdictions = List.copyOf(jurisdictions);
        groupMembers = Map.copyOf(groupMembers);
    }

    /** The 工程 of every 专栏, in definition order. */
    public Stream<ProgramDef> programs() {
        return columns.stream().flatMap(c -> c.programs().stream());
    }

    /** Targets of the 工程, in definition order. */
    public Stream<TargetDef> columnTargets() {
        return programs().flatMap(p -> p.targets().stream());
    }

    /** Column targets, then chapter-text targets. */
    public Stream<TargetDef> allTargets() {
        return Stream.concat(columnTargets(), chapterTextTargets.stream());
    }

    public Optional<TargetDef> target(String targetCode) {
        return allTargets().filter(t -> t.code().equals(targetCode)).findFirst();
    }

    public Optional<ProgramDef> program(String programCode) {
        return programs().filter(p -> p.code().equals(programCode)).findFirst();
    }

    public Optional<IndicatorDef> indicator(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    public List<String> groupMembersOf(String targetCode) {
        return groupMembers.getOrDefault(targetCode, List.of());
    }

    /** The issuing document's metadata ({@code document} in programs.yaml). */
    public record Document(String titleZh, String titleEn, String docNo, String issuerZh, String issuerEn,
                           LocalDate issued, LocalDate published, int periodStartYear, int periodEndYear,
                           Integer outlookYear, String sourceFile) {
    }

    /** The city the plan is for: the root jurisdiction. */
    public record City(String code, String nameZh, String nameEn) {
    }

    /** Year and source of the population column of jurisdictions.csv, when it is filled. */
    public record PopulationSource(int fiscalYear, String source, boolean sample) {
    }

    public record ChapterDef(int number, String titleZh, String titleEn) {
    }

    /** A 专栏 as printed. */
    public record ColumnDef(int number, String titleZh, String titleEn, int chapter, String ownerDomain,
                            String ownerDomainZh, String note, List<ProgramDef> programs) {
        public ColumnDef {
            programs = List.copyOf(programs);
        }
    }

    /** A 工程. */
    public record ProgramDef(String code, int chapter, String titleZh, String titleEn, String ownerDomain,
                             List<String> relatedTargets, ScheduleDef schedule, List<TargetDef> targets) {
        public ProgramDef {
            relatedTargets = List.copyOf(relatedTargets);
            targets = List.copyOf(targets);
        }

        public Optional<ScheduleDef> stagedSchedule() {
            return Optional.ofNullable(schedule);
        }
    }

    public record ScheduleDef(String nameZh, String nameEn, String textZh, String note, List<StageDef> stages) {
        public ScheduleDef {
            stages = List.copyOf(stages);
        }
    }

    public record StageDef(int number, LocalDate deadline, String deadlineText, Integer yearOffset, String textZh,
                           String textEn, List<String> targetCodes) {
        public StageDef {
            targetCodes = List.copyOf(targetCodes);
        }
    }

    /**
     * A target, from a 工程 ({@code programCode} set) or from the chapter text ({@code programCode} null).
     *
     * @param value   the single planned figure in base units, or null
     * @param details further particulars rendered as text (breakdown, bed_range, listed components)
     */
    /** How a target is measured, as declared ({@code measure}, {@code inclusive_only}, {@code counts_institutions}). */
    public record MeasurementDef(MeasureKind kind, boolean inclusiveOnly, boolean countsInstitutions) {
    }

    public record TargetDef(String code, String programCode, int chapter, String section, TargetKind kind,
                            String descriptionZh, String descriptionEn, String metric, String unit,
                            Comparison comparison, BigDecimal value, BigDecimal min, BigDecimal max,
                            String targetText, boolean cumulative, String baselineText,
                            LocalDate deadline, DeadlineBasis deadlineBasis, String deadlineText,
                            LocalDate periodStart, TargetScope scope, String scopeDetail, Integer stage,
                            Integer minPlacesPerInstitution, List<String> indicatorRefs, List<String> named,
                            String alsoInText, List<String> related, String note, String details,
                            MeasurementDef measurement) {
        public TargetDef {
            indicatorRefs = List.copyOf(indicatorRefs);
            named = List.copyOf(named);
            related = List.copyOf(related);
        }

        public boolean isChapterText() {
            return programCode == null;
        }
    }

    /** A row of the indicator table. Values are null where the cell is not a single number. */
    public record IndicatorDef(String code, String domainZh, String domainEn, String nameZh, String nameEn,
                               String unit, int baselineYear, String baselineText, BigDecimal baselineValue,
                               int targetYear, String targetText, BigDecimal targetValue, IndicatorNature nature,
                               boolean cumulative, Comparison comparison, String note) {
    }

    /**
     * A jurisdiction under the city (normally a 区县(市)).
     *
     * @param parentCode the parent's code; the city's code for a 区县(市)
     * @param attributes every column of its row, by header name, for group selection
     */
    public record JurisdictionDef(String code, String nameZh, String nameEn, JurisdictionLevel level,
                                  JurisdictionKind kind, String parentCode, Long population, String note, Map<String, String> attributes) {
        public JurisdictionDef {
            attributes = Map.copyOf(attributes);
        }
    }
}
