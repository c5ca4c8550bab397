package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.FundingAccess;
import org.citygov.plantracker.application.funding.FundingCatalogue;
import org.citygov.plantracker.application.funding.SourceView;
import org.citygov.plantracker.domain.model.project.Category;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** finance/sources.xhtml — the funding-source catalogue; finance and administrators add and change sources. */
@Named
@ViewScoped
public class SourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundingCatalogue catalogue;

    @Inject
    private FundingAccess access;

    private List<SourceView> sources;
    private boolean adding;
    private Long version;
    private String code;
    private String nameZh;
    private String nameEn;
    private boolean government;
    private int sortOrder;
    private boolean active;
    private List<String> categories = new ArrayList<>();

    public void load() {
        sources = catalogue.sources(false);
    }

    public void startAdd() {
        adding = true;
        version = null;
        code = null;
        nameZh = null;
        nameEn = null;
        government = true;
        sortOrder = sources.stream().mapToInt(SourceView::sortOrder).max().orElse(0) + 10;
        active = true;
        categories = new ArrayList<>();
    }

    public void startEdit(SourceView s) {
        adding = false;
        version = s.version();
        code = s.code();
        nameZh = s.nameZh();
        nameEn = s.nameEn();
        government = s.government();
        sortOrder = s.sortOrder();
        active = s.active();
        categories = new ArrayList<>(s.allowedCategories().stream().map(Enum::name).toList());
    }

    public void save() {
        SourceView.Form form = new SourceView.Form(code, nameZh, nameEn, government, sortOrder, active,
                categories.stream().map(Category::valueOf).toList(), version);
        if (adding) {
            catalogue.add(form);
        } else {
            catalogue.change(form);
        }
        FinanceFaces.info("fin.sources.saved");
        load();
    }

    public boolean isKeeper() {
        return access.isCatalogueKeeper();
    }

    public Category[] getAllCategories() { return Category.values(); }
    public List<SourceView> getSources() { return sources; }
    public boolean isAdding() { return adding; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isGovernment() { return government; }
    public void setGovernment(boolean government) { this.government = government; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
}
