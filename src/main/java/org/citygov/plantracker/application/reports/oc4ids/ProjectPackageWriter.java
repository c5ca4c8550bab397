package org.citygov.plantracker.application.reports.oc4ids;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Writes an OC4IDS project package to a stream, project by project, so nothing but the current
 * project is held in memory. Implemented in infrastructure/export/oc4ids.
 */
public interface ProjectPackageWriter {

    PackageStream open(OutputStream out, PackageMeta meta) throws IOException;

    /** The package being written: each {@link #write} appends one project; {@link #close} ends the JSON. */
    interface PackageStream extends AutoCloseable {
        void write(Oc4idsProject project) throws IOException;

        @Override
        void close() throws IOException;
    }

    /**
     * @param uri          where this package can be fetched again
     * @param idPrefix     the OC4IDS project id prefix (oc4ids-xxxxxx-)
     * @param asOf         the date milestone statuses are judged on (due and not met → notMet)
     */
    record PackageMeta(String uri, OffsetDateTime publishedDate, String publisherName, String idPrefix,
                       LocalDate asOf) {
    }
}
