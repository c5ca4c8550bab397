package org.citygov.plantracker.application.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Consecutive indicator rows of one 领域, as the printed table merges their first cell. */
public record IndicatorGroup(String domainZh, String domainEn, List<IndicatorRow> rows) implements Serializable {

    /** Groups rows in their order; a 领域 that appears again later starts a new group, as in print. */
    public static List<IndicatorGroup> of(List<IndicatorRow> rows) {
        List<IndicatorGroup> groups = new ArrayList<>();
        List<IndicatorRow> current = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (!current.isEmpty() && !Objects.equals(current.get(0).domainZh(), row.domainZh())) {
                groups.add(new IndicatorGroup(current.get(0).domainZh(), current.get(0).domainEn(), List.copyOf(current)));
                current.clear();
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            groups.add(new IndicatorGroup(current.get(0).domainZh(), current.get(0).domainEn(), List.copyOf(current)));
        }
        return List.copyOf(groups);
    }

    public int size() {
        return rows.size();
    }
}
