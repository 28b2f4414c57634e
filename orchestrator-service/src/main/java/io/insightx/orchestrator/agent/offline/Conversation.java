package io.insightx.orchestrator.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.insightx.orchestrator.agent.offline.plan.FollowUp;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.persistence.Message;

/**
 * The chat so far, read again: each answered user question, in order, either read alone or, when it follows on, merged
 * into the plan of the one before it. What a new question may build on is the last of them. Only the last few turns
 * are read: a chain of follow-ups longer than that starts from a question the user typed long ago.
 */
final class Conversation {

    private static final int TURNS = 5;

    /**
     * A question of the chat and the plan it was answered from; {@code said} is the chain of questions it was read
     * with, {@code basis} what it built on ("Following on from “…”"), null for a question read alone.
     */
    record Turn(String said, Plan plan, String basis) {
    }

    private final Function<String, Plan> alone;
    private final FollowUp followUp;

    Conversation(Function<String, Plan> alone, FollowUp followUp) {
        this.alone = alone;
        this.followUp = followUp;
    }

    /** The chat's last answered question and its plan, or empty when the chat has none. */
    Optional<Turn> last(List<Message> history) {
        Turn turn = null;
        for (String question : answered(history)) {
            turn = next(turn, question);
        }
        return Optional.ofNullable(turn);
    }

    /** A question read after the turn before it (or alone, when it is the first or a question of its own). */
    Turn next(Turn before, String question) {
        Optional<Plan> merged = before == null ? Optional.empty()
                : followUp.read(question, before.said(), before.plan());
        return merged.map(p -> new Turn(before.said() + "”, “" + question.strip(), p, FollowUp.basis(before.said())))
                .orElseGet(() -> new Turn(question.strip(), alone.apply(question), null));
    }

    /** The last user questions that got an answer (an assistant message with an intent after them), oldest first. */
    private static List<String> answered(List<Message> history) {
        List<String> questions = new ArrayList<>();
        for (int i = 0; i + 1 < history.size(); i++) {
            Message m = history.get(i);
            Message reply = history.get(i + 1);
            if ("user".equals(m.role()) && "assistant".equals(reply.role()) && reply.intent() != null) {
                questions.add(m.content());
            }
        }
        return questions.subList(Math.max(0, questions.size() - TURNS), questions.size());
    }
}
