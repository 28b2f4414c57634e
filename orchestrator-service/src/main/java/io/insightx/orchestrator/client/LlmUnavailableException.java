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

    /** The gateway refused with {@code status}: 503 means every key is cooling ({@code Retry-After} says how long). */
    public static LlmUnavailableException fromStatus(int status, String retryAfter, Throwable cause) {
        Long seconds = retryAfter == null || !retryAfter.matches("\\d+") ? null : Long.valueOf(retryAfter);
        return new LlmUnavailableException(status == 503 ? "keys-exhausted" : "llm-error",
                "The LLM gateway answered " + status + ".", seconds, cause);
    }

    public String code() {
        return code;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
