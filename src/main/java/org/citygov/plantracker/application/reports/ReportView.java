package org.citygov.plantracker.application.reports;

import java.io.Serializable;
import java.util.List;

/**
 * A report with its content: live figures for a draft, the frozen ones for a published revision.
 *
 * @param sections the narrative sections with the version each was read at (for optimistic locking)
 */
public record ReportView(ReportSummary report, List<SectionRow> sections, ReportContent content)
        implements Serializable {

    public record SectionRow(String key, String body, long version) implements Serializable {
    }
}
