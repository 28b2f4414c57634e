package io.insightx.orchestrator.client;

/** A tool service could not answer: down, overloaded, timed out, or its circuit is open. Worth retrying later. */
public class ToolUnavailableException extends RuntimeException {

    private final String tool;

    public ToolUnavailableException(String tool, Throwable cause) {
        super(tool + " is unavailable", cause);
        this.tool = tool;
    }

    public String tool() {
        return tool;
    }
}
