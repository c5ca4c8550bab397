package org.citygov.plantracker.application.project;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the portfolio (a read model: no entity leaves the application layer for lists). */
public record ProjectSummary(String code, String nationalCode, String nameZh, String nameEn,
                             String programCode, String programTitleZh, String programTitleEn,
                             String jurisdictionCode, String jurisdictionNameZh, String jurisdictionNameEn,
                             String districtCode, String districtNameZh, String districtNameEn,
                             String leadUnitCode, String leadUnitNameZh, String leadUnitNameEn,
                             Category category, Stage stage, LocalDate plannedStart, LocalDate plannedFinish,
                             BigDecimal totalInvestment, boolean sample) implements Serializable {

    /** Built by the JPQL constructor expression; finds the 区县(市) among the unit and its two ancestors. */
    public ProjectSummary(String code, String nationalCode, String nameZh, String nameEn,
                          String programCode, String programTitleZh, String programTitleEn,
                          String jCode, String jNameZh, String jNameEn, JurisdictionLevel jLevel,
                          String pCode, String pNameZh, String pNameEn, JurisdictionLevel pLevel,
                          String gCode, String gNameZh, String gNameEn, JurisdictionLevel gLevel,
                          String leadUnitCode, String leadUnitNameZh, String leadUnitNameEn,
                          Category category, Stage stage, LocalDate plannedStart, LocalDate plannedFinish,
                          BigDecimal totalInvestment, boolean sample) {
        this(code, nationalCode, nameZh, nameEn, programCode, programTitleZh, programTitleEn,
                jCode, jNameZh, jNameEn,
                pick(JurisdictionLevel.DISTRICT, jLevel, jCode, pLevel, pCode, gLevel, gCode),
                pick(JurisdictionLevel.DISTRICT, jLevel, jNameZh, pLevel, pNameZh, gLevel, gNameZh),
                pick(JurisdictionLevel.DISTRICT, jLevel, jNameEn, pLevel, pNameEn, gLevel, gNameEn),
                leadUnitCode, leadUnitNameZh, leadUnitNameEn, category, stage, plannedStart, plannedFinish,
                totalInvestment, sample);
    }

    private static String pick(JurisdictionLevel wanted, JurisdictionLevel l1, String v1, JurisdictionLevel l2,
                               String v2, JurisdictionLevel l3, String v3) {
        if (l1 == wanted) return v1;
        if (l2 == wanted) return v2;
        if (l3 == wanted) return v3;
        return null;
    }
}
