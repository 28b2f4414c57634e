package io.insightx.orchestrator.agent;

/**
 * The one place a name from the data becomes part of SQL: identifiers cannot be bound like values, so they are
 * double-quoted with any double quote in them doubled, which DuckDB reads back as exactly that name.
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
