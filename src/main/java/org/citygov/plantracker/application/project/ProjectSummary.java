package org.citygov.plantracker.application.project;

import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the portfolio (a read model: no entity leaves the application layer for lists), grouped as Cargo
 * Tracker groups a route: the project's names, its program, its place, its lead unit, its planned dates. The flat
 * accessors below ({@code code()}, {@code districtNameZh()} …) are what the pages ({@code #{p.districtCode}}, also
 * the list's sort keys), the exports and the API read.
 */
public record ProjectSummary(Identity project, Named program, Place place, Named leadUnit, Category category,
                             Stage stage, Planned planned, BigDecimal totalInvestment, boolean sample)
        implements Serializable {

    /** The project's codes and names. */
    public record Identity(String code, String nationalCode, String nameZh, String nameEn) implements Serializable {
    }

    /** Something with a code and a name in two languages: a program (its title), a place, a lead unit. */
    public record Named(String code, String nameZh, String nameEn) implements Serializable {
        static final Named NONE = new Named(null, null, null);
    }

    /** The unit the project is placed in, and the 区县(市) that unit lies in (itself or an ancestor; NONE above). */
    public record Place(Named unit, Named district) implements Serializable {
    }

    /** Planned start and finish. */
    public record Planned(LocalDate start, LocalDate finish) implements Serializable {
    }

    public String code() {
        return project.code();
    }

    public String nationalCode() {
        return project.nationalCode();
    }

    public String nameZh() {
        return project.nameZh();
    }

    public String nameEn() {
        return project.nameEn();
    }

    public String programCode() {
        return program.code();
    }

    public String programTitleZh() {
        return program.nameZh();
    }

    public String programTitleEn() {
        return program.nameEn();
    }

    public String jurisdictionCode() {
        return place.unit().code();
    }

    public String jurisdictionNameZh() {
        return place.unit().nameZh();
    }

    public String jurisdictionNameEn() {
        return place.unit().nameEn();
    }

    public String districtCode() {
        return place.district().code();
    }

    public String districtNameZh() {
        return place.district().nameZh();
    }

    public String districtNameEn() {
        return place.district().nameEn();
    }

    public String leadUnitCode() {
        return leadUnit.code();
    }

    public String leadUnitNameZh() {
        return leadUnit.nameZh();
    }

    public String leadUnitNameEn() {
        return leadUnit.nameEn();
    }

    public LocalDate plannedStart() {
        return planned.start();
    }

    public LocalDate plannedFinish() {
        return planned.finish();
    }
}
