package org.citygov.plantracker.test;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Selenium, with the flags this machine needs (no sandbox as
 * root, no network besides loopback, a fresh profile) and the system chromedriver, so Selenium
 * Manager never tries to download anything.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** @param baseUrl the deployment's URL, e.g. from {@code @ArquillianResource URL} */
    public static Browser open(URL baseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), baseUrl.toExternalForm());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the app, path relative to the context root (e.g. "projects/list.xhtml"). */
    public Browser go(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    /** Signs in through the login form (the container redirects there from any page). */
    public Browser login(String username, String password) {
        go("index.xhtml");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("loginButton")).click();
        waitFor(By.id("headerForm:whoami"));
        return this;
    }

    /**
     * Clicks the header's language link and waits until the page has come back in the other
     * language: the switch answers with a redirect, and a navigation started before it lands races it.
     */
    public Browser switchLanguage() {
        String before = driver.findElement(By.tagName("html")).getAttribute("lang");
        driver.findElement(By.id("headerForm:language")).click();
        waitUntil(d -> {
            String now = d.findElement(By.tagName("html")).getAttribute("lang");
            return now != null && !now.equals(before);
        });
        return this;
    }

    public org.openqa.selenium.WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until {@code condition} holds. An element replaced by an ajax update or a navigation while
     * the condition reads it (stale) means "not yet", as a missing one does.
     */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * Saves what the browser shows to {@code target/screenshots/<name>.png} (the whole page height), for
     * people to look at after a run; returns the file.
     */
    public Path screenshot(String name) {
        try {
            Number height = (Number) ((JavascriptExecutor) driver)
                    .executeScript("return Math.max(document.body.scrollHeight, 800);");
            Dimension before = driver.manage().window().getSize();
            // a taller window for the whole page; overlays (menus, panels) close on resize
            driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 150, 6000)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(before);
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
