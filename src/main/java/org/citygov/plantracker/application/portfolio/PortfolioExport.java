package org.citygov.plantracker.application.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.evaluation.ExistingStock;
import org.citygov.plantracker.domain.model.funding.Disbursement;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.progress.ProgressReport;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.RebaselineItem;
import org.citygov.plantracker.domain.model.project.RebaselineRequest;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook;
import org.citygov.plantracker.infrastructure.spreadsheet.PortfolioWorkbook.Sheet;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the portfolio workbook (项目组合工作簿): the city government and administrators get every
 * project, a project office its own unit's; the template is the same workbook without rows.
 */
@ApplicationScoped
public class PortfolioExport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    /** The portfolio the caller may see, written to {@code out}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void export(OutputStream out) {
        AppUser user = access.requireAnyRole(Role.CITY_GOV, Role.ADMIN, Role.PROJECT_OFFICE);
        LeadUnit only = user.hasRole(Role.CITY_GOV) || user.hasRole(Role.ADMIN) ? null : user.getLeadUnit();
        if (only == null && !(user.hasRole(Role.CITY_GOV) || user.hasRole(Role.ADMIN))) {
            throw new org.citygov.plantracker.application.security.AccessDeniedException("access.role",
                    "A project office without a lead unit has no portfolio", user.getUsername());
        }
        PortfolioWorkbook.write(out, lists(), instructions(), (sheet, row) -> rows(sheet, only, row));
    }

    /** The empty workbook with its headers, lists and instructions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void template(OutputStream out) {
        access.requireAnyRole(Role.CITY_GOV, Role.ADMIN, Role.PROJECT_OFFICE);
        PortfolioWorkbook.write(out, lists(), instructions(), (sheet, row) -> { });
    }

    PortfolioWorkbook.Lists lists() {
        return lists(em);
    }

    static PortfolioWorkbook.Lists lists(EntityManager em) {
        List<String> sources = em.createQuery("SELECT s.code FROM FundingSource s ORDER BY s.sortOrder, s.code",
                String.class).getResultList();
        return new PortfolioWorkbook.Lists(names(Category.values()), names(Stage.values()), names(MilestoneKind.values()),
                sources, names(FundingLineStatus.values()), names(JurisdictionLevel.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static List<String> instructions() {
        return List.of(
                "项目组合工作簿 — plan-tracker portfolio workbook",
                "本工作簿包含评估所需的全部项目数据：项目单位、地点、项目、里程碑、基线调整、产出、资金、拨付、月度调度、人口和存量。"
                        + " The workbook carries every figure the evaluation reads.",
                "每张表第 1 行为中文表头，第 2 行为英文表头（方括号内为字段名），数据从第 3 行开始。"
                        + " Row 1: Chinese headers; row 2: English headers with the field key; data from row 3.",
                "日期为 Excel 日期（yyyy-mm-dd），须在 1990 至 2100 年之间；金额单位为万元；百分比为 0–100。"
                        + " Dates are real dates (1990–2100); amounts in 万元 (10,000 yuan); percentages 0–100.",
                "代码列（类别、阶段、里程碑类型、资金来源、状态、层级）请从下拉列表中选择。"
                        + " Code columns offer drop-down lists.",
                "项目单位和地点按代码匹配；新的单位或地点在导入预览中列为“将新建”。地点须填写上级区划代码，层级须与上级相符。"
                        + " Lead units and places are matched by code; new ones are listed in the preview before they are created.",
                "历史日期（实际日期、批准日期、拨付日期、填报日期）按所填写的日期导入，不会改为导入当天。"
                        + " History dates are imported as written, not as the day of the import.",
                "导入须先预览（试运行）；正式导入要么全部成功，要么不做任何更改。重复导入同一文件不会产生变化。"
                        + " Import: preview first; the import is all or nothing; importing the same file twice changes nothing.");
    }

    private void rows(Sheet sheet, LeadUnit only, Consumer<Map<String, Object>> row) {
        switch (sheet) {
            case LEAD_UNITS -> query("SELECT u FROM LeadUnit u" + (only == null ? "" : " WHERE u = :unit")
                    + " ORDER BY u.code", LeadUnit.class, only).forEach(u -> row.accept(map(
                    "code", u.getCode(), "nameZh", u.getNameZh(), "nameEn", u.getNameEn())));
            case PLACES -> em.createQuery("SELECT j FROM Jurisdiction j WHERE j.level NOT IN :top ORDER BY j.code",
                            Jurisdiction.class).setParameter("top", List.of(JurisdictionLevel.CITY, JurisdictionLevel.DISTRICT))
                    .getResultStream().forEach(j -> row.accept(map("code", j.getCode(), "nameZh", j.getNameZh(),
                            "nameEn", j.getNameEn(), "level", j.getLevel().name(),
                            "parent", j.getParent().map(Jurisdiction::getCode).orElse(null))));
            case PROJECTS -> projects(only).forEach(p -> row.accept(map("code", p.getCode().value(),
                    "nationalCode", p.getNationalCode(), "nameZh", p.getNameZh(), "nameEn", p.getNameEn(),
                    "plan", p.getProgram().getPlan().getCode(), "program", p.getProgram().getCode(),
                    "place", p.getJurisdiction().getCode(), "leadUnit", p.getLeadUnit().getCode(),
                    "category", p.getCategory().name(), "stage", p.getStage().name(),
                    "plannedStart", p.getPlannedStart(), "plannedFinish", p.getPlannedFinish(),
                    "totalInvestment", p.getTotalInvestment(), "description", p.getDescription(),
                    "withdrawalReason", p.getWithdrawalReason(), "sample", p.isSample())));
            case MILESTONES -> query("SELECT m FROM Milestone m JOIN FETCH m.project p" + scope(only)
                    + " ORDER BY p.code.value, m.seqNo", Milestone.class, only).forEach(m -> row.accept(map(
                    "project", m.getProject().getCode().value(), "seq", m.getSeqNo(), "nameZh", m.getNameZh(),
                    "nameEn", m.getNameEn(), "kind", m.getKind().name(), "weight", m.getWeight(),
                    "originalBaseline", m.getOriginalBaseline(), "baseline", m.getBaseline(),
                    "forecast", m.getForecast(), "actual", m.getActual(), "percent", m.getPercentComplete(),
                    "note", m.getNote())));
            case REBASELINES -> rebaselines(only, row);
            case OUTPUTS -> query("SELECT o FROM ProjectOutput o JOIN FETCH o.project p" + scope(only)
                    + " ORDER BY p.code.value, o.id", ProjectOutput.class, only).forEach(o -> row.accept(map(
                    "project", o.getProject().getCode().value(), "target", o.getTarget().getCode(),
                    "place", o.getJurisdiction().getCode(), "unit", o.getUnit(), "planned", o.getPlannedQuantity(),
                    "actual", o.getActualQuantity(), "confirmed", o.isConfirmed(), "confirmedOn", o.getConfirmedOn(),
                    "capacity", o.getFacilityCapacity(), "inclusive", o.getInclusive(),
                    "description", o.getDescription())));
            case FUNDING -> query("SELECT f FROM FundingLine f JOIN FETCH f.project p" + scope(only)
                    + " ORDER BY p.code.value, f.fiscalYear, f.id", FundingLine.class, only).forEach(f -> row.accept(map(
                    "project", f.getProject().getCode().value(), "source", f.getSource().getCode(),
                    "year", f.getFiscalYear(), "requested", f.getRequested(), "approved", f.getApproved(),
                    "status", f.getStatus().name(),
                    "decidedOn", f.getReviewedAt() == null ? null : f.getReviewedAt().toLocalDate())));
            case DISBURSEMENTS -> query("SELECT d FROM Disbursement d JOIN FETCH d.line f JOIN FETCH f.project p"
                    + scope(only) + " ORDER BY p.code.value, d.paidOn, d.id", Disbursement.class, only)
                    .forEach(d -> row.accept(map("project", d.getLine().getProject().getCode().value(),
                            "source", d.getLine().getSource().getCode(), "year", d.getLine().getFiscalYear(),
                            "paidOn", d.getPaidOn(), "amount", d.getAmount(), "voucher", d.getVoucherNo())));
            case REPORTS -> query("SELECT r FROM ProgressReport r JOIN FETCH r.project p" + scope(only)
                    + " ORDER BY p.code.value, r.reportMonth", ProgressReport.class, only).forEach(r -> row.accept(map(
                    "project", r.getProject().getCode().value(), "month", r.getReportMonth(),
                    "filedOn", r.getSubmittedAt().toLocalDate(), "investmentMonth", r.getInvestmentThisMonth(),
                    "investmentCumulative", r.getCumulativeInvestment(), "physicalProgress", r.getPhysicalProgress(),
                    "problems", r.getProblems())));
            case POPULATION -> em.createQuery("SELECT p FROM Population p JOIN FETCH p.jurisdiction j "
                            + "ORDER BY j.code, p.fiscalYear", Population.class).getResultStream()
                    .forEach(p -> row.accept(map("place", p.getJurisdiction().getCode(), "year", p.getFiscalYear(),
                            "persons", p.getPersons(), "source", p.getSource())));
            case STOCK -> em.createQuery("SELECT s FROM ExistingStock s JOIN FETCH s.jurisdiction j "
                            + "ORDER BY j.code, s.metric, s.fiscalYear", ExistingStock.class).getResultStream()
                    .forEach(s -> row.accept(map("place", s.getJurisdiction().getCode(), "metric", s.getMetric(),
                            "year", s.getFiscalYear(), "quantity", s.getQuantity(),
                            "totalQuantity", s.getTotalQuantity(), "source", s.getSource())));
        }
    }

    private void rebaselines(LeadUnit only, Consumer<Map<String, Object>> row) {
        List<RebaselineRequest> approved = query("SELECT r FROM RebaselineRequest r JOIN FETCH r.project p"
                + scope(only) + (only == null ? " WHERE" : " AND") + " r.status = :approved ORDER BY p.code.value, r.decidedAt",
                RebaselineRequest.class, only, "approved", RebaselineStatus.APPROVED);
        Map<String, Integer> revisions = new HashMap<>();
        Map<Long, Integer> seqOf = new HashMap<>();
        for (RebaselineRequest r : approved) {
            String code = r.getProject().getCode().value();
            int revision = revisions.merge(code, 1, Integer::sum);
            r.getProject().getMilestones().forEach(m -> seqOf.put(m.getId(), m.getSeqNo()));
            for (RebaselineItem item : r.getItems()) {
                row.accept(map("project", code, "revision", revision,
                        "decidedOn", r.getDecidedAt() == null ? null : r.getDecidedAt().toLocalDate(),
                        "reason", r.getReason(), "seq", seqOf.get(item.getMilestoneId()),
                        "before", item.getPreviousBaseline(), "after", item.getProposedBaseline()));
            }
        }
    }

    private List<Project> projects(LeadUnit only) {
        return query("SELECT p FROM Project p JOIN FETCH p.program pr JOIN FETCH p.jurisdiction JOIN FETCH p.leadUnit"
                + (only == null ? "" : " WHERE p.leadUnit = :unit") + " ORDER BY p.code.value", Project.class, only);
    }

    private static String scope(LeadUnit only) {
        return only == null ? "" : " WHERE p.leadUnit = :unit";
    }

    private <T> List<T> query(String jpql, Class<T> type, LeadUnit only, Object... more) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        if (only != null) {
            q.setParameter("unit", only);
        }
        for (int i = 0; i < more.length; i += 2) {
            q.setParameter((String) more[i], more[i + 1]);
        }
        return q.getResultList();
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
