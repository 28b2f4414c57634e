package io.insightx.orchestrator.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

/** Questions asked through the public API, as a browser asks them: one chat stream, read to its end. */
public final class Chats {

    private Chats() {
    }

    /** Asks {@code message} in a new chat of the session and returns its whole stream (which must answer 200). */
    public static SseEvents ask(String sessionId, String message) {
        return SseEvents.parse(given().contentType("application/json")
                .body(Map.of("sessionId", sessionId, "message", message)).post("/api/chat/stream").then()
                .statusCode(200).extract().asString());
    }
}
