package io.insightx.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.WorkspaceBrowser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The offline analyst's interpretation as chips (aggregate, measure, group, filters) that a person changes and asks
 * again without retyping: the workspace writes the question in plain words and asks it in the same chat.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class WorkspaceChipsBrowserTest extends WorkspaceBrowser {

    @Test
    void changingTheAggregateChipAsksAgainWithTheNewAggregate() {
        chromium.openNewSession(workspace.toString());
        chromium.upload(WorkspaceBrowserTest.DATASETS.resolve("seattle-weather.csv"));
        chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));
        chromium.ask("average temp_max by weather in 2014");
        assertThat(chips()).containsExactly("average", "temp_max", "weather", "in 2014");
        assertThat(rerun().isEnabled()).as("nothing changed yet").isFalse();
        String chat = chromium.driver.getCurrentUrl();

        lastChips().findElement(By.cssSelector("select[data-chip=aggregate] option[value=max]")).click();
        assertThat(rerun().getText()).isEqualTo("Ask: maximum temp_max by weather in 2014");
        chromium.shot("30-chips-changed");
        rerun().click();
        chromium.waitFor(d -> chromium.finishedAnswers() == 2);
        assertThat(lastQuestion()).isEqualTo("maximum temp_max by weather in 2014");
        assertThat(lastAbout().getText()).contains("Computed: Found the highest temp max by weather in 2014");
        assertThat(chips()).containsExactly("maximum", "temp_max", "weather", "in 2014");
        assertThat(chromium.driver.getCurrentUrl()).as("the same chat").isEqualTo(chat);
        assertThat((String) chromium.driver.executeScript(
                "return [...document.querySelectorAll('.msg .steps')].pop().textContent;")).containsIgnoringCase("max(");

        // A filter chip removed and the group changed: the question is written without them.
        lastChips().findElement(By.cssSelector(".chip.filter .chip-remove")).click();
        lastChips().findElement(By.xpath(".//select[@data-chip='group']/option[text()='no group']")).click();
        assertThat(rerun().getText()).isEqualTo("Ask: maximum temp_max");
        rerun().click();
        chromium.waitFor(d -> chromium.finishedAnswers() == 3);
        assertThat(chromium.lastAnswer().getText()).contains("35.6");
        chromium.shot("31-chips-rerun");

        chromium.ask("histogram of temp_max");
        assertThat(lastAbout().findElements(By.cssSelector(".chips"))).as("no plan of parts, no chips").isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    private WebElement lastAbout() {
        List<WebElement> abouts = chromium.driver.findElements(By.cssSelector(".about"));
        return abouts.get(abouts.size() - 1);
    }

    private WebElement lastChips() {
        return lastAbout().findElement(By.cssSelector(".chips"));
    }

    private WebElement rerun() {
        return lastChips().findElement(By.cssSelector("button.rerun"));
    }

    /** Each chip's shown value: the selected option of a select, or a filter's words. */
    @SuppressWarnings("unchecked")
    private List<String> chips() {
        return (List<String>) chromium.driver.executeScript("return [...arguments[0].querySelectorAll('.chip')]"
                + ".map(c => c.querySelector('select') ? c.querySelector('select').selectedOptions[0].textContent"
                + " : c.firstElementChild.textContent);", lastChips());
    }

    private String lastQuestion() {
        List<WebElement> questions = chromium.driver.findElements(By.cssSelector(".msg.user"));
        return questions.get(questions.size() - 1).getText();
    }
}
