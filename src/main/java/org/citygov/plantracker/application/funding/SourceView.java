package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.project.Category;

import java.util.List;
import java.util.Set;

/** A funding source as lists, forms and the API show it; {@code allowedCategories} empty = any category. */
public record SourceView(String code, String nameZh, String nameEn, boolean government, int sortOrder,
                         boolean active, Set<Category> allowedCategories, long version) implements Serializable {

    public static SourceView of(FundingSource s) {
        return new SourceView(s.getCode(), s.getNameZh(), s.getNameEn(), s.isGovernment(), s.getSortOrder(),
                s.isActive(), s.getAllowedCategories(), s.getVersion());
    }

    public boolean anyCategory() {
        return allowedCategories.isEmpty();
    }

    public boolean allows(Category category) {
        return allowedCategories.isEmpty() || allowedCategories.contains(category);
    }

    /** The form of a new or changed source. */
    public record Form(String code, String nameZh, String nameEn, boolean government, int sortOrder, boolean active,
                       List<Category> allowedCategories, Long version) implements Serializable {
    }
}
