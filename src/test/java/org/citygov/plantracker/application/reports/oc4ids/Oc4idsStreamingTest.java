package org.citygov.plantracker.application.reports.oc4ids;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.infrastructure.export.oc4ids.Oc4idsJsonWriter;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20,000 projects go out page by page: each page is written to the stream before the next is read,
 * so the export never holds more than one page, and the heap stays flat.
 */
class Oc4idsStreamingTest {

    static final int PROJECTS = 20_000;

    @Test
    void twentyThousandProjectsStreamPageByPage() throws IOException {
        File file = Files.createTempFile("oc4ids", ".json").toFile();
        file.deleteOnExit();
        long[] written = {0};
        List<Long> writtenWhenAsked = new ArrayList<>();
        List<Long> heapWhenAsked = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        ProjectPackageWriter.PackageMeta meta = new ProjectPackageWriter.PackageMeta("http://localhost/api/v1/oc4ids",
                OffsetDateTime.of(2023, 6, 30, 0, 0, 0, 0, ZoneOffset.ofHours(8)), "郑州市人民政府", "oc4ids-test-",
                LocalDate.of(2023, 6, 30));

        long count;
        try (OutputStream out = new FilterOutputStream(new FileOutputStream(file)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                written[0] += len;
            }
        }; ProjectPackageWriter.PackageStream stream = new Oc4idsJsonWriter().open(out, meta)) {
            count = Oc4idsExport.stream(after -> {
                writtenWhenAsked.add(written[0]);
                if (writtenWhenAsked.size() % 10 == 0) {
                    heapWhenAsked.add(usedHeap());
                }
                return page(after, Oc4idsExport.PAGE);
            }, stream, PROJECTS, progress::add);
        }

        assertThat(count).isEqualTo(PROJECTS);
        // 40 pages and the empty one that ends it; by the time page n is asked for, pages 1 … n−1 are out
        assertThat(writtenWhenAsked).hasSize(PROJECTS / Oc4idsExport.PAGE + 1);
        long perPage = writtenWhenAsked.get(2) - writtenWhenAsked.get(1);
        assertThat(perPage).isGreaterThan(500_000);
        for (int n = 2; n < writtenWhenAsked.size(); n++) {
            assertThat(writtenWhenAsked.get(n)).as("bytes out before page %d", n + 1)
                    .isGreaterThanOrEqualTo((n - 1) * perPage * 9 / 10);
        }
        assertThat(progress).isSorted().last().isEqualTo(99);
        assertThat(heapWhenAsked.get(heapWhenAsked.size() - 1) - heapWhenAsked.get(0))
                .as("heap growth over 30 pages").isLessThan(64L * 1024 * 1024);
        assertThat(countProjects(file)).isEqualTo(PROJECTS);
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Counts the projects with a streaming parser (the file is too big to read as a tree casually). */
    private static long countProjects(File file) throws IOException {
        long projects = 0;
        try (JsonParser parser = new JsonFactory().createParser(file)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "projects".equals(parser.currentName())
                        && parser.getParsingContext().getParent().inRoot()) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        projects++;
                        parser.skipChildren();
                    }
                }
            }
        }
        return projects;
    }

    private static List<Oc4idsProject> page(long after, int size) {
        return LongStream.rangeClosed(after + 1, Math.min(PROJECTS, after + size)).mapToObj(Oc4idsStreamingTest::project)
                .toList();
    }

    static Oc4idsProject project(long id) {
        List<Oc4idsProject.Milestone> milestones = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            milestones.add(new Oc4idsProject.Milestone(id * 100 + i, i, "里程碑 " + i, null,
                    i < 3 ? MilestoneKind.PREPARATION : MilestoneKind.CONSTRUCTION, LocalDate.of(2023, i, 1),
                    LocalDate.of(2023, i, 1), LocalDate.of(2023, i, 15), i < 5 ? LocalDate.of(2023, i, 10) : null,
                    BigDecimal.TEN, i < 5 ? BigDecimal.valueOf(100) : BigDecimal.ZERO));
        }
        return new Oc4idsProject(id, "P-" + id, null, "项目 " + id, null, null, Category.EDUCATION, Stage.CONTINUING,
                null, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), BigDecimal.valueOf(1_000_000), false, "J04",
                "郑州市 金水区", "LU-" + (id % 50), "单位 " + (id % 50),
                new Oc4idsProject.Program("C2.1", "义务教育优质均衡发展工程", null, 2, "专栏2：教育重点工程", 4,
                        "建设公平优质现代教育服务体系", "ZZ-PS-14", "郑州市“十四五”公共服务和社会保障规划"),
                milestones, List.of(new Oc4idsProject.Output(id * 100 + 50, "C2.1-T1", "新建改扩建中小学150所", "所",
                BigDecimal.ONE, null, false, "金水区")),
                List.of(new Oc4idsProject.Funding(id * 100 + 60, "MUNICIPAL", "市级财政", "Municipal budget", true, 2023,
                        BigDecimal.valueOf(500_000), BigDecimal.valueOf(500_000), BigDecimal.valueOf(100_000),
                        FundingLineStatus.APPROVED)),
                List.of(), List.of());
    }
}
