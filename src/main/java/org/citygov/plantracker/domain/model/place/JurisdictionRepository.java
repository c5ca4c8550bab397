package org.citygov.plantracker.domain.model.place;

import java.util.List;
import java.util.Optional;

/** The city's jurisdictions (市 → 区县(市) → 街道/乡镇 → 社区/村) and their populations. */
public interface JurisdictionRepository {

    Optional<Jurisdiction> find(long id);

    Optional<Jurisdiction> findByCode(String code);

    /** The units with no parent: normally just the city. */
    List<Jurisdiction> findRoots();

    /** Direct children of {@code parent}, ordered by code. */
    List<Jurisdiction> findChildren(Jurisdiction parent);

    /** All units of one level, ordered by code (e.g. the 16 区县(市)). */
    List<Jurisdiction> findByLevel(JurisdictionLevel level);

    void store(Jurisdiction jurisdiction);

    Optional<Population> findPopulation(Jurisdiction jurisdiction, int fiscalYear);

    /** The population of the latest year not after {@code fiscalYear}. */
    Optional<Population> findLatestPopulation(Jurisdiction jurisdiction, int fiscalYear);

    void store(Population population);
}
