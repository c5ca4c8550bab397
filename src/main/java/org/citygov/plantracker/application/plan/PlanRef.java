package org.citygov.plantracker.application.plan;

/** A loaded plan as lists and selectors show it (郑州市“十四五”公共服务和社会保障规划, ZZ-PS-14, 2022–2025). */
public record PlanRef(Long id, String code, String titleZh, String titleEn, String docNo,
                      int startYear, int endYear) {
}
