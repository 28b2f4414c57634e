package io.insightx.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.WorkspaceBrowser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Data DNA panel in a real Chromium: a latin-1 file read right and said so, and the panel at 1,440 px and 420 px
 * with nothing drawn over it, kept as screenshots (target/screenshots) of the welcome, an answer with its chart and
 * the panel at each width.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class WorkspaceDnaBrowserTest extends WorkspaceBrowser {


    @Test
    void aLatin1FileIsReadRightAndItsEncodingSaid() throws IOException {
        StringBuilder csv = new StringBuilder("prénom,ville,température\n");
        for (int i = 0; i < 4; i++) {
            csv.append("José,Zürich,21.5\nHélène,Genève,18.0\nJürgen,München,12.5\n");
        }
        Path file = Path.of("target", "uploads", "towns-latin1.csv");
        Files.createDirectories(file.getParent());
        Files.write(file, csv.toString().getBytes(StandardCharsets.ISO_8859_1));
        chromium.openNewSession(workspace.toString());

        chromium.upload(file);
        chromium.waitFor(d -> chromium.text("upload-status").contains("ready"));
        String dna = chromium.text("dna");
        assertThat(dna).contains("read as ISO-8859-1", "not UTF-8", "prénom", "température", "Zürich (4)",
                "Genève (4)", "München (4)").doesNotContain("Ã", "\uFFFD");
        chromium.shot("40-latin1-dna", chromium.driver.findElement(By.id("dna")));

        chromium.ask("count by ville");
        assertThat(chromium.lastAnswer().getText()).contains("Zürich", "Genève", "München").doesNotContain("Ã");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void theWelcomeAnAnswerWithAChartAndTheDnaPanelAtTwoWidths() {
        chromium.resize(1440, 900);
        chromium.openNewSession(workspace.toString());
        chromium.waitFor(d -> chromium.text("welcome").contains("Ask your data anything"));
        chromium.shot("41-welcome-1440px");
        chromium.resize(420, 900);
        chromium.shot("41-welcome-420px");

        chromium.resize(1440, 900);
        chromium.upload(WorkspaceBrowserTest.DATASETS.resolve("seattle-weather.csv"));
        chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));
        chromium.ask("histogram of temp_max");
        chromium.waitFor(d -> (Boolean) d.executeScript(ANSWER_CHART_DRAWN));
        for (int width : new int[] { 1440, 420 }) {
            chromium.resize(width, 900);
            chromium.driver.executeScript("document.querySelector('.answer .chart').scrollIntoView();");
            chromium.shot("42-answer-with-chart-" + width + "px");
            chromium.assertNothingCovers("dna");
            chromium.shot("43-data-dna-" + width + "px", chromium.driver.findElement(By.id("dna")));
            long overflow = (Long) chromium.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling at " + width + " px").isLessThanOrEqualTo(0);
        }
        assertThat(chromium.consoleErrors()).isEmpty();
    }
}
