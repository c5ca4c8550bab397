package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.SampleData;
import org.citygov.plantracker.domain.service.slippage.Band;
import org.citygov.plantracker.domain.service.slippage.MilestoneDelay;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.ProjectEvaluation;
import org.citygov.plantracker.domain.service.slippage.UnitFacts;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Red and amber projects (cockpit/projects.xhtml): sortable, exportable. */
@Named
@ViewScoped
public class ProjectRisksBacking extends CockpitPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private SlippageFormat fmt;

    @Inject
    private SampleData sampleData;

    private String band;
    private transient List<Line> lines;

    /** A project with what the list shows of it: names, never codes (the lead unit by name). */
    public record Line(ProjectEvaluation project, String districtZh, String districtEn, Integer worstDelay,
                       String leadUnitZh, String leadUnitEn) {
    }

    @Override
    protected void afterLoad(PortfolioEvaluation e) {
        lines = null;
    }

    public List<Line> getLines() {
        if (lines == null) {
            PortfolioEvaluation e = evaluation();
            Set<Band> bands = bands();
            java.util.Map<String, org.citygov.plantracker.application.evaluation.EvaluationService.LeadUnitName> units =
                    evaluationService.leadUnitNames();
            lines = e.projects().stream().filter(p -> bands.contains(p.band()))
                    .map(p -> {
                        UnitFacts district = district(e, p.jurisdictionId());
                        Integer worst = p.delays().stream().filter(d -> !d.isDone()).map(MilestoneDelay::delayDays)
                                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
                        var unit = p.leadUnitCode() == null ? null : units.get(p.leadUnitCode());
                        return new Line(p, district == null ? null : district.nameZh(),
                                district == null ? null : district.nameEn(), worst,
                                unit == null ? p.leadUnitCode() : unit.nameZh(),
                                unit == null ? p.leadUnitCode() : unit.nameEn());
                    })
                    .sorted(Comparator.comparing((Line l) -> -l.project().band().ordinal())
                            .thenComparing(l -> l.project().schedule().spi() == null ? 9 : l.project().schedule().spi().doubleValue())
                            .thenComparing(l -> l.project().code()))
                    .toList();
        }
        return lines;
    }

    private static UnitFacts district(PortfolioEvaluation e, long unitId) {
        for (long id : e.territory().chain(unitId)) {
            UnitFacts u = e.territory().require(id);
            if (u.level() == org.citygov.plantracker.domain.model.place.JurisdictionLevel.DISTRICT) {
                return u;
            }
        }
        return e.territory().unit(unitId).orElse(null);
    }

    private Set<Band> bands() {
        if (band == null || band.isBlank()) {
            return EnumSet.of(Band.RED, Band.AMBER);
        }
        try {
            return EnumSet.of(Band.valueOf(band.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException ex) {
            return EnumSet.of(Band.RED, Band.AMBER);
        }
    }

    /** The project's data-quality warnings in words, one per line (the list showed a bare count). */
    public String warnings(ProjectEvaluation p) {
        return p.warnings().stream().map(fmt::warning).collect(java.util.stream.Collectors.joining("；"));
    }

    public boolean isSampleData() {
        return sampleData.present();
    }

    /** Adds the 示例 label to exported workbooks when the data include sample data. */
    public void labelExport(Object document) {
        ExportLabels.label(document, sampleData.present(), fmt.text("cockpit.sampleExport"));
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = band;
    }
}
