package org.citygov.plantracker.infrastructure.export.oc4ids;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsProject;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsProject.Funding;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsProject.Milestone;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsProject.Modification;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsProject.Output;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsProject.Payment;
import org.citygov.plantracker.application.reports.oc4ids.ProjectPackageWriter;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OC4IDS 0.9 project package, written with Jackson's streaming generator: the package header, then
 * one project object at a time. Arrays the schema wants non-empty are left out when empty.
 * The mapping (see docs/reports.md):
 * <ul>
 *   <li>stage 储备 → identification, 前期 → preparation, 新开工/续建 → implementation, 竣工/投用 →
 *       completion, 调出 → cancelled (with the reason in completion.finalScopeDetails);</li>
 *   <li>total investment → budget.amount; funding lines → budget.budgetBreakdowns "fundingSources",
 *       one entry per source and year with its source as a funder party;</li>
 *   <li>milestones → milestones (dueDate = current approved baseline, dateMet = actual, status
 *       met / notMet / partiallyMet / scheduled as of the export date);</li>
 *   <li>planned physical progress by milestone and planned outputs → forecasts; actual progress,
 *       confirmed outputs and money disbursed → metrics;</li>
 *   <li>approved re-baselines → contractingProcesses[0].summary.modifications (type duration);</li>
 *   <li>the program (工程), 专栏, chapter and plan → policyAlignment (sectorPlan).</li>
 * </ul>
 */
@ApplicationScoped
public class Oc4idsJsonWriter implements ProjectPackageWriter {

    public static final String VERSION = "0.9";
    static final String CURRENCY = "CNY";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final JsonFactory JSON = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public PackageStream open(OutputStream out, PackageMeta meta) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("uri", meta.uri());
        g.writeStringField("version", VERSION);
        g.writeStringField("publishedDate", DATE_TIME.format(meta.publishedDate()));
        g.writeObjectFieldStart("publisher");
        g.writeStringField("name", meta.publisherName());
        g.writeEndObject();
        g.writeArrayFieldStart("projects");
        return new Stream(g, meta);
    }

    /** OC4IDS projectStatus of a stage. */
    public static String status(Stage stage) {
        return switch (stage) {
            case RESERVE -> "identification";
            case PREPARATION -> "preparation";
            case NEW_START, CONTINUING -> "implementation";
            case COMPLETED, IN_USE -> "completion";
            case WITHDRAWN -> "cancelled";
        };
    }

    /** OC4IDS projectSector (an open code list) of a category. */
    public static String sector(Category category) {
        return switch (category) {
            case EDUCATION -> "education";
            case CHILDCARE, HEALTH, ELDERLY_CARE -> "health";
            case EMPLOYMENT -> "economy";
            case SOCIAL_SECURITY, EMERGENCY, VETERANS -> "governance";
            case HOUSING -> "socialHousing";
            case CULTURE, SPORTS -> "cultureSportsAndRecreation";
        };
    }

    /** OC4IDS milestoneType of a milestone kind: 前期 approvals are pre-procurement; the works, delivery. */
    public static String milestoneType(MilestoneKind kind) {
        return kind == MilestoneKind.PREPARATION ? "preProcurement" : "delivery";
    }

    /** Met with an actual date; past due and not met: notMet (partiallyMet when under way); else scheduled. */
    public static String milestoneStatus(Milestone m, LocalDate asOf) {
        if (m.actual() != null) {
            return "met";
        }
        if (m.baseline() != null && m.baseline().isBefore(asOf)) {
            return m.percentComplete() != null && m.percentComplete().signum() > 0 ? "partiallyMet" : "notMet";
        }
        return "scheduled";
    }

    static String dateTime(LocalDate date) {
        return DATE_TIME.format(date.atStartOfDay().atOffset(CHINA));
    }

    static String dateTime(LocalDateTime at) {
        return DATE_TIME.format(at.withNano(0).atOffset(CHINA));
    }

    private static final class Stream implements PackageStream {
        private final JsonGenerator g;
        private final PackageMeta meta;

        Stream(JsonGenerator g, PackageMeta meta) {
            this.g = g;
            this.meta = meta;
        }

        @Override
        public void write(Oc4idsProject p) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", meta.idPrefix() + p.code());
            g.writeStringField("language", "zh");
            g.writeArrayFieldStart("identifiers");
            identifier(p.code(), "plantracker");
            if (p.nationalCode() != null) {
                identifier(p.nationalCode(), "CN-TZXM");
            }
            g.writeEndArray();
            g.writeStringField("title", title(p.sample(), p.nameZh()));
            g.writeStringField("description", description(p));
            g.writeStringField("status", status(p.stage()));
            g.writeStringField("type", "construction");
            g.writeArrayFieldStart("sector");
            g.writeString(sector(p.category()));
            g.writeEndArray();
            purpose(p);
            g.writeObjectFieldStart("period");
            g.writeStringField("startDate", dateTime(p.plannedStart()));
            g.writeStringField("endDate", dateTime(p.plannedFinish()));
            g.writeEndObject();
            locations(p);
            g.writeObjectFieldStart("publicAuthority");
            g.writeStringField("id", leadId(p));
            g.writeStringField("name", p.leadUnitNameZh());
            g.writeEndObject();
            parties(p);
            budget(p);
            milestones(p);
            forecasts(p);
            metrics(p);
            transactions(p);
            modifications(p);
            policyAlignment(p);
            completion(p);
            g.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        }

        private void identifier(String id, String scheme) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("scheme", scheme);
            g.writeEndObject();
        }

        private String description(Oc4idsProject p) {
            StringBuilder text = new StringBuilder();
            if (p.sample()) {
                text.append("示例数据（sample data），并非真实项目。");
            }
            if (p.description() != null && !p.description().isBlank()) {
                text.append(p.description().strip());
            } else if (p.nameEn() != null) {
                text.append(p.nameEn());
            } else {
                text.append(p.nameZh());
            }
            return text.toString();
        }

        /** What the project is for: the plan targets its outputs serve. */
        private void purpose(Oc4idsProject p) throws IOException {
            if (p.outputs().isEmpty()) {
                return;
            }
            List<String> targets = new ArrayList<>();
            for (Output o : p.outputs()) {
                String line = o.targetCode() + " " + o.targetDescriptionZh();
                if (!targets.contains(line)) {
                    targets.add(line);
                }
            }
            g.writeStringField("purpose", "服务规划目标：" + String.join("；", targets));
        }

        private void locations(Oc4idsProject p) throws IOException {
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeStringField("id", "1");
            g.writeStringField("description", p.placePath() == null ? p.placeCode() : p.placePath());
            g.writeObjectFieldStart("gazetteer");
            g.writeStringField("scheme", "plantracker-jurisdiction");
            g.writeArrayFieldStart("identifiers");
            g.writeString(p.placeCode());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }

        /** The lead unit as public authority; each funding source once, as funder. */
        private void parties(Oc4idsProject p) throws IOException {
            g.writeArrayFieldStart("parties");
            g.writeStartObject();
            g.writeStringField("id", leadId(p));
            g.writeStringField("name", p.leadUnitNameZh());
            g.writeArrayFieldStart("roles");
            g.writeString("publicAuthority");
            g.writeEndArray();
            g.writeEndObject();
            for (Funding f : sources(p).values()) {
                g.writeStartObject();
                g.writeStringField("id", sourceId(f));
                g.writeStringField("name", f.sourceNameZh());
                g.writeArrayFieldStart("roles");
                g.writeString("funder");
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void budget(Oc4idsProject p) throws IOException {
            g.writeObjectFieldStart("budget");
            g.writeStringField("description", "总投资（元）；分资金来源、分年度的资金计划见 budgetBreakdowns。");
            value("amount", p.totalInvestment());
            List<Funding> lines = p.funding().stream()
                    .filter(f -> f.status() == FundingLineStatus.APPROVED || f.status() == FundingLineStatus.REQUESTED)
                    .toList();
            if (!lines.isEmpty()) {
                g.writeArrayFieldStart("budgetBreakdowns");
                g.writeStartObject();
                g.writeStringField("id", "fundingSources");
                g.writeStringField("description", "按资金来源和年度：已批准的为批准金额，待审核的为申请金额。");
                g.writeArrayFieldStart("budgetBreakdown");
                for (Funding f : lines) {
                    boolean approved = f.status() == FundingLineStatus.APPROVED;
                    g.writeStartObject();
                    g.writeStringField("id", String.valueOf(f.id()));
                    g.writeStringField("description", f.sourceNameZh() + " " + f.fiscalYear() + "年（"
                            + (approved ? "已批准" : "待审核，申请") + "）");
                    value("amount", approved ? f.approved() : f.requested());
                    g.writeObjectFieldStart("period");
                    g.writeStringField("startDate", dateTime(LocalDate.of(f.fiscalYear(), 1, 1)));
                    g.writeStringField("endDate", dateTime(LocalDate.of(f.fiscalYear(), 12, 31)));
                    g.writeEndObject();
                    g.writeObjectFieldStart("sourceParty");
                    g.writeStringField("id", sourceId(f));
                    g.writeStringField("name", f.sourceNameZh());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        private void milestones(Oc4idsProject p) throws IOException {
            if (p.milestones().isEmpty()) {
                return;
            }
            g.writeArrayFieldStart("milestones");
            for (Milestone m : p.milestones()) {
                g.writeStartObject();
                g.writeStringField("id", String.valueOf(m.id()));
                g.writeStringField("title", m.nameZh());
                g.writeStringField("type", milestoneType(m.kind()));
                g.writeStringField("code", m.kind().name());
                String description = milestoneDescription(m);
                if (!description.isEmpty()) {
                    g.writeStringField("description", description);
                }
                if (m.baseline() != null) {
                    g.writeStringField("dueDate", dateTime(m.baseline()));
                }
                if (m.actual() != null) {
                    g.writeStringField("dateMet", dateTime(m.actual()));
                }
                g.writeStringField("dateModified", dateTime(meta.asOf()));
                g.writeStringField("status", milestoneStatus(m, meta.asOf()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static String milestoneDescription(Milestone m) {
            List<String> parts = new ArrayList<>();
            if (m.originalBaseline() != null && !m.originalBaseline().equals(m.baseline())) {
                parts.add("原定 " + m.originalBaseline());
            }
            if (m.baseline() != null) {
                parts.add("当前基准 " + m.baseline());
            }
            if (m.actual() == null && m.forecast() != null) {
                parts.add("预测 " + m.forecast());
            }
            parts.add("完成 " + m.percentComplete().stripTrailingZeros().toPlainString() + "%");
            return String.join("；", parts);
        }

        /** Planned physical progress at each milestone's baseline, planned outputs, planned money by year. */
        private void forecasts(Oc4idsProject p) throws IOException {
            List<Milestone> dated = p.milestones().stream().filter(m -> m.baseline() != null)
                    .sorted(java.util.Comparator.comparing(Milestone::baseline)).toList();
            BigDecimal weights = p.milestones().stream().map(Milestone::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean physical = !dated.isEmpty() && weights.signum() > 0;
            if (!physical && p.outputs().isEmpty()) {
                return;
            }
            g.writeArrayFieldStart("forecasts");
            if (physical) {
                metricStart("physicalProgress", "计划形象进度（按里程碑基准日期累计权重，%）");
                BigDecimal cumulative = BigDecimal.ZERO;
                for (Milestone m : dated) {
                    cumulative = cumulative.add(m.weight());
                    observation("planned-" + m.id(), m.baseline(),
                            cumulative.multiply(HUNDRED).divide(weights, 1, java.math.RoundingMode.HALF_UP), "percent");
                }
                metricEnd();
            }
            for (Output o : p.outputs()) {
                metricStart("output-" + o.id(), "计划产出：" + o.targetCode() + " " + o.placeNameZh());
                observation("planned", p.plannedFinish(), o.planned(), o.unit());
                metricEnd();
            }
            g.writeEndArray();
        }

        /** Actual physical progress, confirmed outputs, money disbursed. */
        private void metrics(Oc4idsProject p) throws IOException {
            g.writeArrayFieldStart("metrics");
            metricStart("physicalProgress", "实际形象进度（按里程碑加权，%）");
            observation("actual", meta.asOf(), p.percentComplete(), "percent");
            metricEnd();
            for (Output o : p.outputs()) {
                if (o.confirmed() && o.actual() != null) {
                    metricStart("output-" + o.id(), "实际产出（已确认）：" + o.targetCode() + " " + o.placeNameZh());
                    observation("actual", meta.asOf(), o.actual(), o.unit());
                    metricEnd();
                }
            }
            BigDecimal disbursed = p.funding().stream().map(Funding::disbursed).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            metricStart("financialProgress", "已拨付资金（元）");
            g.writeArrayFieldStart("observations");
            g.writeStartObject();
            g.writeStringField("id", "disbursed");
            g.writeObjectFieldStart("period");
            g.writeStringField("endDate", dateTime(meta.asOf()));
            g.writeEndObject();
            value("value", disbursed);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }

        private void transactions(Oc4idsProject p) throws IOException {
            if (p.payments().isEmpty()) {
                return;
            }
            g.writeArrayFieldStart("transactions");
            for (Payment pay : p.payments()) {
                g.writeStartObject();
                g.writeStringField("id", pay.id());
                g.writeStringField("date", dateTime(pay.paidOn()));
                value("value", pay.amount());
                g.writeObjectFieldStart("payer");
                g.writeStringField("id", "source-" + pay.sourceCode());
                g.writeStringField("name", pay.sourceNameZh());
                g.writeEndObject();
                g.writeObjectFieldStart("payee");
                g.writeStringField("id", leadId(p));
                g.writeStringField("name", p.leadUnitNameZh());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /** Approved re-baselines, as modifications of the project's works schedule. */
        private void modifications(Oc4idsProject p) throws IOException {
            if (p.modifications().isEmpty()) {
                return;
            }
            g.writeArrayFieldStart("contractingProcesses");
            g.writeStartObject();
            g.writeStringField("id", p.code() + "-schedule");
            g.writeObjectFieldStart("summary");
            g.writeStringField("title", "项目实施进度计划（经批准的基准调整）");
            g.writeArrayFieldStart("modifications");
            for (Modification m : p.modifications()) {
                g.writeStartObject();
                g.writeStringField("id", m.id());
                g.writeStringField("date", dateTime(m.approvedAt()));
                g.writeStringField("type", "duration");
                if (!m.changes().isEmpty()) {
                    g.writeStringField("description", String.join("；", m.changes()));
                }
                if (m.reason() != null && !m.reason().isBlank()) {
                    g.writeStringField("rationale", m.reason());
                }
                if (m.finishBefore() != null) {
                    g.writeObjectFieldStart("oldContractPeriod");
                    g.writeStringField("endDate", dateTime(m.finishBefore()));
                    g.writeEndObject();
                }
                if (m.finishAfter() != null) {
                    g.writeObjectFieldStart("newContractPeriod");
                    g.writeStringField("endDate", dateTime(m.finishAfter()));
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }

        private void policyAlignment(Oc4idsProject p) throws IOException {
            Oc4idsProject.Program program = p.program();
            g.writeObjectFieldStart("policyAlignment");
            g.writeArrayFieldStart("policies");
            g.writeString("sectorPlan");
            g.writeEndArray();
            StringBuilder text = new StringBuilder(program.planTitleZh()).append("（").append(program.planCode())
                    .append("）第").append(program.chapterNo()).append("章 ").append(program.chapterTitleZh())
                    .append("；").append(program.columnBoxTitleZh()).append("；").append(program.code()).append(" ")
                    .append(program.titleZh());
            List<String> targets = p.outputs().stream().map(Output::targetCode).distinct().toList();
            if (!targets.isEmpty()) {
                text.append("；目标 ").append(String.join("、", targets));
            }
            g.writeStringField("description", text.toString());
            g.writeEndObject();
        }

        private void completion(Oc4idsProject p) throws IOException {
            if (p.stage() == Stage.WITHDRAWN) {
                g.writeObjectFieldStart("completion");
                g.writeStringField("finalScope", "调出（withdrawn from the project library）");
                if (p.withdrawalReason() != null && !p.withdrawalReason().isBlank()) {
                    g.writeStringField("finalScopeDetails", p.withdrawalReason());
                }
                g.writeEndObject();
            } else if (p.stage().isFinished()) {
                LocalDate finished = p.milestones().stream().map(Milestone::actual).filter(java.util.Objects::nonNull)
                        .max(LocalDate::compareTo).orElse(null);
                g.writeObjectFieldStart("completion");
                if (finished != null) {
                    g.writeStringField("endDate", dateTime(finished));
                }
                g.writeStringField("finalScope", p.stage() == Stage.IN_USE ? "已投用" : "已竣工");
                g.writeEndObject();
            }
        }

        private void metricStart(String id, String title) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("title", title);
        }

        private void metricEnd() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
        }

        /** Opens the observations array on the first call for the current metric, then adds one. */
        private void observation(String id, LocalDate at, BigDecimal measure, String unit) throws IOException {
            if (g.getOutputContext().inObject()) {
                g.writeArrayFieldStart("observations");
            }
            g.writeStartObject();
            g.writeStringField("id", id);
            if (at != null) {
                g.writeObjectFieldStart("period");
                g.writeStringField("endDate", dateTime(at));
                g.writeEndObject();
            }
            g.writeFieldName("measure");
            g.writeNumber(measure == null ? BigDecimal.ZERO : measure.stripTrailingZeros());
            if (unit != null && !unit.isBlank()) {
                g.writeObjectFieldStart("unit");
                g.writeStringField("name", unit);
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private void value(String field, BigDecimal amount) throws IOException {
            g.writeObjectFieldStart(field);
            g.writeFieldName("amount");
            g.writeNumber(amount == null ? BigDecimal.ZERO : amount);
            g.writeStringField("currency", CURRENCY);
            g.writeEndObject();
        }

        private static String leadId(Oc4idsProject p) {
            return "lead-" + p.leadUnitCode();
        }

        private static String sourceId(Funding f) {
            return "source-" + f.sourceCode();
        }

        private static Map<String, Funding> sources(Oc4idsProject p) {
            Map<String, Funding> sources = new LinkedHashMap<>();
            p.funding().forEach(f -> sources.putIfAbsent(f.sourceCode(), f));
            p.payments().forEach(pay -> {
                if (!sources.containsKey(pay.sourceCode())) {
                    sources.put(pay.sourceCode(), new Funding(0, pay.sourceCode(), pay.sourceNameZh(), null, true, 0,
                            null, null, null, FundingLineStatus.APPROVED));
                }
            });
            return sources;
        }
    }

    /** 【示例】 before a sample project's name, once: the sample portfolio's names already carry it. */
    static String title(boolean sample, String nameZh) {
        String name = nameZh == null ? "" : nameZh;
        return sample && !name.startsWith(SAMPLE_MARK) ? SAMPLE_MARK + name : name;
    }

    private static final String SAMPLE_MARK = "【示例】";
}
