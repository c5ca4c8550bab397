package org.citygov.plantracker.interfaces.web.offices;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.offices.EvidenceContent;
import org.citygov.plantracker.application.offices.MonthlyReports;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.interfaces.web.reports.ContentDisposition;

import java.io.IOException;
import java.io.InputStream;

/**
 * Sends an evidence file to a signed-in reader who may see the project
 * ({@code /offices/evidence?code=…&id=…}). The files themselves live outside the web root.
 */
@WebServlet("/offices/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonthlyReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceContent file;
        try {
            file = reports.evidence(request.getParameter("code"), id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (UnknownEntityException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", ContentDisposition.inline(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.opener().open()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
