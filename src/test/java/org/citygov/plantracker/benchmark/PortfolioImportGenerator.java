package org.citygov.plantracker.benchmark;

import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.Sheet;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a portfolio workbook for {@code bin/benchmark portfolio-import} with the application's own
 * writer: {@code projects} 体育公园 (sports parks) in the 16 区县(市) of plan ZZ-PS-14 (C9.3, target C9.3-T1),
 * 20 new lead units, {@code milestones} milestones and {@code reports} monthly reports a project (the
 * first ones done / filed, with their history dates), one output and one approved funding line a project.
 * <pre>java -cp target/test-classes:WAR-classes:WAR-lib/* ...PortfolioImportGenerator out.xlsx 2000 10 30</pre>
 */
public final class PortfolioImportGenerator {

    private PortfolioImportGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int projects = Integer.parseInt(args[1]);
        int milestones = Integer.parseInt(args[2]);
        int reports = Integer.parseInt(args[3]);
        String prefix = args.length > 4 ? args[4] : "BI";
        PortfolioWorkbook.Lists lists = new PortfolioWorkbook.Lists(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        try (OutputStream o = Files.newOutputStream(out)) {
            PortfolioWorkbook.write(o, lists, List.of("benchmark"), (sheet, row) -> rows(sheet, row, projects, milestones,
                    reports, prefix));
        }
        System.out.println("written " + out + ": " + projects + " projects, " + projects * milestones + " milestones, "
                + projects * reports + " monthly reports, " + Files.size(out) / 1024 + " KB");
    }

    private static void rows(Sheet sheet, Consumer<Map<String, Object>> row, int projects, int milestones, int reports,
                             String prefix) {
        switch (sheet) {
            case LEAD_UNITS -> {
                for (int u = 1; u <= 20; u++) {
                    row.accept(map("code", prefix + "-U" + u, "nameZh", "基准测试单位" + u, "nameEn", "Benchmark unit " + u));
                }
            }
            case PROJECTS -> {
                for (int p = 0; p < projects; p++) {
                    LocalDate start = start(p);
                    row.accept(map("code", code(prefix, p), "nameZh", "基准测试体育公园" + p, "nameEn", "Benchmark park " + p,
                            "plan", "ZZ-PS-14", "program", "C9.3", "place", district(p), "leadUnit", prefix + "-U" + (1 + p % 20),
                            "category", "SPORTS", "stage", "CONTINUING", "plannedStart", start,
                            "plannedFinish", start.plusYears(3), "totalInvestment", BigDecimal.valueOf(1_000_000L + p * 100L),
                            "description", "benchmark", "sample", Boolean.FALSE));
                }
            }
            case MILESTONES -> {
                for (int p = 0; p < projects; p++) {
                    LocalDate start = start(p);
                    for (int m = 1; m <= milestones; m++) {
                        LocalDate due = start.plusDays(100L * m);
                        boolean done = m <= milestones / 2;
                        row.accept(map("project", code(prefix, p), "seq", m, "nameZh", "步骤" + m, "nameEn", "Step " + m,
                                "kind", m == 1 ? "PREPARATION" : m == milestones ? "COMPLETION" : "CONSTRUCTION",
                                "weight", BigDecimal.TEN, "originalBaseline", due, "baseline", due,
                                "forecast", done ? due.plusDays(3) : due, "actual", done ? due.plusDays(3) : null,
                                "percent", done ? BigDecimal.valueOf(100) : BigDecimal.ZERO));
                    }
                }
            }
            case OUTPUTS -> {
                for (int p = 0; p < projects; p++) {
                    row.accept(map("project", code(prefix, p), "target", "C9.3-T1", "place", district(p), "unit", "个",
                            "planned", BigDecimal.ONE, "confirmed", Boolean.FALSE));
                }
            }
            case FUNDING -> {
                for (int p = 0; p < projects; p++) {
                    row.accept(map("project", code(prefix, p), "source", "MUNICIPAL_BUDGET", "year", start(p).getYear(),
                            "requested", BigDecimal.valueOf(500_000), "approved", BigDecimal.valueOf(400_000),
                            "status", "APPROVED", "decidedOn", start(p).plusDays(20)));
                }
            }
            case REPORTS -> {
                for (int p = 0; p < projects; p++) {
                    YearMonth first = YearMonth.from(start(p));
                    for (int r = 0; r < reports; r++) {
                        YearMonth month = first.plusMonths(r);
                        row.accept(map("project", code(prefix, p), "month", month.atDay(1),
                                "filedOn", month.plusMonths(1).atDay(8), "investmentMonth", BigDecimal.valueOf(10_000),
                                "investmentCumulative", BigDecimal.valueOf(10_000L * (r + 1)),
                                "physicalProgress", BigDecimal.valueOf(Math.min(100, 3 * (r + 1))), "problems", null));
                    }
                }
            }
            default -> {
            }
        }
    }

    private static String code(String prefix, int p) {
        return String.format("%s-%05d", prefix, p);
    }

    private static String district(int p) {
        return String.format("J%02d", 1 + p % 16);
    }

    private static LocalDate start(int p) {
        return LocalDate.of(2021, 1, 1).plusDays(p % 300);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }
}
