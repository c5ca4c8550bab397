/**
 * The slippage engine: pure functions of portfolio facts and an {@code asOf} date. No JPA, no CDI —
 * the application layer reads the facts in one pass over query results ({@link PortfolioFacts}) and
 * hands them to {@link PortfolioEvaluator}; the pages, the REST API and the monthly snapshots all
 * read the same {@link PortfolioEvaluation}.
 * <ol>
 *   <li>{@link MilestoneDelayRule} — delay against the current and the original baseline, in bands;</li>
 *   <li>{@link EarnedScheduleRule} — earned schedule SPI(t) and forecast finish;</li>
 *   <li>{@link InvestmentProgressRule} — investment completed this year against time elapsed;</li>
 *   <li>{@link DataQualityRule} — missing reports, baselines and outputs;</li>
 *   <li>{@link TargetEvaluator} — required / delivered / forecast / status per target and scope unit;</li>
 *   <li>{@link IndicatorEvaluator} — indicators against the straight line from baseline to target.</li>
 * </ol>
 */
package org.citygov.plantracker.domain.service.slippage;
