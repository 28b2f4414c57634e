package io.insightx.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.insightx.orchestrator.persistence.Artifact;
import io.insightx.orchestrator.persistence.ArtifactRepository;
import io.insightx.orchestrator.persistence.ChatRepository;
import io.insightx.orchestrator.persistence.EventRepository;
import io.insightx.orchestrator.persistence.InsightRepository;
import io.insightx.orchestrator.support.Jwts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With JWT auth, every endpoint answers another user's session, chat, artifact or events with 404. */
@QuarkusTest
@TestProfile(UserIsolationTest.JwtAuth.class)
class UserIsolationTest {

    public static class JwtAuth implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("insightx.auth.mode", "jwt", "insightx.auth.jwt-secret", Jwts.SECRET);
        }
    }

    @Inject
    ChatRepository chats;
    @Inject
    ArtifactRepository artifacts;
    @Inject
    InsightRepository insights;
    @Inject
    EventRepository events;

    String session;
    UUID chat;
    Artifact artifact;

    @BeforeEach
    void aliceHasASessionWithAChat() {
        session = as("alice").contentType("application/json").body("{}").post("/api/sessions").then().statusCode(201)
                .extract().path("id");
        UUID sessionId = UUID.fromString(session);
        chat = chats.create(sessionId, "hers").id();
        chats.addMessage(chat, "user", "private question", null);
        artifact = artifacts.save(sessionId, chat, "table", "Result", "text/csv", "a,b\r\n".getBytes());
        insights.add(sessionId, chat, "a private insight");
        events.append(chat, 1, "done", "{\"elapsedMs\":1}");
    }

    @Test
    void withoutAValidTokenNothingIsServed() {
        given().get("/api/sessions/" + session).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("unauthorized"));
        given().header("Authorization", "Bearer " + Jwts.hs256("alice", Instant.now().minusSeconds(600), Jwts.SECRET))
                .get("/api/sessions/" + session).then().statusCode(401);
        given().header("Authorization", "Bearer " + Jwts.unsigned("alice", Instant.now().plusSeconds(600)))
                .get("/api/sessions/" + session).then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theOwnerSeesEverything() {
        as("alice").get("/api/sessions/" + session).then().statusCode(200);
        as("alice").get("/api/chats/" + chat + "/messages").then().statusCode(200).body("size()", equalTo(1));
        as("alice").get("/api/sessions/" + session + "/chats").then().statusCode(200).body("id", contains(chat.toString()))
                .body("[0].title", equalTo("hers")).body("[0].questions", equalTo(1));
        as("alice").get("/api/sessions/" + session + "/insights").then().statusCode(200).body("size()", equalTo(1));
        as("alice").get("/api/sessions/" + session + "/artifacts").then().statusCode(200).body("size()", equalTo(1));
        as("alice").get("/api/artifacts/" + artifact.id()).then().statusCode(200);
        as("alice").get("/api/chats/" + chat + "/events?after=0").then().statusCode(200);
        as("alice").get("/api/sessions").then().statusCode(200).body("id", hasItem(session))
                .body("find { it.id == '" + session + "' }.title", equalTo("hers"))
                .body("find { it.id == '" + session + "' }.lastChatId", equalTo(chat.toString()));
    }

    @Test
    void anotherUserGets404Everywhere() {
        as("bob").get("/api/sessions/" + session).then().statusCode(404);
        as("bob").get("/api/sessions").then().statusCode(200).body("id", not(hasItem(session)));
        as("bob").get("/api/sessions/" + session + "/datasets").then().statusCode(404);
        as("bob").get("/api/sessions/" + session + "/chats").then().statusCode(404);
        as("bob").get("/api/sessions/" + session + "/insights").then().statusCode(404);
        as("bob").get("/api/sessions/" + session + "/artifacts").then().statusCode(404);
        as("bob").get("/api/artifacts/" + artifact.id()).then().statusCode(404);
        as("bob").get("/api/chats/" + chat + "/messages").then().statusCode(404);
        as("bob").get("/api/chats/" + chat + "/events?after=0").then().statusCode(404);
        as("bob").multiPart("file", "x.csv", "a\n1\n".getBytes()).post("/api/sessions/" + session + "/datasets").then()
                .statusCode(404);
        as("bob").contentType("application/json").body(Map.of("sessionId", session, "message", "hi"))
                .post("/api/chat/stream").then().statusCode(404).body("code", equalTo("session-not-found"));
        as("bob").contentType("application/json").body(Map.of("sessionId", session, "message", "hi",
                "chatId", chat.toString())).post("/api/chat/stream").then().statusCode(404);
    }

    private static RequestSpecification as(String user) {
        return given().header("Authorization", "Bearer " + Jwts.hs256(user, Instant.now().plusSeconds(600), Jwts.SECRET));
    }
}
