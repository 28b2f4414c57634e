package io.insightx.orchestrator.agent.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.SseEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Chats of follow-up questions ({@code followups/chats.jsonl}: "average body mass by species", "and by island?",
 * "only females", …) asked turn after turn in one chat through the whole pipeline, each turn graded against its
 * hand-written truth like {@link AnalystAccuracyTest}'s questions. A chat is right when every turn is. Gates on no
 * confidently wrong turn: a follow-up answered as the previous question, or merged into the wrong plan, is one.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class FollowUpAccuracyTest {

    private static final String FILE = "followups";
    /** While working on some chats: {@code -Dfollowups.only=<regex over chat ids>}. */
    private static final String ONLY = System.getProperty("followups.only");

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/chat/stream")
    URL chatStream;

    @Test
    void gradesEveryChatTurnByTurn() throws Exception {
        GradeTable table = new GradeTable();
        DatasetUploads uploads = new DatasetUploads();
        ChatClient client = new ChatClient(chatStream, json);
        int chats = 0;
        int rightChats = 0;
        try (DuckTruth truths = new DuckTruth()) {
            for (JsonNode chat : chats()) {
                chats++;
                rightChats += grade(chat, uploads.of(chat.path("dataset").asText()), client, truths, table) ? 1 : 0;
            }
        }
        System.out.println(table.print());
        System.out.printf("Follow-up chats right (every turn): %d of %d%n", rightChats, chats);
        assertThat(table.file(FILE).getOrDefault(Grade.WRONG, 0)).as("confidently wrong turns").isZero();
    }

    /** Asks the chat's turns in one chat; whether every turn was right. */
    private boolean grade(JsonNode chat, DatasetUploads.Upload upload, ChatClient client, DuckTruth truths,
            GradeTable table) throws IOException, InterruptedException {
        String chatId = null;
        boolean right = true;
        int turn = 0;
        for (JsonNode t : chat.path("turns")) {
            turn++;
            AnalystCase c = new AnalystCase(FILE, chat.path("id").asText() + "/" + turn, chat.path("dataset").asText(),
                    t.path("question").asText(), t.path("truth").asText(), t.path("expect").asText(),
                    List.of("turn-" + turn));
            Map<String, Object> request = new HashMap<>(Map.of("sessionId", upload.session(), "message", c.question()));
            if (chatId != null) {
                request.put("chatId", chatId);
            }
            SseEvents events = client.ask(request);
            chatId = json.readTree(events.last().text()).path("chatId").asText(null);
            JsonNode truth = truths.query(upload.file(), c.truth());
            Answer answer = Answer.of(events, json);
            Grade grade = AnswerGrader.grade(c, truth, answer);
            table.add(c, grade, truth.path("rows").toString(), answer);
            right &= grade == Grade.RIGHT;
        }
        return right;
    }

    private List<JsonNode> chats() throws IOException {
        List<JsonNode> chats = new ArrayList<>();
        try (InputStream in = FollowUpAccuracyTest.class.getResourceAsStream("/followups/chats.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                JsonNode chat = line.isBlank() ? null : json.readTree(line);
                if (chat != null && (ONLY == null || chat.path("id").asText().matches(ONLY))) {
                    chats.add(chat);
                }
            }
        }
        return chats;
    }
}
