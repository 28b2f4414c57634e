package io.insightx.orchestrator.agent;

/** How a question is answered. */
public enum Intent {
    /** A query answers it: counts, totals, groupings, top N. */
    SQL_ONLY,
    /** Python alone answers it, on the dataset's rows. */
    PY_ONLY,
    /** A query selects the data, then Python computes or draws on it. */
    SQL_THEN_PY,
    /** No computation: the Data DNA and the context answer it. */
    EXPLAIN_ONLY;

    /** Whether the SQL agent writes a query (PY_ONLY loads the table without one). */
    public boolean needsSqlAgent() {
        return this == SQL_ONLY || this == SQL_THEN_PY;
    }

    public boolean needsPython() {
        return this == PY_ONLY || this == SQL_THEN_PY;
    }
}
