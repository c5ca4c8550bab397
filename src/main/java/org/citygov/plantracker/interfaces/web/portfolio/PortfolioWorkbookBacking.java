package org.citygov.plantracker.interfaces.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.portfolio.PortfolioExport;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.user.Role;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * admin/portfolio.xhtml: the portfolio workbook (项目组合工作簿) and its empty template as downloads;
 * the export decides what the caller may see (the city and administrators everything, an office its own).
 */
@Named
@RequestScoped
public class PortfolioWorkbookBacking {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private PortfolioExport export;

    @Inject
    private Access access;

    /** f:viewAction: the roles with a portfolio (403 for anyone else). */
    public void load() {
        access.requireAnyRole(Role.CITY_GOV, Role.ADMIN, Role.PROJECT_OFFICE);
    }

    public StreamedContent getWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(out);
        return file("portfolio.xlsx", out.toByteArray());
    }

    public StreamedContent getTemplate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.template(out);
        return file("portfolio-template.xlsx", out.toByteArray());
    }

    private static StreamedContent file(String name, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
