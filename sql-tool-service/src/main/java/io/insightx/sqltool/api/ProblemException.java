package io.insightx.sqltool.api;

/**
 * An error with a stable problem {@code code} and the HTTP status it maps to. The message is the problem's
 * {@code detail} and is shown to callers, so it never carries secrets or file paths.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;

    public ProblemException(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public ProblemException(int status, String code, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
