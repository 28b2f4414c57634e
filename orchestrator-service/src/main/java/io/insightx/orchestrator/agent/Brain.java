package io.insightx.orchestrator.agent;

import java.util.List;
import java.util.function.Consumer;

/**
 * The thinking behind the agents. Two implementations stand behind it: one prompts an LLM through key-manager,
 * the other is a deterministic offline analyst. The pipeline around it is the same for both.
 */
public interface Brain {

    /** The orchestrator agent: how to answer. */
    Classification classify(Question question, Consumer<KeyRotation> rotations);

    /** The SQL agent: one read-only statement; {@code failure} is the previous attempt's error, or null. */
    SqlStatement writeSql(Question question, Attempt failure, Consumer<KeyRotation> rotations);

    /**
     * The SQL agent, allowed to {@code look} at the data a few times before it answers. A brain that does not look
     * writes its statement at once.
     */
    default SqlStatement writeSql(Question question, Attempt failure, Consumer<KeyRotation> rotations, DataLook look) {
        return writeSql(question, failure, rotations);
    }

    /** The Python agent: pandas/matplotlib code; the SQL result, if any, arrives as {@code df}. */
    PythonProgram writePython(Question question, StepResult data, Attempt failure, Consumer<KeyRotation> rotations);

    /** The composer: the answer in Markdown, from the results; text it streams goes to {@code tokens} as written. */
    ComposedAnswer compose(Question question, Classification classification, List<StepResult> results,
            Consumer<KeyRotation> rotations, Consumer<String> tokens);

    /** The explainer: an answer from the Data DNA and the context alone, streamed like the composer's. */
    ComposedAnswer explain(Question question, Consumer<KeyRotation> rotations, Consumer<String> tokens);

    /** A previous attempt and why it failed, fed back to the agent that made it. */
    record Attempt(String input, String error) {
    }
}
