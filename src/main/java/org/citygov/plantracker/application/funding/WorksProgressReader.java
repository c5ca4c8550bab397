package org.citygov.plantracker.application.funding;

import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where the money-vs-works rules learn how far the works are: physical progress, investment
 * completed and the progress gained over the last {@code windowMonths} months. The monthly
 * progress reports (月度调度) of the project offices are the source when they exist; milestones
 * are the fallback.
 */
public interface WorksProgressReader {

    WorksProgress progressOf(long projectId, int windowMonths, LocalDate today);

    /** Every project's works, read with aggregate queries (no entity is loaded). */
    Map<Long, WorksProgress> progressOfAll(int windowMonths, LocalDate today);
}
