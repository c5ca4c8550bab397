package org.citygov.plantracker.application.place;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

import java.util.List;
import java.util.Optional;

/**
 * A project's place and the two levels above it in one query row, to find its 区县(市) without a query per
 * project: a 社区 lies under a 街道 under a 区县(市), a 街道 under a 区县(市), a 区县(市) is one. The query joins
 * {@code JOIN p.jurisdiction j LEFT JOIN j.parent jp LEFT JOIN jp.parent jg} and selects
 * {@link #columns(String, String, String, String)}; each level is read by its prefix ({@code unitCode},
 * {@code parentNameZh}, {@code grandparentLevel} …).
 */
public final class PlaceAndAncestors {

    static final String PARENT = "parent";
    static final String GRANDPARENT = "grandparent";

    private PlaceAndAncestors() {
    }

    /** The code, names and level of the place {@code alias}, named with {@code prefix}. */
    public static Columns place(String prefix, String alias) {
        return Columns.of(prefix + "Code", alias + ".code").and(prefix + "NameZh", alias + ".nameZh")
                .and(prefix + "NameEn", alias + ".nameEn").and(prefix + "Level", alias + ".level");
    }

    /** The place ({@code prefix}), its parent ("parent") and grandparent ("grandparent"). */
    public static Columns columns(String prefix, String alias, String parentAlias, String grandparentAlias) {
        return place(prefix, alias).and(place(PARENT, parentAlias)).and(place(GRANDPARENT, grandparentAlias));
    }

    /** The prefix of the level that is the place's 区县(市): the place's own, "parent" or "grandparent"; empty if none. */
    public static Optional<String> district(Row r, String prefix) {
        for (String level : List.of(prefix, PARENT, GRANDPARENT)) {
            if (r.value(level + "Level") == JurisdictionLevel.DISTRICT) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
