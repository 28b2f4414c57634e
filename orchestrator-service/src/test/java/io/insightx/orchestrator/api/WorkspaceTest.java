package io.insightx.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The web workspace is served by this service at /, with no separate server and no CDN. */
@QuarkusTest
class WorkspaceTest {

    @Test
    void theWorkspaceIsServedWithItsAssets() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script src=\"app.js\"></script>")).body(not(containsString("http://")))
                .body(not(containsString("https://")));
        given().get("/app.js").then().statusCode(200).body(containsString("/api/chat/stream"))
                .body(containsString("Last-Event-ID"));
        given().get("/app.css").then().statusCode(200);
    }

    @Test
    void modelTextIsNeverInsertedAsHtml() {
        // Markdown rendering escapes before it formats, and code highlighting escapes every token it wraps.
        String app = given().get("/app.js").then().extract().asString();
        org.assertj.core.api.Assertions.assertThat(app).contains("return escape(text).replace(")
                .contains(": escape(token)").doesNotContain("innerHTML = data.").doesNotContain("innerHTML = m.content");
    }
}
