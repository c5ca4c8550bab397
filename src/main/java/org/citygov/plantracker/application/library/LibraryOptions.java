package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.io.Serializable;
import java.util.List;

/** What the library's forms offer to choose from: programs, targets, places, funding sources, an office's projects. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LibraryOptions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /** A code with its names; {@code extra} carries a detail (a stage, a parent's name …). */
    public record Option(String code, String labelZh, String labelEn, String extra) implements Serializable {

        /** For constructor expressions: a literal in the select list would turn off parameter binding on Derby. */
        public Option(String code, String labelZh, String labelEn) {
            this(code, labelZh, labelEn, "");
        }
    }

    public List<Option> plans() {
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.library.LibraryOptions.Option(p.code, "
                + "p.document.titleZh, p.document.titleEn) FROM Plan p "
                + "ORDER BY p.period.startYear, p.code", Option.class).getResultList();
    }

    public List<Option> programs(String planCode) {
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.library.LibraryOptions.Option(p.code, "
                        + "p.titleZh, p.titleEn) FROM Program p WHERE p.plan.code = :plan ORDER BY p.id", Option.class)
                .setParameter("plan", planCode).getResultList();
    }

    /** The plan's targets in plan order, their wording as the label and their unit as extra. */
    public List<Option> targets(String planCode) {
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.library.LibraryOptions.Option(t.code, "
                        + "t.wording.descriptionZh, t.wording.descriptionEn, t.measure.unit) FROM Target t "
                        + "WHERE t.plan.code = :plan ORDER BY t.seq", Option.class)
                .setParameter("plan", planCode).getResultList();
    }

    /** The city, its 区县(市) and their 街道/乡镇, in code order. */
    public List<Option> places() {
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.library.LibraryOptions.Option(j.code, "
                        + "j.nameZh, j.nameEn) FROM Jurisdiction j WHERE j.level IN :levels ORDER BY j.level, j.code",
                        Option.class)
                .setParameter("levels", List.of(JurisdictionLevel.CITY, JurisdictionLevel.DISTRICT,
                        JurisdictionLevel.STREET, JurisdictionLevel.TOWNSHIP))
                .getResultList();
    }

    public List<Option> fundingSources() {
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.library.LibraryOptions.Option(s.code, "
                + "s.nameZh, s.nameEn) FROM FundingSource s WHERE s.active = :active ORDER BY s.sortOrder", Option.class)
                .setParameter("active", Boolean.TRUE).getResultList();
    }

    /** The signed-in office's projects still in the library and not finished (empty for other roles). */
    public List<Option> officeProjects() {
        Columns option = Columns.of("code", "p.code.value").and("nameZh", "p.nameZh").and("nameEn", "p.nameEn")
                .and("stage", "p.stage");
        return currentUser.confinedToLeadUnit().map(unit -> option.rows(em.createQuery("SELECT " + option.select()
                        + " FROM Project p WHERE p.leadUnit.id = :unit AND p.stage IN :active ORDER BY p.code.value",
                        Object[].class)
                .setParameter("unit", unit)
                .setParameter("active", List.of(Stage.RESERVE, Stage.PREPARATION, Stage.NEW_START, Stage.CONTINUING))
                .getResultList()).stream()
                .map(r -> new Option(r.string("code"), r.string("nameZh"), r.string("nameEn"),
                        r.get("stage", Stage.class).name())).toList())
                .orElse(List.of());
    }
}
