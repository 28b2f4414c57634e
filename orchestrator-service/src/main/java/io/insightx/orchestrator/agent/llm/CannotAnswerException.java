package io.insightx.orchestrator.agent.llm;

import java.util.List;

/** An agent found that the data cannot answer the question: the run ends with its explanation and suggestions. */
public class CannotAnswerException extends RuntimeException {

    private final List<String> suggestions;

    public CannotAnswerException(String explanation, List<String> suggestions) {
        super(explanation, null, false, false);
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }

    /** The answer the person reads: why not, then what they can ask instead. */
    public String markdown() {
        StringBuilder text = new StringBuilder("This data cannot answer that question: ").append(getMessage());
        if (!suggestions.isEmpty()) {
            text.append("\n\nYou could ask instead:\n");
            suggestions.forEach(s -> text.append("- ").append(s).append('\n'));
        }
        return text.toString().strip();
    }
}
