package io.insightx.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.SseEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** A new version of a file replaces the old one for questions: the two never compete for the same question. */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class DatasetVersionsTest {

    @Test
    void questionsGoToTheNewestVersionOfAFile() {
        String session = given().contentType("application/json").body("{}").post("/api/sessions").then()
                .statusCode(201).extract().path("id");
        upload(session, "day,rain\n1,0.5\n2,1.5\n3,0\n").statusCode(201);
        upload(session, "day,rain\n1,0.5\n2,1.5\n3,0\n4,2\n5,3\n").statusCode(201);

        String body = given().contentType("application/json")
                .body(Map.of("sessionId", session, "message", "how many rows are there?"))
                .post("/api/chat/stream").then().statusCode(200).extract().asString();

        SseEvents events = SseEvents.parse(body);
        assertThat(events.named("error")).isEmpty();
        assertThat(events.first("final").data().getString("understood")).isEqualTo("full");
        assertThat(events.first("final").data().getString("content")).contains("5");
    }

    private static ValidatableResponse upload(String session, String csv) {
        return given().multiPart("file", "rain.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/sessions/" + session + "/datasets").then();
    }
}
