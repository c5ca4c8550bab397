package org.citygov.plantracker.interfaces.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibrarySnapshots;
import org.citygov.plantracker.application.library.LibrarySnapshotRow;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.Serializable;
import java.util.List;

/** The library's snapshots (library/snapshots.xhtml): pick two to compare; the city takes a baseline. */
@Named
@ViewScoped
public class SnapshotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibrarySnapshots snapshots;

    @Inject
    private CurrentUser currentUser;

    private List<LibrarySnapshotRow> list;
    private Long from;
    private Long to;
    private String label;
    private boolean city;

    @PostConstruct
    void init() {
        list = snapshots.list();
        city = currentUser.hasRole(Role.CITY_GOV);
        if (list.size() >= 2) {
            from = list.get(list.size() - 2).id();
            to = list.get(list.size() - 1).id();
        }
    }

    public String compare() {
        return "/library/diff?faces-redirect=true&from=" + from + "&to=" + to;
    }

    public String takeBaseline() {
        LibrarySnapshotRow row = snapshots.takeBaseline(label, null);
        LibraryPages.info("library.snapshot.taken", row.labelZh());
        return "/library/snapshots?faces-redirect=true";
    }

    public List<LibrarySnapshotRow> getList() { return list; }
    public Long getFrom() { return from; }
    public void setFrom(Long from) { this.from = from; }
    public Long getTo() { return to; }
    public void setTo(Long to) { this.to = to; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public boolean isCity() { return city; }
}
