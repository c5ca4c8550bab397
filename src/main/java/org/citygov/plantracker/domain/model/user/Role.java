package org.citygov.plantracker.domain.model.user;

/** The roles of plan-tracker. Names are the role names the security realm hands to the container. */
public enum Role {
    /** 项目单位 — edits the projects of its own lead unit only. */
    PROJECT_OFFICE,
    /** 财政局 — reviews and approves funding, records disbursements. */
    FINANCE,
    /** 市政府 / 发改委 — reads everything, reviews the project library and re-baselines. */
    CITY_GOV,
    /** Administrator — users, catalogues, reference data. */
    ADMIN;

    public static final String PROJECT_OFFICE_NAME = "PROJECT_OFFICE";
    public static final String FINANCE_NAME = "FINANCE";
    public static final String CITY_GOV_NAME = "CITY_GOV";
    public static final String ADMIN_NAME = "ADMIN";
}
