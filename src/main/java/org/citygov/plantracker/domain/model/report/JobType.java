package org.citygov.plantracker.domain.model.report;

/** What a background job produces. */
public enum JobType {
    /** The follow-the-plan report (filters in the parameters) as PDF. */
    PLAN_PDF("pdf", "application/pdf"),
    /** The follow-the-plan report as an Excel workbook. */
    PLAN_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** A saved report (annual, mid-term, follow-the-plan) as PDF. */
    REPORT_PDF("pdf", "application/pdf"),
    /** A saved report as an Excel workbook. */
    REPORT_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** An OC4IDS project package (JSON) of all or filtered projects. */
    OC4IDS("json", "application/json"),
    /** 项目组合工作簿导入 — a portfolio workbook import (issue 13); its file is the result (JSON). */
    PORTFOLIO_IMPORT("json", "application/json");

    private final String extension;
    private final String contentType;

    JobType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() { return extension; }
    public String contentType() { return contentType; }
}
