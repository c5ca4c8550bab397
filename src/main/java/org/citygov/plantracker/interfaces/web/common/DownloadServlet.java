package org.citygov.plantracker.interfaces.web.common;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.web.reports.ContentDisposition;

import java.io.IOException;
import java.io.InputStream;

/**
 * The one shape of a file sent from behind the pages' sign-in (a report job's file, an evidence photo): the
 * subclass finds the file through its service, which checks who may have it; this class answers the refusals
 * (an id that is no number: {@link #unreadableIdStatus()}; not yours: 403; no such file: 404; no longer there or
 * not made: 410) and sends the file with its type, length, name and {@code nosniff}.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A file to send: shown by the browser ({@code inline}) or saved. */
    public record DownloadFile(String fileName, String contentType, long size, boolean inline, Opener opener) {
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * The file the request asks for, through the service that checks access.
     *
     * @throws NumberFormatException  when the id in the request is no number
     * @throws AccessDeniedException  when the signed-in user may not have it
     * @throws UnknownEntityException when there is no such file
     * @throws RuleViolation          when the file is not (or no longer) there
     */
    protected abstract DownloadFile find(HttpServletRequest request) throws IOException;

    /** The answer to an id that is no number. */
    protected abstract int unreadableIdStatus();

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DownloadFile file;
        try {
            file = find(request);
        } catch (NumberFormatException e) {
            response.sendError(unreadableIdStatus());
            return;
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
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", file.inline() ? ContentDisposition.inline(file.fileName())
                : ContentDisposition.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.opener().open()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
