package org.citygov.plantracker.application.project;

import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;

/**
 * Filters of the portfolio (page and REST alike). Null means "any".
 *
 * @param programCode  a program (工程) code such as C1.4
 * @param jurisdiction a jurisdiction code: the unit itself and every unit under it (a 区县(市) takes its streets and communities)
 * @param stage        a stage
 * @param category     a category
 * @param text         words in the code, national code or name (zh or en)
 * @param leadUnitCode a lead unit
 */
public record ProjectFilter(String programCode, String jurisdiction, Stage stage, Category category, String text,
                            String leadUnitCode) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null, null);
    }
}
