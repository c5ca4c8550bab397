package org.citygov.plantracker.application.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.IntConsumer;

/** Renders report content to a file format (PDF, Excel); implemented in infrastructure/export. */
public interface ReportRenderer {

    ReportFormat format();

    /**
     * @param progress told the share done so far, 0–100, as rendering goes
     * @throws RenderingException when the file cannot be made (e.g. no CJK font installed)
     */
    void render(ReportContent content, Locale locale, OutputStream out, IntConsumer progress) throws IOException;
}
