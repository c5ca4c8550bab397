package org.citygov.plantracker.application.plan;

import java.io.Serializable;
import java.util.List;

/**
 * A 专栏 with its 工程. The title is kept as printed; {@code ambiguityNote} says when it cannot be taken
 * at face value (专栏8 repeats the title of 专栏7) — shown, never silently corrected.
 */
public record ColumnBoxView(int number, String titleZh, String titleEn, int chapterNumber, String chapterHeadingZh,
                            String chapterTitleEn, String note, String ambiguityNote, List<ProgramRow> programs)
        implements Serializable {

    public boolean ambiguousTitle() {
        return ambiguityNote != null && !ambiguityNote.isBlank();
    }

    public long targets() {
        return programs.stream().mapToLong(ProgramRow::targets).sum();
    }
}
