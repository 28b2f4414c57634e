package io.insightx.sqltool.query;

/**
 * Wraps a checked statement so that DuckDB itself stops handing rows over once they pass a byte cap. The JDBC
 * driver turns a whole chunk (2,048 rows) into Java objects at a time, so a cap applied in Java alone still lets
 * 2,000 rows of a megabyte each fill the heap: the rows must be cut before they cross into Java. Each row's size is
 * the length of its text form; the row that crosses the cap is kept and flagged in a last, hidden column
 * ({@link #CUT_COLUMN}), so that the reader knows rows were left out. DuckDB keeps the statement's row order through
 * the streaming window.
 */
final class ByteCap {

    static final String CUT_COLUMN = "__insightx_cut";
    private static final String ROW = SqlText.identifier("__insightx_row");
    private static final String SIZE = SqlText.identifier("__insightx_size");
    private static final String AFTER = SqlText.identifier("__insightx_after");

    private ByteCap() {
    }

    /** {@code sql} has passed the statement guard: exactly one read statement, so it can only be a subquery here. */
    static String wrap(String sql, long maxBytes) {
        String statement = sql.strip().replaceAll(";+$", "");
        return "SELECT * EXCLUDE (" + SIZE + ", " + AFTER + "), " + AFTER + " >= " + maxBytes + " AS "
                + SqlText.identifier(CUT_COLUMN) + " FROM (\n"
                + "SELECT *, sum(" + SIZE + ") OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS " + AFTER
                + " FROM (\n"
                + "SELECT " + ROW + ".*, strlen(CAST(" + ROW + " AS VARCHAR)) AS " + SIZE + " FROM (\n"
                + statement
                + "\n) AS " + ROW + "))\n"
                + "WHERE " + AFTER + " - " + SIZE + " < " + maxBytes;
    }
}
