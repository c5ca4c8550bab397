package org.citygov.plantracker.interfaces.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.reports.JobFile;
import org.citygov.plantracker.application.reports.ReportJobs;
import org.citygov.plantracker.interfaces.web.common.DownloadServlet;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Downloads a finished job's file for its owner (reports/download?job=…), behind the sign-in every
 * page needs. The service checks that the job is the user's; a job not finished, or whose file is gone, is 410.
 */
@WebServlet("/reports/download")
public class ReportDownloadServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportJobs jobs;

    @Override
    protected DownloadFile find(HttpServletRequest request) throws IOException {
        JobFile file = jobs.file(Long.parseLong(request.getParameter("job")));
        return new DownloadFile(file.fileName(), file.contentType(), Files.size(file.path()), false,
                () -> Files.newInputStream(file.path()));
    }

    @Override
    protected int unreadableIdStatus() {
        return HttpServletResponse.SC_BAD_REQUEST;
    }
}
