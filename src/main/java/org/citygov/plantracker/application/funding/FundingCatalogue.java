package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** The funding-source catalogue: everyone signed in reads it; finance and administrators keep it. */
@ApplicationScoped
public class FundingCatalogue {

    static final String ENTITY = "FundingSource";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingAccess access;

    @Inject
    private AuditTrail audit;

    @Transactional
    public List<SourceView> sources(boolean activeOnly) {
        access.requireSignedIn();
        return em.createQuery("SELECT s FROM FundingSource s" + (activeOnly ? " WHERE s.active = TRUE" : "")
                        + " ORDER BY s.sortOrder, s.code", FundingSource.class)
                .getResultList().stream().map(SourceView::of).toList();
    }

    @Transactional
    public SourceView source(String code) {
        access.requireSignedIn();
        return SourceView.of(find(code));
    }

    /** Adds a source to the catalogue. */
    @Transactional
    public SourceView add(SourceView.Form form) {
        access.requireCatalogueKeeper();
        String code = form.code() == null ? null : form.code().trim().toUpperCase(Locale.ROOT);
        if (code != null && findOptional(code).isPresent()) {
            throw new RuleViolation("code", "funding.sourceCodeTaken", "The code " + code + " is already used", code);
        }
        FundingSource source = new FundingSource(code, form.nameZh(), form.nameEn(), form.government(), form.sortOrder());
        source.allowOnlyFor(form.allowedCategories());
        if (!form.active()) {
            source.retire();
        }
        em.persist(source);
        em.flush();
        audit.event(ENTITY, source.getId(), null, "funding.source.add",
                source.getCode() + " " + source.getNameZh() + " / " + source.getNameEn());
        return SourceView.of(source);
    }

    /** Changes a source's names, flag, order, categories or active state; every changed field is audited. */
    @Transactional
    public SourceView change(SourceView.Form form) {
        access.requireCatalogueKeeper();
        FundingSource source = find(form.code());
        if (form.version() != null) {
            ConcurrentEditException.check("funding source " + source.getCode(), form.version(), source.getVersion());
        }
        String beforeZh = source.getNameZh();
        String beforeEn = source.getNameEn();
        boolean beforeGov = source.isGovernment();
        int beforeOrder = source.getSortOrder();
        boolean beforeActive = source.isActive();
        String beforeCategories = new TreeSet<>(source.getAllowedCategories()).toString();

        source.describe(form.nameZh(), form.nameEn(), form.government(), form.sortOrder());
        source.allowOnlyFor(form.allowedCategories());
        if (form.active()) {
            source.reinstate();
        } else {
            source.retire();
        }
        Long id = source.getId();
        audit.fieldChanged(ENTITY, id, null, "funding.source.change", "nameZh", beforeZh, source.getNameZh());
        audit.fieldChanged(ENTITY, id, null, "funding.source.change", "nameEn", beforeEn, source.getNameEn());
        audit.fieldChanged(ENTITY, id, null, "funding.source.change", "government", beforeGov, source.isGovernment());
        audit.fieldChanged(ENTITY, id, null, "funding.source.change", "sortOrder", beforeOrder, source.getSortOrder());
        audit.fieldChanged(ENTITY, id, null, "funding.source.change", "active", beforeActive, source.isActive());
        audit.fieldChanged(ENTITY, id, null, "funding.source.change", "allowedCategories", beforeCategories,
                new TreeSet<>(source.getAllowedCategories()).toString());
        em.flush();
        return SourceView.of(source);
    }

    FundingSource find(String code) {
        return findOptional(code).orElseThrow(() -> new UnknownEntityException("funding source", code));
    }

    private Optional<FundingSource> findOptional(String code) {
        return em.createQuery("SELECT s FROM FundingSource s WHERE s.code = :c", FundingSource.class)
                .setParameter("c", code).getResultStream().findFirst();
    }
}
