package org.citygov.plantracker.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.PlanPackagePreview;
import org.citygov.plantracker.application.plan.PlanPackages;
import org.citygov.plantracker.application.plan.PlanPackages.LoadedPlan;
import org.citygov.plantracker.infrastructure.importing.plan.PlanPackageArchive;
import org.citygov.plantracker.interfaces.rest.admin.PlanPackageDto;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;
import org.primefaces.event.FileUploadEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * admin/plans.xhtml — the loaded plans, and a plan package uploaded: its dry run (what it would
 * load, every problem with file and line, the changes against a loaded plan), then the load.
 */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanPackages packages;

    @Inject
    private LocaleBacking locale;

    private List<LoadedPlan> loaded;
    private String fileName;
    private byte[] upload;
    private PlanPackageDto preview;

    public void load() {
        loaded = packages.loaded();
    }

    /** The upload is read at once as a dry run; the bytes stay in the view for the load. */
    public void upload(FileUploadEvent event) throws IOException {
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] bytes = in.readNBytes((int) PlanPackageArchive.MAX_PACKAGE_BYTES + 1);
            upload = bytes.length > PlanPackageArchive.MAX_PACKAGE_BYTES ? null : bytes;
            PlanPackagePreview dry = packages.preview(fileName, new ByteArrayInputStream(bytes));
            preview = PlanPackageDto.of(dry, locale.getLocale());
        }
    }

    /** Loads the previewed package (all or nothing); the answer replaces the preview. */
    public void loadPackage() {
        if (upload == null) {
            AdminFaces.error("plans.package.missing");
            return;
        }
        PlanPackagePreview result = packages.load(fileName, new ByteArrayInputStream(upload));
        preview = PlanPackageDto.of(result, locale.getLocale());
        if (result.status() == PlanPackagePreview.Status.CREATED) {
            upload = null;
            AdminFaces.info("plans.summary.CREATED", fileName, result.code(),
                    result.startYear() + "–" + result.endYear());
        } else if (result.status() == PlanPackagePreview.Status.REVISED) {
            upload = null;
            AdminFaces.info("plans.summary.REVISED", fileName, result.code(), result.changes().size(),
                    String.valueOf(result.loadedVersion()), String.valueOf(result.version()), 0);
        }
        load();
    }

    public boolean isLoadable() {
        return preview != null && upload != null
                && ("NEW".equals(preview.status()) || "REVISION".equals(preview.status()));
    }

    /** A higher version of a loaded plan: the load button says it revises the plan. */
    public boolean isRevision() {
        return preview != null && "REVISION".equals(preview.status());
    }

    /** The package's files, one line. */
    public String getFiles() {
        return preview == null || preview.contents() == null ? "" : String.join("、", preview.contents().files());
    }

    /** Targets by kind in words: 目标 4，项目 1. */
    public String getTargetsByKind() {
        return preview == null || preview.contents() == null ? "" : preview.contents().targetsByKind().entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining("，"));
    }

    public String getProblemsTitle() {
        return org.citygov.plantracker.interfaces.i18n.Texts.get(locale.getLocale(), "plans.problems",
                preview == null ? 0 : preview.problems().size());
    }

    public List<LoadedPlan> getLoaded() { return loaded; }
    public PlanPackageDto getPreview() { return preview; }
    public String getFileName() { return fileName; }
}
