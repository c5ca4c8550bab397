package org.citygov.plantracker.interfaces.web.project;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.Option;
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
 * ({@code ?program=C1.4&district=J01&stage=NEW_START&category=HEALTH&q=…&sort=plannedFinish&order=desc};
 * codes or names: {@code ?district=金水区}, {@code ?stage=新开工}), so links can open a filtered, sorted
 * portfolio and the language switch keeps them; every change is written back into the address bar. The Excel export reads the same model,
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
    private PortfolioFilterOptions filterOptions;

    private String program;
    private String district;
    private Stage stage;
    private Category category;
    private String text;
    /** The sort from the link or the last click (a SORT_KEYS value), null for the default (code). */
    private String sortKey;
    private boolean ascending = true;

    private List<Option> programs;
    private List<Option> districts;
    private final Portfolio portfolio = new Portfolio();
    private ProjectQueries.FiledProjects filed;

    @PostConstruct
    void init() {
        programs = filterOptions.programs();
        districts = filterOptions.districts();
    }

    /**
     * The projects whose program is only their filing, with the chapter-text targets (CH9-T01) they serve
     * (issue 16 item 12); read once per view.
     */
    public ProjectQueries.FiledProjects getFiled() {
        if (filed == null) {
            filed = projectQueries.filedChapterTextTargets();
        }
        return filed;
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
        showQueryInAddressBar();
    }

    /** Ajax listener of the table's sort (before the rows load): the sort is kept and the address bar follows. */
    public void sorted(org.primefaces.event.data.SortEvent event) {
        SortMeta sort = event.getSortBy() == null ? null : event.getSortBy().values().stream()
                .filter(m -> m.getOrder() != null && !m.getOrder().isUnsorted()).findFirst().orElse(null);
        if (sort != null) {
            sortKey = SORT_KEYS.getOrDefault(sort.getField(), "code");
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        showQueryInAddressBar();
    }

    /** The workbook's header frozen and filtered, its sheet named 项目库 (not after the count caption). */
    public void finishExport(Object document) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String title = faces.getApplication().getResourceBundle(faces, "msg").getString("projects.title");
        org.citygov.plantracker.interfaces.web.common.ExportSheets.finish(document, 0, title);
    }

    public void clearFilters() {
        sortKey = null;
        ascending = true;
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

    /** A 工程 by its code (C1.4) or its name, as a bookmarked link may carry either. */
    public void setProgram(String program) {
        this.program = resolve(program, programs);
    }

    public String getDistrict() {
        return district;
    }

    /** A 区县(市) by its code (J04) or its name (金水区, Jinshui District): {@code ?district=金水区} works. */
    public void setDistrict(String district) {
        this.district = resolve(district, districts);
    }

    /** The stage as a link carries it: its name (NEW_START) or its label in either language (新开工). */
    public String getStageParam() {
        return stage == null ? null : stage.name();
    }

    public void setStageParam(String value) {
        this.stage = enumParam(Stage.class, value);
    }

    public String getCategoryParam() {
        return category == null ? null : category.name();
    }

    public void setCategoryParam(String value) {
        this.category = enumParam(Category.class, value);
    }

    /** The column the table is sorted by (a key of ProjectQueries' whitelist), from the link or the user's click. */
    public String getSort() {
        return sortKey;
    }

    public void setSort(String sort) {
        this.sortKey = sort != null && SORT_KEYS.containsValue(sort) ? sort : null;
    }

    public String getOrder() {
        return sortKey == null ? null : ascending ? "asc" : "desc";
    }

    public void setOrder(String order) {
        this.ascending = !"desc".equalsIgnoreCase(order);
    }

    /**
     * The filtered, sorted view as a query string (program=C1.4&district=J04&…&sort=plannedFinish&order=desc):
     * the page writes it into the address bar after every change, so the view can be bookmarked and sent.
     */
    public String getQuery() {
        StringBuilder q = new StringBuilder();
        param(q, "program", blankToNull(program));
        param(q, "district", blankToNull(district));
        param(q, "stage", getStageParam());
        param(q, "category", getCategoryParam());
        param(q, "q", blankToNull(text));
        param(q, "sort", sortKey);
        param(q, "order", sortKey == null ? null : getOrder());
        return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void showQueryInAddressBar() {
        org.primefaces.PrimeFaces.current().executeScript("history.replaceState(history.state, '', location.pathname + "
                + org.citygov.plantracker.interfaces.web.common.ScriptJson.safe("\"" + (getQuery().isEmpty() ? "" : "?" + getQuery()) + "\"") + ")"); // URL-encoded: no quote inside
    }

    /** A code as is, else the code of the option whose Chinese or English name it is; unknown text stays (and finds nothing). */
    static String resolve(String value, List<Option> options) {
        String v = blankToNull(value);
        if (v == null || options == null) {
            return v;
        }
        for (Option o : options) {
            if (o.code().equalsIgnoreCase(v)) {
                return o.code();
            }
        }
        for (Option o : options) {
            if (v.equals(o.nameZh()) || v.equalsIgnoreCase(o.nameEn())) {
                return o.code();
            }
        }
        return v;
    }

    /** An enum value by its name or its label in either language; null (no filter) for anything else. */
    static <E extends Enum<E>> E enumParam(Class<E> type, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)
                    || v.equals(org.citygov.plantracker.interfaces.web.common.DisplayFormat.label(
                            org.citygov.plantracker.interfaces.i18n.Texts.CHINESE, e))
                    || v.equalsIgnoreCase(org.citygov.plantracker.interfaces.web.common.DisplayFormat.label(
                            java.util.Locale.ENGLISH, e))) {
                return e;
            }
        }
        return null;
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
            if (sort != null) {
                // the user's click wins over the link's sort, and becomes the link's
                sortKey = SORT_KEYS.getOrDefault(sort.getField(), "code");
                ascending = sort.getOrder() != SortOrder.DESCENDING;
            }
            return projectQueries.rows(filter(), first, pageSize, sortKey == null ? "code" : sortKey, ascending);
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
