package io.insightx.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.insightx.orchestrator.support.Chromium;
import io.insightx.orchestrator.support.DroppingProxy;
import io.insightx.orchestrator.support.LargeCsv;
import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.WorkspaceBrowser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The workspace in a real headless Chromium against the real orchestrator, sql-tool and python-tool with the
 * offline analyst: upload, the Data DNA, a question with its table and SQL, charts (Vega-Lite with its PNG export,
 * and a Python PNG when asked for), a reload, an error, a dropped connection, keyboard use and a phone-sized window.
 * Screenshots of each step land in target/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class WorkspaceBrowserTest extends WorkspaceBrowser {

    static final Path DATASETS = Path.of("..", "sql-tool-service", "src", "test", "resources", "datasets");
    static final String RESULTS_CHART_DRAWN = "return [...document.querySelectorAll('#results .chart')]"
            + ".some(c => c.querySelector('canvas, svg') && c.getBoundingClientRect().height > 100);";

    @Test
    void uploadAskChartReloadAndAnError() {
        openNewSession(workspace.toString());

        upload("seattle-weather.csv");
        chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));
        assertThat(chromium.text("dna")).contains("temp_max", "1,461 rows", "rain (641)");
        chromium.shot("1-data-dna");

        chromium.ask("average temp_max by weather");
        assertThat(chromium.lastAnswer().getText()).contains("sun", "19.86", "is highest");
        assertThat(chromium.text("messages")).contains("sql agent", "composer agent");
        assertThat((String) chromium.driver.executeScript("return document.getElementById('messages').textContent;"))
                .as("the SQL is in its (closed) step").contains("SELECT");
        chromium.shot("2-answer-with-table");
        chromium.driver.findElement(By.cssSelector("[data-tab=results]")).click();
        chromium.driver.findElement(By.xpath("//div[@id='results']//th[text()='avg_temp_max']")).click();
        assertThat(firstResultRow()).startsWith("snow");
        chromium.driver.findElement(By.xpath("//div[@id='results']//th[text()='avg_temp_max']")).click();
        assertThat(firstResultRow()).startsWith("sun");
        String csv = chromium.driver.findElement(By.cssSelector("#results a[download$='.csv']")).getAttribute("href");
        assertThat(URLDecoder.decode(csv.substring(csv.indexOf(',') + 1), StandardCharsets.UTF_8))
                .startsWith("weather,avg_temp_max\r\n").contains("sun,19.86\r\n", "snow,5.57\r\n");
        chromium.driver.findElement(By.cssSelector("[data-tab=dna]")).click();

        chromium.ask("histogram of temp_max");
        chromium.waitFor(d -> (Boolean) d.executeScript(ANSWER_CHART_DRAWN));
        assertThat(chromium.lastAnswer().findElements(By.cssSelector(".chart"))).as("one chart per answer").hasSize(1);
        // The offline analyst's chart is drawn from the query's rows: its PNG is the chart's own export menu.
        assertThat(chromium.lastAnswer().findElements(By.cssSelector(".chart .vega-actions a[download$='.png']")))
                .as("Save as PNG in the chart's menu").hasSize(1);
        assertThat(chromium.lastAnswer().getText()).doesNotContain("Show the PNG");

        chromium.ask("histogram of temp_max as a png");
        chromium.waitFor(d -> (Boolean) d.executeScript(ANSWER_CHART_DRAWN));
        assertThat(chromium.driver.findElements(By.cssSelector("img.figure"))).as("the PNG only on demand").isEmpty();
        chromium.driver.executeScript("[...document.querySelectorAll('button.link')].find(b => b.textContent === 'Show the PNG').click();");
        chromium.waitFor(d -> (Boolean) d.executeScript(
                "const img = document.querySelector('img.figure'); return !!img && img.complete && img.naturalWidth > 0;"));
        chromium.shot("3-charts-png-and-vega-lite");
        // The chart reached the Results tab while it was closed: it is drawn when the tab opens.
        chromium.driver.findElement(By.cssSelector("[data-tab=results]")).click();
        chromium.waitFor(d -> (Boolean) d.executeScript(RESULTS_CHART_DRAWN));
        chromium.shot("3b-results-chart-after-tab-switch");
        chromium.driver.findElement(By.cssSelector("[data-tab=dna]")).click();

        chromium.driver.navigate().refresh();
        chromium.waitFor(d -> d.findElements(By.cssSelector(".msg.user")).size() == 3);
        assertThat(chromium.driver.findElements(By.cssSelector(".msg.user"))).extracting(WebElement::getText)
                .containsExactly("average temp_max by weather", "histogram of temp_max",
                        "histogram of temp_max as a png");
        chromium.waitFor(d -> chromium.finishedAnswers() == 3);
        assertThat(chromium.text("messages")).contains("19.86", "sql agent");
        chromium.waitFor(d -> (Boolean) d.executeScript(ANSWER_CHART_DRAWN));
        chromium.shot("4-after-reload");
        assertThat(chromium.consoleErrors()).isEmpty();

        upload("binary.csv");
        chromium.waitFor(d -> chromium.text("toasts").contains("binary"));
        assertThat(chromium.text("toasts")).doesNotContain("{").doesNotContain("problem");
        assertThat(chromium.text("upload-status")).isEqualTo(chromium.text("toasts"));
        assertNothingCoversTheDnaPanel();
        chromium.shot("5-error");
        chromium.resize(420, 900);
        assertNothingCoversTheDnaPanel();
        chromium.shot("5b-error-420px");
        // The refused upload is the only thing the console reports.
        assertThat(chromium.consoleErrors()).singleElement().asString().contains("415");
    }

    @Test
    void aFreshBrowserComesBackToTheSessionAndItsWholeChat() {
        openNewSession(workspace.toString());
        chromium.driver.findElement(By.cssSelector("#welcome .examples button")).click();
        chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));
        chromium.waitFor(d -> chromium.text("welcome").contains("Try asking"));
        WebElement suggested = chromium.driver.findElement(By.xpath("//div[@class='suggestions']/button[contains(text(), ' by weather')]"));
        String question = suggested.getText();
        // the question box's example is this dataset's own question, not the demo's columns
        assertThat(chromium.driver.findElement(By.id("question")).getAttribute("placeholder"))
                .isEqualTo("Ask about your data, e.g. " + question);
        chromium.shot("12-welcome-with-suggestions");
        suggested.click();
        chromium.waitFor(d -> chromium.finishedAnswers() == 1);
        String answered = chromium.lastAnswer().getText();

        chromium.close();
        chromium = Chromium.open(); // a new profile: nothing in localStorage
        chromium.driver.get(workspace.toString());
        chromium.waitFor(d -> chromium.finishedAnswers() == 1);
        assertThat(chromium.text("messages")).contains(question, "sql agent");
        assertThat(chromium.lastAnswer().getText()).isEqualTo(answered);
        assertThat((String) chromium.driver.executeScript(
                "return [...document.getElementById('sessions').options].map(o => o.textContent).join('\\n');"))
                .contains("seattle-weather.csv");
        chromium.shot("13-fresh-browser-reloads-the-chat");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    private void openNewSession(String url) {
        chromium.openNewSession(url);
    }

    private void assertNothingCoversTheDnaPanel() {
        chromium.assertNothingCovers("dna");
    }

    @Test
    void aDroppedConnectionResumesWithoutLosingOrRepeatingSteps() throws Exception {
        int port = workspace.getPort();
        try (DroppingProxy proxy = new DroppingProxy(port)) {
            openNewSession(workspace.toString().replace(":" + port, ":" + proxy.port()));
            upload("seattle-weather.csv");
            chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));

            int before = chromium.finishedAnswers();
            chromium.type("average temp_max by weather");
            chromium.waitFor(d -> proxy.stalled() && chromium.text("messages").contains("orchestrator agent"));
            chromium.shot("6-network-lost-mid-answer");
            assertThat(chromium.finishedAnswers()).as("the answer is not through yet").isEqualTo(before);
            proxy.drop();
            chromium.waitFor(d -> chromium.finishedAnswers() > before);
            String resumed = chromium.lastAnswer().findElement(By.xpath("..")).getText();
            chromium.shot("7-resumed-after-drop");

            chromium.ask("average temp_max by weather");
            String undisturbed = chromium.lastAnswer().findElement(By.xpath("..")).getText();
            assertThat(steps(resumed)).isEqualTo(steps(undisturbed));
            assertThat(resumed).contains("19.86", "is highest");
            assertThat(chromium.text("toasts") + chromium.text("messages")).doesNotContain("lost. Reload");
        }
    }

    @Test
    void keyboardAloneAndAPhoneSizedWindow() throws IOException {
        chromium.resize(390, 844);
        openNewSession(workspace.toString());
        // A file dropped on the upload area, as a drag from the desktop delivers it.
        chromium.driver.executeScript("const files = new DataTransfer();"
                + "files.items.add(new File([arguments[0]], 'seattle-weather.csv', {type: 'text/csv'}));"
                + "document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true}));",
                Files.readString(DATASETS.resolve("seattle-weather.csv")));
        chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));

        WebElement question = chromium.driver.findElement(By.id("question"));
        question.click();
        chromium.ask("how many rows are there");
        // Tab moves from the question to Ask, then through the sidebar; Enter on a focused tab opens its panel.
        question.sendKeys(Keys.TAB);
        assertThat(focused()).isEqualTo("send");
        WebElement codeTab = chromium.driver.findElement(By.cssSelector("[data-tab=code]"));
        codeTab.sendKeys(Keys.ENTER);
        chromium.waitFor(d -> d.findElement(By.id("code")).isDisplayed());
        assertThat(chromium.text("code")).contains("SELECT");
        chromium.driver.findElement(By.cssSelector("[data-tab=insights]")).sendKeys(Keys.ENTER);
        chromium.waitFor(d -> chromium.text("insights").contains("1,461"));
        long overflow = (Long) ((JavascriptExecutor) chromium.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        chromium.shot("8-phone");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aLargeFileStreamsThroughWithItsProgressShown() throws IOException {
        Path big = Path.of("target", "uploads", "orders-200mb.csv");
        long rows = LargeCsv.write(big, 200L * 1024 * 1024);
        openNewSession(workspace.toString());
        chromium.driver.executeScript("window.uploadStatus = []; const el = document.getElementById('upload-status');"
                + "new MutationObserver(() => uploadStatus.push(el.textContent))"
                + ".observe(el, {childList: true, characterData: true, subtree: true});");

        chromium.upload(big);
        chromium.waitFor(d -> chromium.text("upload-status").matches("Uploading orders-200mb.csv: [1-9]\\d?% of 200 MB"));
        chromium.shot("9-large-upload-progress");
        chromium.waitFor(Duration.ofMinutes(4), d -> chromium.text("dna").contains("orders_200mb"));
        assertThat(chromium.text("dna")).contains(String.format(Locale.US, "%,d rows", rows));
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) chromium.driver.executeScript("return uploadStatus;");
        assertThat(seen).as("progress went up step by step")
                .filteredOn(t -> t.matches("Uploading orders-200mb.csv: \\d+% of 200 MB")).hasSizeGreaterThan(2);
        assertThat(chromium.text("upload-status")).contains("ready");
        chromium.shot("10-large-upload-done");
        Files.delete(big);
    }

    @Test
    void theSameFileAgainIsTheSameDatasetAndOtherContentANewVersion() throws IOException {
        Path other = Path.of("target", "uploads", "v2", "seattle-weather.csv");
        Files.createDirectories(other.getParent());
        Files.write(other, Files.readAllLines(DATASETS.resolve("seattle-weather.csv")).subList(0, 101));
        openNewSession(workspace.toString());
        upload("seattle-weather.csv");
        chromium.waitFor(d -> chromium.text("upload-status").contains("ready"));

        upload("seattle-weather.csv");
        chromium.waitFor(d -> chromium.text("upload-status").contains("uploaded before"));
        assertThat(chromium.text("upload-status")).contains("table seattle_weather) is used again");
        chromium.upload(other);
        chromium.waitFor(d -> chromium.text("upload-status").contains("version 2"));
        chromium.shot("11-new-version");
        chromium.waitFor(d -> chromium.text("dna").contains("100 rows"));
        assertThat(chromium.driver.findElements(By.cssSelector("#dna .dataset-tabs [role=tab]")))
                .extracting(WebElement::getText).containsExactly("seattle_weather", "seattle_weather_2");
    }

    private String firstResultRow() {
        return chromium.driver.findElement(By.cssSelector("#results table tbody tr")).getText();
    }

    private String focused() {
        return (String) ((JavascriptExecutor) chromium.driver).executeScript("return document.activeElement.id;");
    }

    /** The step lines of an answer as shown (without the timing, which differs from run to run). */
    private static String steps(String answer) {
        return answer.lines().filter(l -> !l.startsWith("answered in")).filter(l -> !l.matches("\\d+ rows in \\d+ ms"))
                .filter(l -> !l.startsWith("Connection lost") && !l.startsWith("Reconnected"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    private void upload(String fixture) {
        chromium.upload(DATASETS.resolve(fixture));
    }
}
