package io.insightx.sqltool.query;

/** Quoting for the few SQL strings this service writes itself (paths and names are data, never SQL). */
public final class SqlText {

    private SqlText() {
    }

    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
