package org.citygov.plantracker.application.plan;

import java.io.Serializable;

/** A 工程 in a list: its code, title, how many targets it sets and whether it has a staged schedule. */
public record ProgramRow(String code, String titleZh, String titleEn, int columnBoxNumber, long targets,
                         boolean staged) implements Serializable {

    /** Built by the JPQL constructor expression; the schedule flag is added afterwards. */
    public ProgramRow(String code, String titleZh, String titleEn, Integer columnBoxNumber, Long targets) {
        this(code, titleZh, titleEn, columnBoxNumber, targets == null ? 0 : targets, false);
    }

    ProgramRow staged(boolean staged) {
        return new ProgramRow(code, titleZh, titleEn, columnBoxNumber, targets, staged);
    }
}
