package io.insightx.orchestrator.agent.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.insightx.orchestrator.agent.ComposedAnswer;
import io.insightx.orchestrator.agent.KeyRotation;
import io.insightx.orchestrator.client.LlmStreamClient;

/**
 * Holds a composed answer to its results: numbers no result supports go back to the composer once, with the
 * discrepancy; still there, the answer is kept marked {@code grounded: false}, the numbers listed and shown in it.
 * Insights with an unsupported number are not kept, so that nothing made up reaches later prompts.
 */
final class GroundedAnswers {

    private final LlmStreamClient llm;
    private final AgentTurns turns;

    GroundedAnswers(LlmStreamClient llm, AgentTurns turns) {
        this.llm = llm;
        this.turns = turns;
    }

    ComposedAnswer check(ComposedAnswer answer, Grounding grounding, String system, List<String> userParts,
            Consumer<KeyRotation> rotations) {
        List<String> unsupported = grounding.unsupported(answer.content());
        if (unsupported.isEmpty()) {
            return kept(answer, grounding, List.of());
        }
        List<String> parts = new ArrayList<>(userParts);
        parts.add("Your previous answer:\n" + answer.content());
        parts.add("These numbers in it are in none of the results: " + String.join(", ", unsupported) + ". Write the "
                + "answer again using only numbers the results hold (rounding is fine); leave out what they do not say.");
        AnswerStream again = new AnswerStream(piece -> { });
        again.accept(JsonReplies.withoutThinking(AgentTurns.reportRotations(llm.complete(turns.request(system,
                parts)), rotations).content()));
        ComposedAnswer rewritten = new ComposedAnswer(again.answer(), again.insights(), answer.charts(), true)
                .with(answer.verification());
        return kept(rewritten, grounding, grounding.unsupported(rewritten.content()));
    }

    private static ComposedAnswer kept(ComposedAnswer answer, Grounding grounding, List<String> unsupported) {
        List<String> insights = answer.insights().stream().filter(i -> grounding.unsupported(i).isEmpty()).toList();
        String content = unsupported.isEmpty() ? answer.content() : answer.content()
                + "\n\n> **Check these numbers:** " + String.join(", ", unsupported)
                + " — no result of this question supports them.";
        return new ComposedAnswer(content, unsupported.isEmpty() ? insights : List.of(), answer.charts(),
                answer.streamed(), answer.understanding(), new ComposedAnswer.Verification(
                        answer.verification().complete(), unsupported.isEmpty(), unsupported));
    }
}
