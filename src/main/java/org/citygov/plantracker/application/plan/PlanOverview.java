package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan at a glance, for the home page: the document (title, 文号, issuer, period), its structure
 * (chapters with their 专栏) and the counts of what it holds and of the projects that deliver it.
 *
 * @param columnTargets      targets of the 工程 in the 专栏
 * @param chapterTextTargets targets stated only in the chapter body text
 * @param districts          the 区县(市) the plan's per-district targets apply to
 * @param projectsByStage    projects of this plan the signed-in user may see, per stage (every stage listed)
 */
public record PlanOverview(String code, String titleZh, String titleEn, String docNo, String issuerZh,
                           String issuerEn, LocalDate issuedOn, LocalDate publishedOn, int startYear, int endYear,
                           Integer outlookYear, List<ChapterView> chapters, long programs,
                           long columnTargets, long chapterTextTargets, List<Tally<TargetKind>> targetsByKind,
                           List<Tally<IndicatorNature>> indicatorsByNature, long districts,
                           List<Tally<Stage>> projectsByStage) implements Serializable {

    public int chapterCount() {
        return chapters.size();
    }

    public int columnBoxCount() {
        return chapters.stream().mapToInt(c -> c.columnBoxes().size()).sum();
    }

    public long targets() {
        return columnTargets + chapterTextTargets;
    }

    public long indicators() {
        return indicatorsByNature.stream().mapToLong(Tally::count).sum();
    }

    public long bindingIndicators() {
        return count(indicatorsByNature, IndicatorNature.BINDING);
    }

    public long expectedIndicators() {
        return count(indicatorsByNature, IndicatorNature.EXPECTED);
    }

    public long projects() {
        return projectsByStage.stream().mapToLong(Tally::count).sum();
    }

    private static <K extends Enum<K>> long count(List<Tally<K>> tallies, K key) {
        return tallies.stream().filter(t -> t.key() == key).mapToLong(Tally::count).sum();
    }

    /** A chapter with the 专栏 printed in it (none for most chapters). */
    public record ChapterView(int number, String headingZh, String titleZh, String titleEn,
                              List<ColumnBoxRef> columnBoxes) implements Serializable {
    }

    /** A 专栏 as the home page lists it; the title as printed, and whether that title is in doubt. */
    public record ColumnBoxRef(int number, String titleZh, String titleEn, int chapterNumber, long programs,
                               boolean ambiguousTitle) implements Serializable {
    }
}
