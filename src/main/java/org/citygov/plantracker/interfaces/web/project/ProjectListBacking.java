package org.citygov.plantracker.interfaces.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.Option;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.application.project.ProjectFilter;
import org.citygov.plantracker.application.project.ProjectQueries;
import org.citygov.plantracker.application.project.ProjectSummary;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The portfolio (projects/list.xhtml): a lazy table over {@link ProjectQueries#count} and {@link ProjectQueries#rows}, filtered by
 * 工程, 区县(市), stage, category and words. The filters are view parameters too
 * ({@code ?program=C1.4&district=J01&stage=NEW_START&category=HEALTH&q=…}), so links can open a
 * filtered portfolio and the language switch keeps them. The Excel export reads the same model,
 * hence the same filter.
 */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's client id, to go back to the first page when the filter changes. */
    static final String TABLE = "portfolio:projects";

    /** Column field (from the sortBy expression) → sort key of ProjectQueries' whitelist. */
    private static final Map<String, String> SORT_KEYS = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("nameZh", "nameZh"), Map.entry("nameEn", "nameZh"),
            Map.entry("programCode", "programCode"), Map.entry("districtCode", "jurisdiction"),
            Map.entry("jurisdictionCode", "jurisdiction"), Map.entry("leadUnitCode", "leadUnit"),
            Map.entry("stage", "stage"), Map.entry("category", "category"),
            Map.entry("plannedFinish", "plannedFinish"), Map.entry("totalInvestment", "totalInvestment"));

    @Inject
    private ProjectQueries projectQueries;

    @Inject
    private PlanQueries planQueries;

    private String program;
    private String district;
    private Stage stage;
    private Category category;
    private String text;

    private List<Option> programs;
    private List<Option> districts;
    private final Portfolio portfolio = new Portfolio();

    @PostConstruct
    void init() {
        programs = planQueries.programOptions();
        districts = planQueries.districts();
    }

    /** The filter as it stands; the lazy model reads it on every load. */
    public ProjectFilter filter() {
        return new ProjectFilter(blankToNull(program), blankToNull(district), stage, category, blankToNull(text), null);
    }

    /** Ajax listener of the filter inputs: the table starts again at its first page. */
    public void filterChanged() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The workbook's header frozen and filtered, its sheet named 项目库 (not after the count caption). */
    public void finishExport(Object document) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String title = faces.getApplication().getResourceBundle(faces, "msg").getString("projects.title");
        org.citygov.plantracker.interfaces.web.common.ExportSheets.finish(document, 0, title);
    }

    public void clearFilters() {
        program = null;
        district = null;
        stage = null;
        category = null;
        text = null;
        filterChanged();
    }

    public boolean isFiltered() {
        ProjectFilter f = filter();
        return f.programCode() != null || f.jurisdiction() != null || f.stage() != null || f.category() != null
                || f.text() != null;
    }

    public LazyDataModel<ProjectSummary> getPortfolio() {
        return portfolio;
    }

    public List<Option> getPrograms() {
        return programs;
    }

    public List<Option> getDistricts() {
        return districts;
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** One page of the portfolio at a time, as the table (or the exporter) asks for it. */
    private class Portfolio extends LazyDataModel<ProjectSummary> {

        private static final long serialVersionUID = 1L;

        /** PrimeFaces calls count, then load: one COUNT and one page of rows per request. */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) projectQueries.count(filter());
        }

        @Override
        public List<ProjectSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                    .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted()).findFirst().orElse(null);
            String sortKey = sort == null ? "code" : SORT_KEYS.getOrDefault(sort.getField(), "code");
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return projectQueries.rows(filter(), first, pageSize, sortKey, ascending);
        }

        @Override
        public String getRowKey(ProjectSummary row) {
            return row.code();
        }

        @Override
        public ProjectSummary getRowData(String rowKey) {
            List<ProjectSummary> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> r.code().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
