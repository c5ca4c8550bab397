package org.citygov.plantracker.interfaces.web.portfolio;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.offices.OfficesFixture;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.IOException;

/** Test data for {@link MilestonePlanBrowserIT} (test deployments only): an office, its 前期 project, a city user. */
@WebServlet(PortfolioFixtureServlet.PATH)
public class PortfolioFixtureServlet extends HttpServlet {

    static final String PATH = "/test-fixtures/portfolio";
    private static final long serialVersionUID = 1L;

    @Inject
    private OfficesFixture fixture;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var office = fixture.office();
        var project = fixture.project(office, Stage.PREPARATION, 1, 0);
        String city = fixture.user(Role.CITY_GOV);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("office", office.username())
                .add("project", project.code()).add("city", city).add("password", OfficesFixture.PASSWORD)
                .build().toString());
    }
}
