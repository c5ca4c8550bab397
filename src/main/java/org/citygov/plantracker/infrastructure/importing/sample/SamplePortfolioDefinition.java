package org.citygov.plantracker.infrastructure.importing.sample;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample (示例) portfolio of demo mode as written in {@code sample/portfolio.yaml}: demo users and
 * sample lead units, sample jurisdictions below the 区县(市) and sample populations, milestone
 * templates, and the projects in groups (each group's {@code defaults} fill what a row leaves out).
 * Read and checked by {@link SamplePortfolioReader}; turned into entities by the application's
 * {@code SamplePortfolio}.
 */
public record SamplePortfolioDefinition(
        int format,
        String plan,
        LocalDate asOf,
        String password,
        NamePrefix namePrefix,
        List<UserDef> users,
        List<LeadUnitDef> leadUnits,
        PopulationSource population,
        List<DistrictDef> districts,
        List<PlaceDef> places,
        Map<String, List<StepDef>> templates,
        List<GroupDef> groups) {

    public SamplePortfolioDefinition {
        users = List.copyOf(users);
        leadUnits = List.copyOf(leadUnits);
        districts = List.copyOf(districts);
        places = List.copyOf(places);
        templates = Map.copyOf(templates);
        groups = List.copyOf(groups);
    }

    /** Every project of every group, in file order. */
    public Stream<ProjectDef> projects() {
        return groups.stream().flatMap(g -> g.projects().stream());
    }

    /** 【示例】 and [Sample]: put before every sample project's names. */
    public record NamePrefix(String zh, String en) {
    }

    /** A demo user without a lead unit (city, finance, admin). */
    public record UserDef(String username, String name, List<String> roles) {
    }

    /** A sample lead unit and the name of its one PROJECT_OFFICE demo user. */
    public record LeadUnitDef(String code, String zh, String en, String user) {
    }

    /** Where the sample population figures say they come from, and for which years. */
    public record PopulationSource(String source, int from, int to) {
    }

    /** Sample facts about one of the plan's 区县(市): 2021 population, yearly growth (%), area code. */
    public record DistrictDef(String code, long persons, double growth, String areaCode) {
    }

    /** A sample 街道, 乡镇 or 社区 under {@code parent}, with its 2021 population and yearly growth (%). */
    public record PlaceDef(String code, @JsonProperty("in") String parent, String level, String zh, String en,
                           long persons, double growth) {
    }

    /** A step of a milestone template: name, kind, position in the planned span (0–1], weight. */
    public record StepDef(String zh, String en, String kind, double at, BigDecimal weight) {
    }

    public record GroupDef(String name, List<ProjectDef> projects) {
        public GroupDef {
            projects = List.copyOf(projects);
        }
    }

    /**
     * One sample project.
     *
     * @param where     code of its jurisdiction (a 区县(市) or a sample 街道/乡镇/社区)
     * @param invest    total investment in 万元 (the unit people write budgets in)
     * @param out       its outputs (or, for childcare, {@code childcare} and the outputs are derived)
     * @param funding   source code → share of the investment in percent (adds up to 100)
     * @param cut       percent the finance bureau trimmed from each approval
     * @param pending   leave this year's lines requested, pending review
     * @param slip      milestone number → days late from that milestone on
     * @param rebase    an approved re-baseline
     * @param withdraw  调出: when and why
     * @param why       the office's explanation of the delay (note on the first late milestone)
     */
    public record ProjectDef(
            String code,
            @JsonProperty("in") String where,
            String zh,
            String en,
            String program,
            String unit,
            String category,
            String template,
            String industry,
            LocalDate start,
            LocalDate finish,
            BigDecimal invest,
            List<OutputDef> out,
            ChildcareDef childcare,
            Map<String, Integer> funding,
            Integer cut,
            Boolean pending,
            Map<Integer, Integer> slip,
            RebaselineDef rebase,
            WithdrawalDef withdraw,
            String why,
            String desc) {

        public ProjectDef {
            out = out == null ? List.of() : List.copyOf(out);
            slip = slip == null ? Map.of() : Map.copyOf(slip);
        }

        public int cutPercent() {
            return cut == null ? 0 : cut;
        }

        public boolean pendingThisYear() {
            return Boolean.TRUE.equals(pending);
        }
    }

    /**
     * An output toward a plan target.
     *
     * @param t      target code (C2.1-T5, CH9-T01 …)
     * @param q      planned quantity
     * @param u      unit (defaults to the target's)
     * @param at     jurisdiction it counts in (defaults to the project's)
     * @param cap    facility capacity (places, beds, school places)
     * @param actual the confirmed quantity when it differs from the plan
     */
    public record OutputDef(String t, BigDecimal q, String u, String at, Integer cap, Boolean incl, String desc,
                            BigDecimal actual) {
    }

    /** A childcare institution: places (托位), whether inclusive (普惠, the default), places actually opened if different. */
    public record ChildcareDef(int places, Boolean inclusive, Integer actual) {
        public boolean isInclusive() {
            return !Boolean.FALSE.equals(inclusive);
        }

        public int actualPlaces() {
            return actual == null ? places : actual;
        }
    }

    public record RebaselineDef(int from, int days, LocalDate on) {
    }

    public record WithdrawalDef(LocalDate on, String reason) {
    }
}
