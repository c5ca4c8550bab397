package org.citygov.plantracker.interfaces.rest.evaluation;

import org.citygov.plantracker.application.evaluation.PlaceFiguresService.PopulationRow;
import org.citygov.plantracker.application.evaluation.PlaceFiguresService.StockRow;
import org.citygov.plantracker.application.evaluation.SnapshotService.HistoryPoint;
import org.citygov.plantracker.application.evaluation.SnapshotService.SnapshotSummary;
import org.citygov.plantracker.domain.service.slippage.Contribution;
import org.citygov.plantracker.domain.service.slippage.CurvePoint;
import org.citygov.plantracker.domain.service.slippage.DataQualityWarning;
import org.citygov.plantracker.domain.service.slippage.IndicatorEvaluation;
import org.citygov.plantracker.domain.service.slippage.InvestmentProgress;
import org.citygov.plantracker.domain.service.slippage.MilestoneDelay;
import org.citygov.plantracker.domain.service.slippage.ProjectEvaluation;
import org.citygov.plantracker.domain.service.slippage.ScheduleForecast;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.UnitRef;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The JSON of the evaluation API. Plain records, in the caller's language where words are shown. */
public final class EvaluationDtos {

    private EvaluationDtos() {
    }

    public record UnitDto(String code, String nameZh, String nameEn, String level) {
    }

    public record UnitStatusDto(String code, String nameZh, String nameEn, String status) {
        static UnitStatusDto of(UnitRef u) {
            return new UnitStatusDto(u.code(), u.nameZh(), u.nameEn(), u.status().name());
        }
    }

    /** A project output as it counts toward a target. */
    public record ContributionDto(String projectCode, String projectNameZh, String projectNameEn, String stage,
                                  String band, LocalDate forecastFinish, BigDecimal quantity, BigDecimal measure,
                                  Integer facilityCapacity, Boolean inclusive, String counted) {
        static ContributionDto of(Contribution c) {
            return new ContributionDto(c.projectCode(), c.projectNameZh(), c.projectNameEn(), c.stage().name(),
                    c.band().name(), c.forecastFinish(), c.quantity(), c.measure(), c.facilityCapacity(), c.inclusive(),
                    c.counted().name());
        }
    }

    /** One target at one unit. */
    public record TargetEvaluationDto(String planCode, String targetCode, String descriptionZh, String descriptionEn,
                                      String metric, String measureUnit, Integer stage, String kind, String role,
                                      UnitDto jurisdiction, String parentJurisdiction, LocalDate deadline,
                                      boolean deadlinePassed, BigDecimal required, BigDecimal delivered,
                                      BigDecimal forecast, BigDecimal shortfall, String status, String statusLabel,
                                      BigDecimal stock, Long population, BigDecimal rate, BigDecimal deliveredRate,
                                      BigDecimal forecastRate, BigDecimal quantityDelivered, BigDecimal quantityForecast,
                                      Integer minFacilityCapacity, boolean inclusiveOnly,
                                      List<UnitStatusDto> uncovered, List<ContributionDto> causes,
                                      List<ContributionDto> atRisk, List<ContributionDto> closers,
                                      BigDecimal remainingGap, List<ContributionDto> projects) {

        static TargetEvaluationDto of(TargetEvaluation r, TargetFacts t, String parentCode, boolean withProjects,
                                      Locale locale) {
            UnitDto unit = r.unitId() == null ? null
                    : new UnitDto(r.unitCode(), r.unitNameZh(), r.unitNameEn(), r.unitLevel().name());
            return new TargetEvaluationDto(r.planCode(), r.targetCode(), t.descriptionZh(), t.descriptionEn(),
                    t.metric(), t.unit(), r.stageNo(), r.kind().name(), r.role().name(), unit, parentCode,
                    r.deadline(), r.deadlinePassed(), r.required(), r.delivered(), r.forecast(), r.shortfall(),
                    r.status() == null ? null : r.status().name(),
                    r.status() == null ? null : Texts.get(locale, "slippage.status." + r.status().name()),
                    r.stock(), r.population(), r.rate(), r.deliveredRate(), r.forecastRate(), r.quantityDelivered(),
                    r.quantityForecast(), r.minFacilityCapacity(), r.inclusiveOnly(),
                    r.uncovered().stream().map(UnitStatusDto::of).toList(),
                    r.causes().stream().map(ContributionDto::of).toList(),
                    r.atRisk().stream().map(ContributionDto::of).toList(),
                    r.closers().stream().map(ContributionDto::of).toList(), r.remainingGap(),
                    withProjects ? r.contributions().stream().map(ContributionDto::of).toList() : null);
        }
    }

    public record MilestoneDelayDto(int seq, String nameZh, String nameEn, LocalDate originalBaseline,
                                    LocalDate baseline, LocalDate forecast, LocalDate actual, Integer delayDays,
                                    String band, Integer delayVsOriginalDays, String bandVsOriginal) {
        static MilestoneDelayDto of(MilestoneDelay d) {
            return new MilestoneDelayDto(d.seq(), d.nameZh(), d.nameEn(), d.originalBaseline(), d.baseline(),
                    d.forecast(), d.actual(), d.delayDays(), d.band().name(), d.delayVsOriginalDays(),
                    d.bandVsOriginal().name());
        }
    }

    public record CurvePointDto(LocalDate date, BigDecimal percent) {
        static List<CurvePointDto> of(List<CurvePoint> points) {
            return points.stream().map(p -> new CurvePointDto(p.date(), p.percent())).toList();
        }
    }

    public record InvestmentDto(int year, String throughMonth, BigDecimal planned, BigDecimal completed,
                                BigDecimal investmentPercent, BigDecimal timePercent, BigDecimal lagPoints,
                                boolean lagging) {
        static InvestmentDto of(InvestmentProgress i) {
            return i == null ? null : new InvestmentDto(i.year(), i.throughMonth().toString(), i.planned(),
                    i.completed(), i.investmentPercent(), i.timePercent(), i.lagPoints(), i.lagging());
        }
    }

    public record WarningDto(String issue, String subject, String message) {
        static WarningDto of(DataQualityWarning w, Locale locale) {
            return new WarningDto(w.issue().name(), w.subject(),
                    Texts.get(locale, "slippage.dq." + w.issue().name(), w.subject() == null ? "" : w.subject()));
        }
    }

    /** A project's rating; milestones and curves only when one project is asked for. */
    public record ProjectEvaluationDto(String code, String nameZh, String nameEn, String stage, String leadUnit,
                                       String program, String band, String bandLabel, String milestoneBand,
                                       BigDecimal spi, String scheduleLabel, BigDecimal plannedPercent,
                                       BigDecimal earnedPercent, LocalDate start, LocalDate plannedFinish,
                                       LocalDate originalBaselineFinish, LocalDate baselineFinish,
                                       LocalDate forecastFinish, LocalDate planDeadline, boolean lateForPlan,
                                       Integer daysLateForPlan, InvestmentDto investment, List<WarningDto> warnings,
                                       boolean sample, List<MilestoneDelayDto> milestones,
                                       List<CurvePointDto> plannedCurve, List<CurvePointDto> earnedCurve) {

        static ProjectEvaluationDto of(ProjectEvaluation p, boolean detail, Locale locale) {
            ScheduleForecast s = p.schedule();
            return new ProjectEvaluationDto(p.code(), p.nameZh(), p.nameEn(), p.stage().name(), p.leadUnitCode(),
                    p.programCode(), p.band().name(), Texts.get(locale, "slippage.band." + p.band().name()),
                    p.milestoneBand().name(), s.spi(), s.label().name(), s.plannedPercent(), s.earnedPercent(),
                    s.start(), p.plannedFinish(), s.originalFinish(), s.baselineFinish(), s.forecastFinish(),
                    p.planDeadline(), p.lateForPlan(), p.daysLateForPlan(), InvestmentDto.of(p.investment()),
                    p.warnings().stream().map(w -> WarningDto.of(w, locale)).toList(), p.sample(),
                    detail ? p.delays().stream().map(MilestoneDelayDto::of).toList() : null,
                    detail ? CurvePointDto.of(s.plannedCurve()) : null,
                    detail ? CurvePointDto.of(s.earnedCurve()) : null);
        }
    }

    public record YearValueDto(int year, BigDecimal value) {
        static List<YearValueDto> of(List<IndicatorEvaluation.YearValue> values) {
            return values.stream().map(v -> new YearValueDto(v.year(), v.value())).toList();
        }
    }

    public record IndicatorEvaluationDto(String planCode, String code, String nameZh, String nameEn, String unit,
                                         boolean binding, boolean cumulative, Integer baselineYear,
                                         String baselineText, Integer targetYear, String targetText,
                                         Integer latestYear, BigDecimal latestValue, BigDecimal expected,
                                         BigDecimal deviation, String status, String statusLabel,
                                         List<YearValueDto> line, List<YearValueDto> observations) {
        static IndicatorEvaluationDto of(IndicatorEvaluation i, Locale locale) {
            return new IndicatorEvaluationDto(i.planCode(), i.code(), i.nameZh(), i.nameEn(), i.unit(), i.binding(),
                    i.cumulative(), i.baselineYear(), i.baselineText(), i.targetYear(), i.targetText(), i.latestYear(),
                    i.latestValue(), i.expected(), i.deviation(), i.status().name(),
                    Texts.get(locale, "slippage.indicator." + i.status().name()), YearValueDto.of(i.line()),
                    YearValueDto.of(i.observations()));
        }
    }

    public record SettingDto(String key, BigDecimal value, BigDecimal defaultValue, long version) {
    }

    /** PUT /evaluation/settings: new values by key, and the versions read (optional, for conflict checks). */
    public record SettingsUpdateDto(java.util.Map<String, BigDecimal> values, java.util.Map<String, Long> versions) {
    }

    public record PopulationDto(String jurisdiction, String nameZh, String nameEn, int year, long persons,
                                String source, boolean sample, long version) {
        static PopulationDto of(PopulationRow r) {
            return new PopulationDto(r.unitCode(), r.unitNameZh(), r.unitNameEn(), r.year(), r.persons(), r.source(),
                    r.sample(), r.version());
        }
    }

    /** PUT /evaluation/population/{jurisdiction}/{year}. */
    public record PopulationUpdateDto(Long persons, String source, Long version) {
    }

    public record StockDto(String jurisdiction, String nameZh, String nameEn, String metric, int year,
                           BigDecimal quantity, BigDecimal totalQuantity, String source, boolean sample, long version) {
        static StockDto of(StockRow r) {
            return new StockDto(r.unitCode(), r.unitNameZh(), r.unitNameEn(), r.metric(), r.year(), r.quantity(),
                    r.totalQuantity(), r.source(), r.sample(), r.version());
        }
    }

    /** PUT /evaluation/stock/{jurisdiction}/{metric}/{year}. */
    public record StockUpdateDto(BigDecimal quantity, BigDecimal totalQuantity, String source, Long version) {
    }

    public record SnapshotDto(long id, LocalDate asOf, LocalDateTime takenAt, String kind, String takenBy,
                              int projectsRed, int projectsAmber, int targetsWillMiss, int targetsAtRisk) {
        static SnapshotDto of(SnapshotSummary s) {
            return new SnapshotDto(s.id(), s.asOf(), s.takenAt(), s.kind().name(), s.takenBy(), s.projectsRed(),
                    s.projectsAmber(), s.targetsWillMiss(), s.targetsAtRisk());
        }
    }

    public record HistoryPointDto(LocalDate asOf, LocalDateTime takenAt, String kind, BigDecimal required,
                                  BigDecimal delivered, BigDecimal forecast, BigDecimal shortfall, String status) {
        static HistoryPointDto of(HistoryPoint p) {
            return new HistoryPointDto(p.asOf(), p.takenAt(), p.kind().name(), p.required(), p.delivered(),
                    p.forecast(), p.shortfall(), p.status());
        }
    }
}
