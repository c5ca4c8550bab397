package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The jurisdiction tree as plain facts: parents, children (by code), chains up to the city. */
public final class Territory {

    private final Map<Long, UnitFacts> units = new HashMap<>();
    private final Map<Long, List<UnitFacts>> children = new HashMap<>();
    private final Map<Long, long[]> chains = new HashMap<>();
    private final List<UnitFacts> roots = new ArrayList<>();

    public Territory(Collection<UnitFacts> all) {
        for (UnitFacts u : all) {
            units.put(u.id(), u);
        }
        for (UnitFacts u : all) {
            if (u.parentId() == null || !units.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<UnitFacts> byCode = Comparator.comparing(UnitFacts::code);
        roots.sort(byCode);
        children.values().forEach(list -> list.sort(byCode));
    }

    public Optional<UnitFacts> unit(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(units.get(id));
    }

    public UnitFacts require(long id) {
        UnitFacts u = units.get(id);
        if (u == null) {
            throw new IllegalArgumentException("Unknown jurisdiction id " + id);
        }
        return u;
    }

    public Optional<UnitFacts> byCode(String code) {
        return units.values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public List<UnitFacts> roots() {
        return roots;
    }

    public List<UnitFacts> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit, its parent, … up to its root. */
    public long[] chain(long id) {
        return chains.computeIfAbsent(id, k -> {
            List<Long> ids = new ArrayList<>();
            Long current = k;
            while (current != null && units.containsKey(current) && ids.size() < 16) {
                ids.add(current);
                current = units.get(current).parentId();
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        });
    }

    public long rootOf(long id) {
        long[] chain = chain(id);
        return chain.length == 0 ? id : chain[chain.length - 1];
    }

    public boolean isWithin(long id, long ancestor) {
        for (long a : chain(id)) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Units under {@code rootId} (itself included) whose level is one of {@code levels}, in tree order. */
    public List<UnitFacts> descendantsAt(long rootId, Set<JurisdictionLevel> levels) {
        List<UnitFacts> found = new ArrayList<>();
        collect(require(rootId), levels, found);
        return found;
    }

    private void collect(UnitFacts u, Set<JurisdictionLevel> levels, List<UnitFacts> found) {
        if (levels.contains(u.level())) {
            found.add(u);
        }
        for (UnitFacts c : children(u.id())) {
            collect(c, levels, found);
        }
    }

    public int size() {
        return units.size();
    }

    /** Depth of a level: city 0, 区县(市) 1, 街道/乡镇 2, 社区/村 3. */
    public static int depth(JurisdictionLevel level) {
        return switch (level) {
            case CITY -> 0;
            case DISTRICT -> 1;
            case STREET, TOWNSHIP -> 2;
            case COMMUNITY, VILLAGE -> 3;
        };
    }
}
