package org.citygov.plantracker.infrastructure.importing.plan;

import org.citygov.plantracker.test.PlanPackageFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The plan package's archive read as hostile: limits, unsafe names, one top folder. */
class PlanPackageArchiveTest {

    @Test
    void aPackageAtTheTopOrInOneFolderReadsAsTheDefinition() throws IOException {
        PlanPackageArchive flat = PlanPackageArchive.read("p.zip",
                new ByteArrayInputStream(PlanPackageFiles.zip("plans-test/minimal")));
        assertThat(flat.fileNames()).containsExactlyElementsOf(PlanPackageFiles.FILES);
        assertThat(new PlanDefinitionReader().read(flat).code()).isEqualTo("ZZ-TEST-1");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zz-test-1/"));
            zip.closeEntry();
            for (String file : PlanPackageFiles.FILES) {
                zip.putNextEntry(new ZipEntry("zz-test-1/" + file));
                zip.write(flat.read(file).orElseThrow());
                zip.closeEntry();
            }
        }
        PlanPackageArchive folder = PlanPackageArchive.read("f.zip", new ByteArrayInputStream(out.toByteArray()));
        assertThat(new PlanDefinitionReader().read(folder).contentDigest())
                .isEqualTo(new PlanDefinitionReader().read(flat).contentDigest());
    }

    @Test
    void unsafeNamesAreRefused() {
        for (String name : new String[]{"../plan.yaml", "/etc/plan.yaml", "a/../../plan.yaml", "C:\\\\plan.yaml", "c:/x"}) {
            PlanPackageArchive.Refused refused = refusal(PlanPackageFiles.zipOf(name, "x"));
            assertThat(refused.messageKey()).as(name).isEqualTo("plans.package.unsafeName");
        }
    }

    @Test
    void notAZipTooManyEntriesAndAZipBombAreRefused() throws IOException {
        assertThat(refusal("plan.yaml: no".getBytes(StandardCharsets.UTF_8)).messageKey()).isEqualTo("plans.package.notZip");

        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            for (int i = 0; i <= PlanPackageArchive.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".txt"));
                zip.closeEntry();
            }
        }
        assertThat(refusal(many.toByteArray()).messageKey()).isEqualTo("plans.package.tooManyEntries");

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("programs.yaml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 9; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(100_000);
        assertThat(refusal(bomb.toByteArray()).messageKey()).isEqualTo("plans.package.fileTooLarge");

        assertThat(refusal(PlanPackageFiles.zipOf("readme.txt", "no manifest")).messageKey())
                .isEqualTo("plans.package.noManifest");
    }

    private static PlanPackageArchive.Refused refusal(byte[] zip) {
        PlanPackageArchive.Refused refused = catchThrowableOfType(PlanPackageArchive.Refused.class,
                () -> PlanPackageArchive.read("x.zip", new ByteArrayInputStream(zip)));
        assertThat(refused).isNotNull();
        return refused;
    }
}
