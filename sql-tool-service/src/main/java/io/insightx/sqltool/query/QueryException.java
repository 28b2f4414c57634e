package io.insightx.sqltool.query;

import io.insightx.sqltool.api.ProblemException;

/** Why a statement did not run: the caller's SQL is wrong (400), not allowed (403) or too slow (408). */
public class QueryException extends ProblemException {

    private QueryException(int status, String code, String title, String detail) {
        super(status, code, title, detail);
    }

    /** DuckDB could not parse or bind the SQL; its message goes back so that an agent can correct the query. */
    public static QueryException sqlError(String duckDbMessage) {
        return new QueryException(400, "sql-error", "SQL error", duckDbMessage);
    }

    public static QueryException forbidden(String reason) {
        return new QueryException(403, "sql-forbidden", "SQL not allowed", reason);
    }

    public static QueryException timeout(long timeoutMs) {
        return new QueryException(408, "sql-timeout", "SQL timeout",
                "The query ran longer than " + timeoutMs + " ms and was cancelled.");
    }

    public static QueryException exportTooLarge(long maxBytes) {
        return new QueryException(413, "export-too-large", "Export too large",
                "The result is larger than " + maxBytes + " bytes, the export limit; the partial file was deleted. "
                        + "Select fewer rows or columns.");
    }

    public static QueryException badRequest(String detail) {
        return new QueryException(400, "invalid-request", "Invalid request", detail);
    }
}
