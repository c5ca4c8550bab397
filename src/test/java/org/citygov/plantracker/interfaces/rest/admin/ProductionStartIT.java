package org.citygov.plantracker.interfaces.rest.admin;

import org.citygov.plantracker.test.Api;
import org.citygov.plantracker.test.Browser;
import org.citygov.plantracker.test.PlanPackageFiles;
import org.citygov.plantracker.test.StandaloneServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production start as an operator does it, on a server of its own with a fresh Derby database:
 * no demo mode, the first administrator from PLANTRACKER_ADMIN_PASSWORD (a weak value refused),
 * then a demo-mode start and a non-demo start again on the same database, after which the demo
 * users no longer get in and the variable (changed meanwhile) has not touched the administrator.
 */
class ProductionStartIT {

    private static final String STRONG = "Zhengzhou-plan-2026!";
    private static final String OTHER_STRONG = "another-Strong-pass-77";

    @TempDir
    Path work;

    @Test
    void firstAdministratorThenDemoThenProductionAgain() throws Exception {
        assumeTrue("derby".equals(System.getProperty("it.db", "derby")), "runs on the embedded Derby only");
        int offset = Integer.getInteger("it.port.offset", 0) + 50;
        try (StandaloneServer server = new StandaloneServer(work, offset)) {
            // 1. a weak value is refused with the reason; nothing is created; the page explains
            server.start(Map.of("PLANTRACKER_ADMIN_PASSWORD", "admin123"), List.of());
            assertThat(server.log()).contains("PLANTRACKER_ADMIN_PASSWORD was refused, nothing created")
                    .contains("at least 12 characters");
            assertThat(Api.at(server.url().toURL()).as("admin", "admin123").get("plans").status()).isEqualTo(401);
            String login = page(server, "login.xhtml");
            assertThat(login).contains("id=\"noAdministrator\"").contains("PLANTRACKER_ADMIN_PASSWORD")
                    .doesNotContain("id=\"loginForm\"");
            server.stop();

            // 2. a strong value creates admin, logged in one line
            server.start(Map.of("PLANTRACKER_ADMIN_PASSWORD", STRONG), List.of());
            assertThat(server.log()).contains("First administrator 'admin' created from PLANTRACKER_ADMIN_PASSWORD");
            Api admin = Api.at(server.url().toURL()).as("admin", STRONG);
            assertThat(admin.get("plans").status()).isEqualTo(200);
            assertThat(page(server, "login.xhtml")).contains("id=\"loginForm\"").doesNotContain("noAdministrator");
            firstUsers(Api.at(server.url().toURL()), admin);
            secondPlanItsNewVersionAndThePlanPicker(server, admin);
            server.stop();

            // 3. demo mode on the same database: the demo users work
            server.start(Map.of(), List.of("-Dplantracker.demo=true"));
            assertThat(Api.at(server.url().toURL()).as("city", "demo123").get("plans").status()).isEqualTo(200);
            server.stop();

            // 4. production again (the variable changed meanwhile): demo users refused, admin unchanged
            server.start(Map.of("PLANTRACKER_ADMIN_PASSWORD", OTHER_STRONG), List.of());
            assertThat(server.log()).contains("demo (sample) users disabled");
            Api api = Api.at(server.url().toURL());
            assertThat(api.as("city", "demo123").get("plans").status()).isEqualTo(401);
            assertThat(api.as("admin", STRONG).get("plans").status()).isEqualTo(200);
            assertThat(api.as("admin", OTHER_STRONG).get("plans").status()).isEqualTo(401);
        }
    }

    /** The first operator's work on the fresh server: a unit, a city user, an office user, a role-less user. */
    private static void firstUsers(Api anonymous, Api admin) {
        // the only administrator cannot be disabled or demoted
        long adminVersion = admin.get("admin/users/admin").json().path("version").asLong();
        Api.Reply last = admin.inLanguage("en").send("PUT", "admin/users/admin", Map.of("version", adminVersion, "enabled", false));
        assertThat(last.status()).isEqualTo(400);
        assertThat(last.json().path("violations").get(0).path("code").asText()).isEqualTo("user.lastAdmin");
        assertThat(last.json().path("message").asText()).contains("last enabled administrator");
        assertThat(admin.send("PUT", "admin/users/admin", Map.of("version", adminVersion, "roles", List.of("CITY_GOV")))
                .json().path("violations").get(0).path("code").asText()).isEqualTo("user.lastAdmin");

        assertThat(admin.send("POST", "admin/lead-units", Map.of("code", "JYJ", "nameZh", "市教育局", "nameEn", "Education Bureau"))
                .status()).isEqualTo(201);
        String cityOnce = admin.send("POST", "admin/users", Map.of("username", "zhang.wei", "displayName", "张伟",
                "roles", List.of("CITY_GOV"))).json().path("oneTimePassword").asText();
        String officeOnce = admin.send("POST", "admin/users", Map.of("username", "li.na", "displayName", "李娜",
                "roles", List.of("PROJECT_OFFICE"), "leadUnit", "JYJ")).json().path("oneTimePassword").asText();
        Api office = anonymous.as("li.na", officeOnce);
        assertThat(office.get("projects").json().path("error").asText()).isEqualTo("passwordChangeRequired");
        assertThat(office.send("POST", "account/password", Map.of("currentPassword", officeOnce, "newPassword", "Li-Na-Jiaoyu-2026"))
                .status()).isEqualTo(204);
        Api officeNow = anonymous.as("li.na", "Li-Na-Jiaoyu-2026");
        assertThat(officeNow.get("projects").status()).isEqualTo(200);
        assertThat(officeNow.get("projects").json().path("total").asLong()).isZero();
        assertThat(anonymous.as("zhang.wei", cityOnce).get("plans").status()).isEqualTo(403);

        // a token of the office user: works, then not once the user is disabled
        String secret = officeNow.send("POST", "account/tokens", Map.of("name", "ci",
                "expiresOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString())).json().path("secret").asText();
        assertThat(anonymous.bearer(secret).get("projects").status()).isEqualTo(200);
        long officeVersion = admin.get("admin/users/li.na").json().path("version").asLong();
        assertThat(admin.send("PUT", "admin/users/li.na", Map.of("version", officeVersion, "enabled", false)).status()).isEqualTo(200);
        assertThat(anonymous.bearer(secret).get("projects").status()).isEqualTo(401);

        // a user without a role signs in but sees nothing
        String nobodyOnce = admin.send("POST", "admin/users", Map.of("username", "wang.fang", "displayName", "王芳",
                "roles", List.of())).json().path("oneTimePassword").asText();
        Api roleless = anonymous.as("wang.fang", nobodyOnce);
        assertThat(roleless.send("POST", "account/password", Map.of("currentPassword", nobodyOnce, "newPassword", "Wang-Fang-no-role-1"))
                .status()).isEqualTo(204);
        Api.Reply nothing = anonymous.as("wang.fang", "Wang-Fang-no-role-1").get("projects");
        assertThat(nothing.status()).isEqualTo(403);
        assertThat(nothing.json().path("error").asText()).isEqualTo("noRole");
        assertThat(anonymous.as("wang.fang", "Wang-Fang-no-role-1").get("plans").status()).isEqualTo(403);
    }

    /**
     * The city loads its next plan on the production start (a plan package), then a new version of it
     * (中期调整) in place; with two plans the header's plan picker switches the home page and the
     * cockpit to the other plan and back. The server is this test's own, so the second plan stays here.
     */
    private static void secondPlanItsNewVersionAndThePlanPicker(StandaloneServer server, Api admin) throws Exception {
        Api.Reply created = admin.sendBytes("POST", "admin/plans?dryRun=false&fileName=zz-test-1.zip", "application/zip",
                PlanPackageFiles.zip("plans-test/minimal"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        byte[] v2 = PlanPackageFiles.zip("plans-test/minimal", Map.of(
                "plan.yaml", s -> s.replace("code: ZZ-TEST-1\n", "code: ZZ-TEST-1\nversion: 2\n"),
                "programs.yaml", s -> s.replace("    target: 550000\n", "    target: 600000\n")));
        Api.Reply dry = admin.sendBytes("POST", "admin/plans?dryRun=true&fileName=zz-test-1-v2.zip", "application/zip", v2);
        assertThat(dry.json().path("status").asText()).as(dry.body()).isEqualTo("REVISION");
        assertThat(dry.json().path("changes")).hasSize(1);
        assertThat(dry.json().path("changes").get(0).path("entry").asText()).isEqualTo("target CH2-T01");
        assertThat(dry.json().path("changes").get(0).path("before").asText()).isEqualTo("550000");
        assertThat(dry.json().path("changes").get(0).path("after").asText()).isEqualTo("600000");
        Api.Reply revised = admin.sendBytes("POST", "admin/plans?dryRun=false&fileName=zz-test-1-v2.zip", "application/zip", v2);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().path("status").asText()).isEqualTo("REVISED");
        com.fasterxml.jackson.databind.JsonNode plans = admin.get("plans").json();
        assertThat(plans.findValuesAsText("code")).containsExactlyInAnyOrder("ZZ-PS-14", "ZZ-TEST-1");

        try (Browser browser = Browser.open(server.url().toURL())) {
            WebDriver driver = browser.driver();
            browser.login("admin", STRONG);
            // ZZ-TEST-1 (2026–2030) is the plan in force: the default of home and cockpit
            browser.go("index.xhtml");
            assertThat(browser.waitFor(By.id("docNo")).getText()).isEqualTo("测〔2026〕1号");
            browser.go("cockpit/index.xhtml");
            assertThat(cockpitPlan(driver)).isEqualTo("ZZ-TEST-1");
            // the cockpit's plan menu reads titles and periods, never codes
            assertThat(new Select(driver.findElement(By.id("asOfForm:planSelect_input"))).getOptions().stream()
                    .map(o -> o.getAttribute("textContent")).toList())
                    .anySatisfy(label -> assertThat(label).contains("公共服务和社会保障规划", "2025)"))
                    .noneSatisfy(label -> assertThat(label).contains("ZZ-"));

            // the picker: the 14th plan for the session, on every page
            new Select(browser.waitFor(By.id("headerForm:plan"))).selectByValue("ZZ-PS-14");
            browser.waitUntil(d -> "ZZ-PS-14".equals(cockpitPlan(d)));
            browser.go("index.xhtml");
            assertThat(browser.waitFor(By.id("docNo")).getText()).isEqualTo("郑政〔2022〕33号");
            browser.screenshot("plan-picker-14th-zh");

            // and back
            new Select(browser.waitFor(By.id("headerForm:plan"))).selectByValue("ZZ-TEST-1");
            browser.waitUntil(d -> d.findElement(By.id("docNo")).getText().equals("测〔2026〕1号"));
            browser.go("cockpit/index.xhtml");
            assertThat(cockpitPlan(driver)).isEqualTo("ZZ-TEST-1");
            assertThat(driver.getPageSource()).doesNotContain("郑政〔2022〕33号");
        }
    }

    /**
     * The plan chosen in the cockpit toolbar's picker (a p:selectOneMenu in the form asOfForm): the value
     * of the selected option of its hidden native select, once the page has it.
     */
    private static String cockpitPlan(WebDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("asOfForm:planSelect_input")).isEmpty());
        return new Select(driver.findElement(By.id("asOfForm:planSelect_input"))).getFirstSelectedOption().getAttribute("value");
    }

    private static String page(StandaloneServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
