package io.insightx.sqltool.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.insightx.sqltool.query.SqlText;

/**
 * A JSON field that mixes kinds of scalars ({@code "hasDog": true} in one row, {@code "hasDog": "yes"} in another)
 * is typed {@code JSON} by DuckDB's reader: neither a flag nor a word a question can match. Such a column whose every
 * value is a scalar becomes text ({@code true}, {@code yes}, {@code 1}), which the profiler reads like any other
 * text column; a column holding objects or arrays stays JSON.
 */
final class JsonScalars {

    private JsonScalars() {
    }

    /** The {@code SELECT} over {@code view} with its scalar JSON columns as text. */
    static String asText(Statement s, String view) throws SQLException {
        List<String> json = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE " + view)) {
            while (rs.next()) {
                if ("JSON".equals(rs.getString("column_type"))) {
                    json.add(rs.getString("column_name"));
                }
            }
        }
        if (json.isEmpty()) {
            return "SELECT * FROM " + view;
        }
        List<String> counts = new ArrayList<>();
        for (String column : json) {
            counts.add("count(CASE WHEN json_type(" + SqlText.identifier(column)
                    + ") IN ('OBJECT', 'ARRAY') THEN 1 END)");
        }
        List<String> replacements = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", counts) + " FROM " + view)) {
            rs.next();
            for (int i = 0; i < json.size(); i++) {
                if (rs.getLong(i + 1) == 0) {
                    String q = SqlText.identifier(json.get(i));
                    replacements.add("json_extract_string(" + q + ", '$') AS " + q);
                }
            }
        }
        return replacements.isEmpty() ? "SELECT * FROM " + view
                : "SELECT * REPLACE (" + String.join(", ", replacements) + ") FROM " + view;
    }
}
