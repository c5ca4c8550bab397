package org.citygov.plantracker.domain.model.plan;

import java.util.List;
import java.util.Optional;

/**
 * Plans and the parts other modules read: chapters, 专栏, 工程, targets and indicators.
 * Lists come back in plan order (chapters and boxes by number, programs and indicators by code,
 * targets by their position in the definition).
 */
public interface PlanRepository {

    Optional<Plan> findByCode(String code);

    /** All plans, oldest period first. */
    List<Plan> findAll();

    void store(Plan plan);

    List<Chapter> findChapters(Plan plan);

    List<ColumnBox> findColumnBoxes(Plan plan);

    List<Indicator> findIndicators(Plan plan);

    Optional<Indicator> findIndicator(Plan plan, String code);

    List<Program> findPrograms(Plan plan);

    /** The programs with their targets already loaded, for a one-query overview. */
    List<Program> findProgramsWithTargets(Plan plan);

    Optional<Program> findProgram(long id);

    Optional<Program> findProgram(Plan plan, String code);

    List<Target> findTargets(Plan plan);

    List<Target> findTargets(Program program);

    /** Targets stated in the chapter's body text or in its 专栏. */
    List<Target> findTargets(Chapter chapter);

    /** Targets stated only in chapter body text, outside any 专栏. */
    List<Target> findChapterTextTargets(Plan plan);

    /** Targets that restate an indicator-table row. */
    List<Target> findTargetsRestating(Indicator indicator);

    Optional<Target> findTarget(long id);

    Optional<Target> findTarget(Plan plan, String code);

    Optional<Chapter> findChapter(long id);
}
