package io.insightx.orchestrator.client;

/**
 * The model gave no usable answer: no keys, every key cooling ({@code retryAfterSeconds}), the gateway down, a time
 * limit passed ({@code llm-timeout}), a broken or empty reply, or a request the provider refused ({@code status}).
 */
public class LlmUnavailableException extends RuntimeException {

    private static final int DETAIL_CHARS = 300;

    private final String code;
    private final Long retryAfterSeconds;
    private final int status;

    public LlmUnavailableException(String code, String message, Long retryAfterSeconds, Throwable cause) {
        this(code, message, retryAfterSeconds, 0, cause);
    }

    private LlmUnavailableException(String code, String message, Long retryAfterSeconds, int status, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
        this.status = status;
    }

    /**
     * The gateway refused with {@code status}: 503 means every key is cooling ({@code Retry-After} says how long),
     * 504 that the provider did not answer in time; {@code detail} is the refusal's text, quoted (clipped).
     */
    public static LlmUnavailableException fromStatus(int status, String retryAfter, String detail, Throwable cause) {
        Long seconds = retryAfter == null || !retryAfter.matches("\\d+") ? null : Long.valueOf(retryAfter);
        if (status == 503) {
            return new LlmUnavailableException("keys-exhausted", "The LLM gateway answered 503.", seconds, status, cause);
        }
        if (status == 504 || detail != null && detail.contains("upstream-timeout")) {
            return new LlmUnavailableException("llm-timeout", "The LLM provider did not answer in time (the gateway "
                    + "gave up waiting); try again.", seconds, status, cause);
        }
        String quoted = detail == null || detail.isBlank() ? ""
                : ": " + (detail.length() <= DETAIL_CHARS ? detail : detail.substring(0, DETAIL_CHARS) + "…");
        return new LlmUnavailableException("llm-error", "The LLM gateway answered " + status + quoted, seconds, status,
                cause);
    }

    public static LlmUnavailableException timeout(String whatWasSlow) {
        return new LlmUnavailableException("llm-timeout", whatWasSlow, null, null);
    }

    public String code() {
        return code;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The HTTP status the gateway refused with; 0 when the failure was not a refusal. */
    public int status() {
        return status;
    }
}
