package io.insightx.orchestrator.client;

/**
 * A tool answered 4xx: the request was wrong (bad SQL, forbidden statement, unknown dataset). It is an answer an
 * agent can correct, not an outage: it neither trips a circuit breaker nor is retried.
 */
public class ToolRejectedException extends RuntimeException {

    private final int status;
    private final String code;

    public ToolRejectedException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
