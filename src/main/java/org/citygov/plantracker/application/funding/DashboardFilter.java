package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.model.project.Category;

/**
 * Which projects the dashboard counts; null means any.
 *
 * @param district a jurisdiction code: the unit and everything under it
 * @param chapter  a chapter number of the plan
 */
public record DashboardFilter(String district, String programCode, Integer chapter, Category category) implements Serializable {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, null);
    }
}
