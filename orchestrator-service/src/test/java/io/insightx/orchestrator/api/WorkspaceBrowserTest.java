package io.insightx.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import io.insightx.orchestrator.support.RealToolServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The workspace in a real headless Chromium against the real orchestrator, sql-tool and python-tool with the
 * offline analyst: upload, the Data DNA, a question with its table and SQL, a chart, a reload, an error.
 * Screenshots of each step land in target/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class WorkspaceBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final Path DATASETS = Path.of("..", "sql-tool-service", "src", "test", "resources", "datasets");

    @TestHTTPResource("/")
    URL workspace;

    ChromeDriver browser;

    @BeforeEach
    void openChromium() throws IOException {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,950");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void uploadAskChartReloadAndAnError() throws IOException {
        browser.get(workspace.toString());
        waitFor(d -> d.findElement(By.id("dna")).getText().contains("No dataset yet"));

        upload("seattle-weather.csv");
        waitFor(d -> d.findElement(By.id("dna")).getText().contains("seattle_weather"));
        assertThat(text("dna")).contains("temp_max", "1,461 rows", "rain (641)");
        shot("1-data-dna");

        ask("average temp_max by weather");
        WebElement answer = lastAnswer();
        assertThat(answer.getText()).contains("sun", "19.86", "is highest");
        assertThat(text("messages")).contains("sql agent", "composer agent", "SELECT");
        shot("2-answer-with-table");

        ask("histogram of temp_max");
        waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const img = document.querySelector('img.figure'); return !!img && img.complete && img.naturalWidth > 0;"));
        shot("3-chart");

        browser.navigate().refresh();
        waitFor(d -> d.findElements(By.cssSelector(".msg.user")).size() == 2);
        assertThat(browser.findElements(By.cssSelector(".msg.user"))).extracting(WebElement::getText)
                .containsExactly("average temp_max by weather", "histogram of temp_max");
        assertThat(text("messages")).contains("19.86");
        shot("4-after-reload");

        upload("binary.csv");
        waitFor(d -> d.findElement(By.id("toasts")).getText().contains("binary"));
        assertThat(text("toasts")).doesNotContain("{").doesNotContain("problem");
        shot("5-error");
    }

    private void waitFor(Predicate<ChromeDriver> condition) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> condition.test(browser));
    }

    private void upload(String fixture) {
        browser.findElement(By.id("file")).sendKeys(DATASETS.resolve(fixture).toAbsolutePath().normalize().toString());
    }

    private void ask(String question) {
        int before = browser.findElements(By.xpath("//*[contains(text(), 'answered in')]")).size();
        WebElement box = browser.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        waitFor(d -> d.findElements(By.xpath("//*[contains(text(), 'answered in')]")).size() > before);
    }

    private WebElement lastAnswer() {
        List<WebElement> answers = browser.findElements(By.cssSelector(".answer"));
        return answers.get(answers.size() - 1);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
