package org.citygov.plantracker.application.funding;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.funding.FundingFixtures.World;
import org.citygov.plantracker.test.RunAs;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Test deployments only: makes a finance test's data for tests that drive the app from outside
 * (REST, browser). POST ?total=yuan[&amp;pending=SOURCE:year:yuan] → the World as JSON; the pending
 * request is made by the world's office user through the workflow.
 */
@WebServlet("/api/test-fixtures/funding")
public class FundingFixtureServlet extends HttpServlet {

    @Inject
    private FundingFixtures fixtures;

    @Inject
    private FundingWorkflow workflow;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        World w = fixtures.world(request.getParameter("total") == null ? "10000000" : request.getParameter("total"));
        String pending = request.getParameter("pending");
        Long lineId = null;
        if (pending != null) {
            String[] p = pending.split(":");
            lineId = RunAs.user(w.office(), FundingFixtures.PASSWORD, () -> workflow.request(w.project(),
                    new FundingCommands.Request(p[0], Integer.valueOf(p[1]), new BigDecimal(p[2]), "测试申请")));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"tag\":\"" + w.tag() + "\",\"office\":\"" + w.office() + "\",\"otherOffice\":\""
                + w.otherOffice() + "\",\"finance\":\"" + w.finance() + "\",\"city\":\"" + w.city() + "\",\"admin\":\""
                + w.admin() + "\",\"street\":\"" + w.street() + "\",\"district\":\"" + w.district()
                + "\",\"project\":\"" + w.project() + "\",\"password\":\"" + FundingFixtures.PASSWORD + "\""
                + (lineId == null ? "" : ",\"lineId\":" + lineId) + "}");
    }
}
