package io.insightx.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;


import io.insightx.orchestrator.support.Chromium;
import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.WorkspaceBrowser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Coming back to the workspace in a fresh browser: a session's address without a chat lists its chats (titled by
 * their first question) and the user's recent sessions, and one click reopens a chat whole.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class WorkspaceSessionsBrowserTest extends WorkspaceBrowser {


    @Test
    void aSessionAddressListsItsChatsAndRecentSessionsAndReopensAChatWhole() {
        String other = given().contentType("application/json").body("{\"title\": \"Penguins from last week\"}")
                .post("/api/sessions").then().statusCode(201).extract().path("id");
        String session = chromium.openNewSession(workspace.toString());
        chromium.driver.findElement(By.cssSelector("#welcome .examples button")).click();
        chromium.waitFor(d -> chromium.text("dna").contains("seattle_weather"));
        chromium.ask("average temp_max by weather");
        chromium.ask("histogram of temp_max");
        chromium.waitFor(d -> (Boolean) d.executeScript(ANSWER_CHART_DRAWN));
        String answered = chromium.driver.findElements(By.cssSelector(".answer")).get(0).getText();

        // "Chats" goes back to the list; the next question starts a second chat.
        chromium.driver.findElement(By.id("all-chats")).click();
        chromium.waitFor(d -> chromium.text("messages").contains("Chats in this session"));
        chromium.ask("how many rows are there");
        assertThat(chromium.driver.findElements(By.cssSelector(".msg.user"))).hasSize(1);

        chromium.close();
        chromium = Chromium.open(); // a new profile: nothing in localStorage
        chromium.driver.get(workspace + "?session=" + session);
        chromium.waitFor(d -> chromium.text("messages").contains("Chats in this session"));
        assertThat(chromium.driver.findElements(By.id("welcome"))).as("not the welcome screen").isEmpty();
        assertThat(chromium.driver.findElements(By.cssSelector(".past-chats li"))).extracting(WebElement::getText)
                .hasSize(2).anySatisfy(t -> assertThat(t).startsWith("how many rows are there").contains("1 question"))
                .anySatisfy(t -> assertThat(t).startsWith("average temp_max by weather").contains("2 questions"));
        assertThat(chromium.text("home")).contains("Recent sessions", "Penguins from last week");
        assertThat((String) chromium.driver.executeScript("return document.getElementById('sessions').selectedOptions[0]"
                + ".textContent;")).as("an untitled session is named by its first question, not its latest")
                .isEqualTo("average temp_max by weather · seattle-weather.csv");
        chromium.shot("20-coming-back-chat-list");

        chromium.driver.findElement(By.xpath("//ul[@class='past-chats']//button[text()='average temp_max by weather']"))
                .click();
        chromium.waitFor(d -> chromium.finishedAnswers() == 2);
        assertThat(chromium.driver.findElements(By.cssSelector(".msg.user"))).extracting(WebElement::getText)
                .containsExactly("average temp_max by weather", "histogram of temp_max");
        assertThat(chromium.driver.findElements(By.cssSelector(".answer")).get(0).getText()).isEqualTo(answered);
        assertThat(chromium.driver.findElements(By.cssSelector(".answer table"))).isNotEmpty();
        chromium.waitFor(d -> (Boolean) d.executeScript(ANSWER_CHART_DRAWN));
        assertThat(chromium.driver.getCurrentUrl()).contains("chat=");
        chromium.shot("21-chat-reopened-whole");

        chromium.driver.navigate().refresh(); // the address now names the chat: it opens again without the list
        chromium.waitFor(d -> chromium.finishedAnswers() == 2);
        chromium.driver.findElement(By.id("all-chats")).click();
        chromium.waitFor(d -> chromium.text("messages").contains("Recent sessions"));
        chromium.driver.findElement(By.xpath("//ul[@class='past-sessions']//button[text()='Penguins from last week']"))
                .click();
        chromium.waitFor(d -> d.getCurrentUrl().contains("session=" + other));
        chromium.waitFor(d -> chromium.text("dna").contains("No dataset yet"));
        assertThat(chromium.consoleErrors()).isEmpty();
    }
}
