package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.plan.PlanLoader;
import org.citygov.plantracker.application.user.UserProvisioning;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectCode;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Test data of the finance tests, made fresh for each test (unique codes): two lead units with an
 * office user each, a finance user and a city user, a street of its own (so dashboard totals can be
 * filtered to this test's projects alone) and a project there with one milestone.
 */
@ApplicationScoped
public class FundingFixtures {

    public static final String PASSWORD = "fin-test-9";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanLoader planLoader;

    @Inject
    private UserProvisioning users;

    /** Who and what one test works with. */
    public record World(String tag, String office, String otherOffice, String finance, String city, String admin,
                        String street, String district, String programCode, String project, Long milestoneId) {
    }

    @Transactional
    public World world(String totalInvestmentYuan) {
        planLoader.loadBundledPlans();
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        LeadUnit unit = users.leadUnit("TFU-" + tag, "测试单位" + tag, "Test unit " + tag, false);
        users.leadUnit("TFV-" + tag, "其他单位" + tag, "Other unit " + tag, false);
        String office = "fo-" + tag;
        String other = "fx-" + tag;
        String finance = "ff-" + tag;
        String city = "fc-" + tag;
        String admin = "fa-" + tag;
        users.userIfAbsent(office, "项目单位" + tag, PASSWORD, Set.of(Role.PROJECT_OFFICE), "TFU-" + tag, false);
        users.userIfAbsent(other, "其他单位" + tag, PASSWORD, Set.of(Role.PROJECT_OFFICE), "TFV-" + tag, false);
        users.userIfAbsent(finance, "财政局" + tag, PASSWORD, Set.of(Role.FINANCE), null, false);
        users.userIfAbsent(city, "市政府" + tag, PASSWORD, Set.of(Role.CITY_GOV), null, false);
        users.userIfAbsent(admin, "管理员" + tag, PASSWORD, Set.of(Role.ADMIN), null, false);

        Jurisdiction district = em.createQuery("SELECT j FROM Jurisdiction j WHERE j.level = :l ORDER BY j.code",
                Jurisdiction.class).setParameter("l", JurisdictionLevel.DISTRICT).setMaxResults(1).getSingleResult();
        Jurisdiction street = Jurisdiction.under(district, "TFS-" + tag, "测试街道" + tag, "Test street " + tag,
                JurisdictionLevel.STREET, null, false);
        em.persist(street);
        Program program = em.createQuery("SELECT p FROM Program p ORDER BY p.code", Program.class)
                .setMaxResults(1).getSingleResult();
        Project project = new Project(new ProjectCode("TF-" + tag), "测试卫生院" + tag, "Test clinic " + tag, program,
                street, unit, Category.HEALTH, Stage.CONTINUING, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal(totalInvestmentYuan), false, LocalDateTime.now());
        Milestone works = project.addMilestone("主体施工", "Main works", MilestoneKind.CONSTRUCTION,
                LocalDate.of(2025, 6, 30), BigDecimal.ONE);
        em.persist(project);
        em.flush();
        return new World(tag, office, other, finance, city, admin, street.getCode(), district.getCode(),
                program.getCode(), project.getCode().value(), works.getId());
    }

    /** Files a monthly progress report (月度调度) for the project, as its office would. */
    @Transactional
    public void report(String projectCode, java.time.YearMonth month, String cumulativeYuan, String physicalProgress) {
        Project project = em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", projectCode).getSingleResult();
        java.util.List<org.citygov.plantracker.domain.model.progress.ProgressReport> existing = em.createQuery(
                        "SELECT r FROM ProgressReport r WHERE r.project = :p",
                        org.citygov.plantracker.domain.model.progress.ProgressReport.class)
                .setParameter("p", project).getResultList();
        em.persist(org.citygov.plantracker.domain.model.progress.ProgressReport.file(project,
                new org.citygov.plantracker.domain.model.progress.MonthlyReportContent(month, BigDecimal.ZERO,
                        new BigDecimal(cumulativeYuan), null, new BigDecimal(physicalProgress), null, null),
                existing, "fixture", LocalDateTime.now()));
    }

    /** Sets the project's one milestone to a percent complete (as its office would), for money-vs-works. */
    @Transactional
    public void progress(String projectCode, BigDecimal percent) {
        Project project = em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", projectCode).getSingleResult();
        project.getMilestones().get(0).updateProgress(percent, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(6), null, null, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }
}
