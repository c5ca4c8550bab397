package org.citygov.plantracker.interfaces.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibraryHistory;
import org.citygov.plantracker.application.library.LibraryReadiness;
import org.citygov.plantracker.application.library.ProjectLibraryHistory;
import org.citygov.plantracker.application.library.ReadinessView;
import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A project in the library (library/project.xhtml?code=…): its readiness gates (recorded here by its
 * office or the city) and its history across rounds, snapshots and plans.
 */
@Named
@ViewScoped
public class LibraryProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryHistory history;

    @Inject
    private LibraryReadiness readiness;

    private String code;
    private ProjectLibraryHistory project;
    private ReadinessView gates;
    private ReadinessGate gate = ReadinessGate.LAND;
    private String documentRef;
    private LocalDate documentDate;
    private String note;

    /** f:viewAction: the project named by ?code= (another unit's → 403, unknown → 404). */
    public void load() {
        project = history.of(code == null ? "" : code.trim());
        gates = project.exists() ? readiness.readiness(project.code()) : null;
    }

    public void record() {
        Long version = gates.gates().stream().filter(g -> g.gate() == gate).findFirst()
                .map(ReadinessView.Gate::version).orElse(null);
        gates = readiness.record(project.code(), gate, documentRef, documentDate, note, version);
        project = history.of(project.code());
        LibraryPages.now("library.readiness.recorded", DisplayFormat.label(LibraryPages.locale(), gate));
        documentRef = null;
        documentDate = null;
        note = null;
    }

    public List<ReadinessGate> getDocumentedGates() {
        return List.of(ReadinessGate.LAND, ReadinessGate.ENVIRONMENT, ReadinessGate.FEASIBILITY);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ProjectLibraryHistory getProject() { return project; }
    public ReadinessView getGates() { return gates; }
    public ReadinessGate getGate() { return gate; }
    public void setGate(ReadinessGate gate) { this.gate = gate; }
    public String getDocumentRef() { return documentRef; }
    public void setDocumentRef(String documentRef) { this.documentRef = documentRef; }
    public LocalDate getDocumentDate() { return documentDate; }
    public void setDocumentDate(LocalDate documentDate) { this.documentDate = documentDate; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
