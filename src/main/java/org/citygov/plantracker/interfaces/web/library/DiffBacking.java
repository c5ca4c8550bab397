package org.citygov.plantracker.interfaces.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.DiffView;
import org.citygov.plantracker.application.library.LibrarySnapshots;
import org.citygov.plantracker.domain.service.library.DiffEntry;
import org.citygov.plantracker.domain.service.library.DiffGroup;
import org.citygov.plantracker.infrastructure.export.LibraryDiffWorkbook;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The diff of two snapshots (library/diff.xhtml?from=…&amp;to=…): totals, program × 区县(市) groups,
 * every changed field, outputs per target; Excel export.
 */
@Named
@ViewScoped
public class DiffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibrarySnapshots snapshots;

    private Long from;
    private Long to;
    private DiffView view;
    private boolean showAll;

    /** f:viewAction: compares ?from= with ?to=. */
    public void load() {
        view = snapshots.diff(from, to);
    }

    /** The groups shown: those with changes, or all of them. */
    public List<DiffGroup> getGroups() {
        return showAll ? view.diff().groups() : view.diff().groups().stream().filter(DiffGroup::hasChanges).toList();
    }

    /** Groups that have added, withdrawn or changed projects, for the detail section. */
    public List<DiffGroup> getChangedGroups() {
        return view.diff().groups().stream().filter(g -> g.added() + g.withdrawn() + g.changed() > 0).toList();
    }

    public List<DiffEntry> entriesOf(DiffGroup group) {
        return view.diff().entriesOf(group);
    }

    public StreamedContent getWorkbook() {
        Locale locale = LibraryPages.locale();
        byte[] file = new LibraryDiffWorkbook(key -> Texts.get(locale, key), Texts.english(locale)).write(view);
        return DefaultStreamedContent.builder()
                .name("library-diff-" + from + "-" + to + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    public Long getFrom() { return from; }
    public void setFrom(Long from) { this.from = from; }
    public Long getTo() { return to; }
    public void setTo(Long to) { this.to = to; }
    public DiffView getView() { return view; }
    public boolean isShowAll() { return showAll; }
    public void setShowAll(boolean showAll) { this.showAll = showAll; }
}
