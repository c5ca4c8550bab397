package org.citygov.plantracker.interfaces.web.offices;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.offices.OfficesFixture;
import org.citygov.plantracker.application.offices.OfficesFixture.Office;
import org.citygov.plantracker.application.offices.OfficesFixture.ProjectRef;
import org.citygov.plantracker.application.offices.RebaselineProposal;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.RunAs;

import java.io.IOException;
import java.util.List;

/**
 * Test data for the browser tests, which run outside the server: only in test deployments
 * (see {@link OfficesBrowserIT}), never in the application.
 */
@WebServlet(OfficesFixtureServlet.PATH)
public class OfficesFixtureServlet extends HttpServlet {

    static final String PATH = "/test-fixtures/offices";
    private static final long serialVersionUID = 1L;

    @Inject
    private OfficesFixture fixture;

    @Inject
    private Rebaselining rebaselining;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        switch (String.valueOf(request.getParameter("action"))) {
            case "setup" -> {
                Office office = fixture.office();
                ProjectRef project = fixture.project(office, Stage.CONTINUING, 3, 1);
                Office other = fixture.office();
                ProjectRef otherProject = fixture.project(other);
                String city = fixture.user(Role.CITY_GOV);
                Long last = project.milestone(2);
                var baseline = fixture.milestone(last).getBaseline();
                RunAs.user(office.username(), OfficesFixture.PASSWORD, () -> rebaselining.request(new RebaselineProposal(
                        project.code(), "征地拆迁延误，申请顺延两个月",
                        List.of(new RebaselineProposal.ProposedDate(last, baseline.plusMonths(2))))));
                json.add("office", office.username()).add("city", city).add("password", OfficesFixture.PASSWORD)
                        .add("project", project.code()).add("otherProject", otherProject.code())
                        .add("otherOffice", other.username());
            }
            case "reports" -> json.add("count", fixture.count(
                    "SELECT COUNT(r) FROM ProgressReport r WHERE r.project.code.value = :c", "c",
                    request.getParameter("code")));
            case "audit" -> json.add("count", fixture.auditCount(request.getParameter("code")));
            default -> {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
