package org.citygov.plantracker.infrastructure.spreadsheet;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: an uploaded workbook is read from a temporary file under POI's zip-bomb limits. */
class UploadedWorkbooksTest {

    /**
     * A real milestone workbook whose sheets are padded with 40 MB of blanks before their closing tag
     * (legal XML): the zip stays small, an entry inflates several hundred times.
     */
    private static byte[] zipBomb() throws Exception {
        byte[] workbook = MilestoneWorkbook.write(java.util.List.of(), key -> key);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bomb", ".xlsx");
        java.nio.file.Files.write(file, workbook);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (InputStream entry = in.getInputStream(e)) {
                    content = entry.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
            }
        }
        java.nio.file.Files.delete(file);
        return bytes.toByteArray();
    }

    @Test
    void aZipBombIsRefusedWithItsOwnMessage() throws Exception {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        MilestoneWorkbook.Read read = MilestoneWorkbook.read(new ByteArrayInputStream(bomb));
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p ->
                assertThat(p.messageKey()).isEqualTo("workbook.inflatesTooMuch"));
    }

    @Test
    void aFileAboveTheSizeLimitIsNotEvenOpened() {
        InputStream endless = new InputStream() {
            long left = UploadedWorkbooks.MAX_FILE_BYTES + 10;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        MilestoneWorkbook.Read read = MilestoneWorkbook.read(endless);
        assertThat(read.problems()).singleElement().satisfies(p ->
                assertThat(p.messageKey()).isEqualTo("workbook.fileTooLarge"));
    }

    @Test
    void garbageIsUnreadable() {
        MilestoneWorkbook.Read read = MilestoneWorkbook.read(new ByteArrayInputStream("not a zip".getBytes()));
        assertThat(read.problems()).singleElement().satisfies(p ->
                assertThat(p.messageKey()).isEqualTo("workbook.unreadable"));
    }
}
