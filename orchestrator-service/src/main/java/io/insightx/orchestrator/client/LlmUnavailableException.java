package io.insightx.orchestrator.client;

/** The LLM gateway could not answer: no keys, every key cooling ({@code retryAfterSeconds}), or it is down. */
public class LlmUnavailableException extends RuntimeException {

    private final String code;
    private final Long retryAfterSeconds;

    public LlmUnavailableException(String code, String message, Long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String code() {
        return code;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
