package org.citygov.plantracker.interfaces.i18n;

import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.project.Stage;

import java.util.Locale;
import java.util.Set;

/**
 * Words for the audit trail in the reader's language: an action ({@code history.action.<action>}),
 * a field ({@code history.field.<field>}) and a recorded value (stages, categories, milestone kinds and
 * funding statuses by name, amounts in 万元, yes/no). Unknown
 * keys show as recorded.
 */
public final class HistoryLabels {

    /** Fields whose values are amounts of money, recorded in yuan (the portfolio import's among them). */
    private static final Set<String> MONEY_FIELDS = Set.of("requested", "approved", "disbursed", "totalInvestment",
            "amount", "investmentMonth", "investmentCumulative");

    private HistoryLabels() {
    }

    public static String action(Locale locale, String action) {
        return lookup(locale, "history.action." + action, action);
    }

    public static String field(Locale locale, String field) {
        return field == null ? null : lookup(locale, "history.field." + field, field);
    }

    /** A recorded value of a thing's field; a status is named by the kind of thing it belongs to. */
    public static String value(Locale locale, String entityType, String field, String value) {
        if (value != null && "status".equals(field)) {
            String name = switch (entityType == null ? "" : entityType) {
                case "FundingLine" -> named(FundingLineStatus.class, value, FundingLineStatus::zh, FundingLineStatus::en, locale);
                case "LibraryProposal" -> named(ProposalStatus.class, value, ProposalStatus::zh, ProposalStatus::en, locale);
                default -> null;
            };
            if (name != null) {
                return name;
            }
        }
        return value(locale, field, value);
    }

    private static <E extends Enum<E>> String named(Class<E> type, String value, java.util.function.Function<E, String> zh,
                                                    java.util.function.Function<E, String> en, Locale locale) {
        try {
            E e = Enum.valueOf(type, value);
            return Texts.english(locale) ? en.apply(e) : zh.apply(e);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public static String value(Locale locale, String field, String value) {
        if (value == null) {
            return null;
        }
        if ("stage".equals(field)) {
            try {
                Stage stage = Stage.valueOf(value);
                return Texts.english(locale) ? stage.en() : stage.zh();
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        if ("category".equals(field)) {
            String name = named(org.citygov.plantracker.domain.model.project.Category.class, value,
                    org.citygov.plantracker.domain.model.project.Category::zh,
                    org.citygov.plantracker.domain.model.project.Category::en, locale);
            return name == null ? value : name;
        }
        if ("kind".equals(field)) {
            String name = named(org.citygov.plantracker.domain.model.project.MilestoneKind.class, value,
                    org.citygov.plantracker.domain.model.project.MilestoneKind::zh,
                    org.citygov.plantracker.domain.model.project.MilestoneKind::en, locale);
            return name == null ? value : name;
        }
        if (MONEY_FIELDS.contains(field)) {
            // recorded in yuan, read in 万元 like every amount on screen (issue 16 item 8)
            try {
                return org.citygov.plantracker.interfaces.web.common.DisplayFormat.wanYuan(new java.math.BigDecimal(value));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Texts.get(locale, "true".equals(value) ? "common.yes" : "common.no");
        }
        return value;
    }

    private static String lookup(Locale locale, String key, String fallback) {
        String text = Texts.get(locale, key);
        return text.equals(key) ? fallback : text;
    }
}
