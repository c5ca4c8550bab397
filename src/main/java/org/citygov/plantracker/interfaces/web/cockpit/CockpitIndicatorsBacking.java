package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.citygov.plantracker.domain.service.slippage.IndicatorEvaluation;

import java.util.List;
import java.util.Objects;

/** Every indicator of the plan against its straight line, binding ones first (cockpit/indicators.xhtml). */
@Named
@ViewScoped
public class CockpitIndicatorsBacking extends CockpitPage {

    private static final long serialVersionUID = 1L;

    public List<IndicatorEvaluation> getIndicators() {
        return evaluation().indicators().stream().filter(i -> Objects.equals(i.planCode(), getPlan())).toList();
    }
}
