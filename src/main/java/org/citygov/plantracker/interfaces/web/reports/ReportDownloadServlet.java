package org.citygov.plantracker.interfaces.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.reports.JobFile;
import org.citygov.plantracker.application.reports.ReportJobs;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Downloads a finished job's file for its owner (reports/download?job=…), behind the sign-in every
 * page needs. The service checks that the job is the user's.
 */
@WebServlet("/reports/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("job"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        JobFile file;
        try {
            file = jobs.file(id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (UnknownEntityException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuleViolation e) {
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(Files.size(file.path()));
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        Files.copy(file.path(), response.getOutputStream());
    }
}
