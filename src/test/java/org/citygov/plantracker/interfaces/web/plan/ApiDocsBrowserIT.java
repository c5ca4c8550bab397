package org.citygov.plantracker.interfaces.web.plan;

import org.citygov.plantracker.test.Browser;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 14: "API 文档" opens a readable page (Swagger UI served by the app from its WAR, no
 * network needed) over the server's OpenAPI document, with the raw document still linked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theApiLinkOpensAReadablePageWithTheOperationsAndTheRawDocumentLinked() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.login("city", "demo123");
            browser.waitFor(By.id("navApi")).click();
            WebElement title = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.cssSelector(".swagger-ui .info .title")));
            assertThat(title.getText()).isNotBlank();
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock-tag")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector(".swagger-ui .opblock-tag")).size()).isGreaterThan(3);
            assertThat(browser.driver().findElement(By.id("rawOpenApi")).getAttribute("href")).endsWith("/openapi");
            browser.screenshot("api-docs");
        }
    }
}
