package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.project.Stage;

/**
 * Moving a project to another stage (储备 → 前期 → 新开工 → 续建 → 竣工 → 投用, or 调出 with a reason).
 *
 * @param version the project version the user read
 */
public record StageChange(String projectCode, long version, Stage stage, String reason) implements Serializable {
}
