package io.insightx.orchestrator.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through its chromedriver (deploy/local/test.sh installs both), with what the
 * workspace tests do over and over: wait, ask, read, take screenshots (target/screenshots) and collect what the
 * page wrote to its console.
 */
public final class Chromium implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Chromium open() {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,950");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new Chromium(new ChromeDriver(service, options));
    }

    /** Opens a session of its own (a fresh browser would come back to the newest one) at its welcome; returns its id. */
    public String openNewSession(String workspace) {
        String session = given().contentType("application/json").body("{}").post("/api/sessions").then()
                .statusCode(201).extract().path("id");
        driver.get(workspace + "?session=" + session);
        waitFor(d -> text("dna").contains("No dataset yet") && !d.findElements(By.id("welcome")).isEmpty());
        return session;
    }

    /** Nothing drawn on top of the element: the element at each of its points is it or inside it. */
    public void assertNothingCovers(String id) {
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        Object covering = driver.executeScript("""
                const panel = document.getElementById(arguments[0]), box = panel.getBoundingClientRect(), found = [];
                for (let x = box.left + 4; x < box.right; x += 24) {
                  for (let y = Math.max(box.top, 0) + 4; y < Math.min(box.bottom, innerHeight); y += 24) {
                    const top = document.elementFromPoint(x, y);
                    if (top && !panel.contains(top) && !top.contains(panel)) found.push(top.id || top.className || top.tagName);
                  }
                }
                return found;""", id);
        assertThat((List<?>) covering).as("what covers #" + id).isEmpty();
    }

    public void waitFor(Predicate<ChromeDriver> condition) {
        waitFor(Duration.ofSeconds(30), condition);
    }

    public void waitFor(Duration atMost, Predicate<ChromeDriver> condition) {
        await().atMost(atMost).ignoreExceptions().until(() -> condition.test(driver));
    }

    /** Chooses a file in the workspace's upload field, as a person picking it in the file dialog. */
    public void upload(Path file) {
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
    }

    /** Types a question, presses Enter and waits for its answer to finish. */
    public void ask(String question) {
        int before = finishedAnswers();
        type(question);
        waitFor(d -> finishedAnswers() > before);
    }

    /** Types a question and presses Enter. */
    public void type(String question) {
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
    }

    public int finishedAnswers() {
        return driver.findElements(By.xpath("//*[contains(text(), 'answered in')]")).size();
    }

    public WebElement lastAnswer() {
        List<WebElement> answers = driver.findElements(By.cssSelector(".answer"));
        return answers.get(answers.size() - 1);
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public void shot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of one element (scrolled into view), e.g. the Data DNA panel. */
    public void shot(String name, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView();", element);
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors the page logged, threw or met loading a resource since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
