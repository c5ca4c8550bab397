package org.citygov.plantracker.domain.model.project;

/** What kind of public service a project builds (the plan's domains). */
public enum Category {
    CHILDCARE("托育服务", "Childcare"),
    EDUCATION("教育", "Education"),
    EMPLOYMENT("就业创业", "Employment"),
    HEALTH("医疗卫生", "Health"),
    ELDERLY_CARE("养老服务", "Elderly care"),
    SOCIAL_SECURITY("社会保障", "Social security"),
    EMERGENCY("应急保障", "Emergency supplies"),
    HOUSING("住房保障", "Housing"),
    VETERANS("退役军人服务", "Veterans"),
    CULTURE("公共文化", "Culture"),
    SPORTS("全民健身", "Sports");

    private final String zh;
    private final String en;

    Category(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
