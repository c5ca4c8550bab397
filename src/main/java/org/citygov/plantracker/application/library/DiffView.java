package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.service.library.LibraryDiff;

import java.io.Serializable;
import java.util.Map;

/**
 * The diff of two snapshots, with the two snapshots it compares and the wording of the targets
 * its outputs count toward ({@code planCode + " " + targetCode} → zh, en).
 */
public record DiffView(LibrarySnapshotRow from, LibrarySnapshotRow to, LibraryDiff diff, Map<String, String[]> targetWording)
        implements Serializable {

    public boolean containsSample() {
        return from.containsSample() || to.containsSample();
    }

    public String targetZh(String planCode, String targetCode) {
        String[] w = targetWording.get(planCode + " " + targetCode);
        return w == null ? null : w[0];
    }

    public String targetEn(String planCode, String targetCode) {
        String[] w = targetWording.get(planCode + " " + targetCode);
        return w == null ? null : w[1];
    }
}
