package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.Intent;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.agent.offline.link.DistinctValues;
import io.insightx.orchestrator.agent.offline.link.SharedKeys;
import io.insightx.orchestrator.persistence.Message;
import org.junit.jupiter.api.Test;

/** A chat of follow-up questions through the brain, each question carrying the chat so far as the service gives it. */
class FollowUpChatTest {

    private static final UUID CHAT = UUID.randomUUID();

    private final OfflineBrain brain = new OfflineBrain(TestCatalogs.JSON,
            new Readings(TestCatalogs.JSON, new DistinctValues(null, TestCatalogs.JSON),
                    new SharedKeys(null, TestCatalogs.JSON), TestCatalogs.LEXICON, TestCatalogs.EMBEDDINGS));
    private final List<Message> history = new ArrayList<>();

    /** Asks the question with the chat so far, then records it and an answer as the chat service does. */
    private Question ask(String text) {
        Question q = new Question(text, List.of(TestCatalogs.penguinsRecord()), List.of(), List.copyOf(history));
        history.add(new Message(UUID.randomUUID(), CHAT, "user", text, null, Instant.now()));
        history.add(new Message(UUID.randomUUID(), CHAT, "assistant", "An answer.", "SQL_ONLY", Instant.now()));
        return q;
    }

    @Test
    void aThreeStepChatBuildsEachQuestionOnTheOneBefore() throws Exception {
        SqlStatement first = brain.writeSql(ask("average body mass by species"), null, r -> { });
        assertThat(first.sql()).contains("avg(").contains("GROUP BY").doesNotContain("\"Island\"");

        SqlStatement second = brain.writeSql(ask("and by island?"), null, r -> { });
        assertThat(second.sql()).contains("avg(").contains("\"Species\"").contains("\"Island\"");
        assertThat(second.params()).isEmpty();

        Question third = ask("only females");
        SqlStatement sql = brain.writeSql(third, null, r -> { });
        assertThat(sql.sql()).contains("avg(").contains("\"Species\"").contains("\"Island\"").contains("\"Sex\" = ?");
        assertThat(sql.params()).containsExactly("FEMALE");

        ComposedAnswer answer = brain.compose(third, brain.classify(third, r -> { }), List.of(new StepResult("run_sql",
                "", TestCatalogs.JSON.readTree("{\"columns\":[{\"name\":\"Species\",\"type\":\"VARCHAR\"},"
                        + "{\"name\":\"Island\",\"type\":\"VARCHAR\"},{\"name\":\"avg\",\"type\":\"DOUBLE\"}],"
                        + "\"rows\":[[\"Gentoo\",\"Biscoe\",4679.74]]}"))), r -> { }, t -> { });
        assertThat(answer.understanding().understood()).isEqualTo("full");
        assertThat(answer.understanding().interpretation())
                .startsWith("Following on from “average body mass by species”, “and by island?”: Averaged");
        assertThat(answer.content()).contains("Following on from");
    }

    @Test
    void aFragmentWithoutAChatIsReadAloneAndRefused() {
        Question q = ask("only females");
        assertThat(brain.classify(q, r -> { }).intent()).isEqualTo(Intent.EXPLAIN_ONLY);
        assertThat(brain.explain(q, r -> { }, t -> { }).content()).doesNotContain("Following on from");
    }

    @Test
    void aFollowUpOfARefusedQuestionSaysOnceWhatItFollowedOn() {
        ask("total krill eaten per week");
        Question q = ask("and by island?");
        String content = brain.explain(q, r -> { }, t -> { }).content();
        assertThat(content).contains("which I could not answer");
        assertThat(content.split("Following on from", -1)).hasSize(2); // the tester saw it twice, contradicting itself
    }
}
