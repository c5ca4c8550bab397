package org.citygov.plantracker.interfaces.web.offices;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.offices.EvidenceContent;
import org.citygov.plantracker.application.offices.MonthlyReports;
import org.citygov.plantracker.interfaces.web.common.DownloadServlet;

/**
 * Sends an evidence file to a signed-in reader who may see the project
 * ({@code /offices/evidence?code=…&id=…}), shown by the browser. The files themselves live outside the web root.
 */
@WebServlet("/offices/evidence")
public class EvidenceServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonthlyReports reports;

    @Override
    protected DownloadFile find(HttpServletRequest request) {
        EvidenceContent file = reports.evidence(request.getParameter("code"), Long.valueOf(request.getParameter("id")));
        return new DownloadFile(file.fileName(), file.contentType(), file.size(), true, file.opener()::open);
    }

    @Override
    protected int unreadableIdStatus() {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
