package io.insightx.sqltool.dataset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.insightx.sqltool.query.SqlText;

/**
 * Converts an upload to Parquet once, so that every later query reads a typed, compressed, columnar file. Text
 * columns whose every value is a date in a common non-ISO layout ({@code Jan 1 2000}, {@code 01/31/2000}) become
 * real dates, objects nested in JSON rows become columns of their own, JSON fields mixing kinds of scalars become
 * text ({@link JsonScalars}), a document's one array of objects becomes its rows, and numbers and times written for
 * people become numbers and times ({@link WrittenValues}); everything else is kept exactly as DuckDB's sniffer typed
 * it. A Parquet upload is rewritten too, so that every file the service queries in-process was written by DuckDB
 * itself. Runs inside a {@link ConversionWorker} process, never in the service: reading untrusted files is where
 * native crashes live.
 */
final class DatasetConverter {

    /** Layouts tried in order; the first that parses every non-empty value of a text column wins. */
    static final List<String> DATE_LAYOUTS = List.of("%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y",
            "%d %B %Y", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S",
            "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M");
    /** Objects inside objects are flattened this deep; deeper ones stay as they are. */
    private static final int NESTING = 3;

    void convert(Connection connection, Path source, DatasetFormat format, Path target) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (format == DatasetFormat.PARQUET) {
                copy(s, "SELECT * FROM " + format.reader(source, false), target);
                return;
            }
            try {
                writeParquet(s, format.reader(source, false), target);
            } catch (SQLException firstTry) {
                // The sniffer types columns from a sample; a value further down can contradict it. Look at all rows.
                if (format != DatasetFormat.CSV && format != DatasetFormat.TSV) {
                    throw firstTry;
                }
                writeParquet(s, format.reader(source, true), target);
            }
        }
    }

    private static void writeParquet(Statement s, String reader, Path target) throws SQLException {
        s.execute("CREATE OR REPLACE TEMP VIEW upload_raw AS SELECT * FROM " + reader);
        s.execute("CREATE OR REPLACE TEMP VIEW upload_0 AS " + rowsOf(s));
        s.execute("CREATE OR REPLACE TEMP VIEW upload AS " + JsonScalars.asText(s, "upload_" + flatten(s)));
        List<String> text = textColumns(s);
        List<String> replacements = new ArrayList<>(dateReplacements(s, text));
        replacements.addAll(WrittenValues.numbers(s, text));
        replacements.addAll(WrittenValues.epochTimes(s));
        String select = replacements.isEmpty() ? "SELECT * FROM upload"
                : "SELECT * REPLACE (" + String.join(", ", replacements) + ") FROM upload";
        copy(s, select, target);
    }

    private static void copy(Statement s, String select, Path target) throws SQLException {
        // Snappy, not zstd: a group-by over 3 M rows scans in 13 ms instead of 18 ms for a fifth more disk, and
        // every later query pays the decompression.
        s.execute("COPY (" + select + ") TO " + SqlText.literal(target.toString())
                + " (FORMAT parquet, COMPRESSION snappy)");
    }

    /**
     * A JSON document whose rows are one array of objects inside it (a GeoJSON FeatureCollection's {@code features},
     * an API's {@code {"results": [...]}}) is read as those objects, one row each; anything else as it is.
     */
    private static String rowsOf(Statement s) throws SQLException {
        List<String> arrays = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE upload_raw")) {
            while (rs.next()) {
                String type = rs.getString("column_type");
                if (type.startsWith("STRUCT(") && type.endsWith(")[]")) {
                    arrays.add(rs.getString("column_name"));
                }
            }
        }
        if (arrays.size() != 1 || rowCount(s) != 1) {
            return "SELECT * FROM upload_raw"; // counted only then: most uploads hold no array of objects to scan for
        }
        return "SELECT item.* FROM (SELECT unnest(" + SqlText.identifier(arrays.get(0)) + ") AS item FROM upload_raw)";
    }

    private static long rowCount(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM upload_raw")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * JSON objects inside a row ({@code "record": {"high": 62, "low": 15}}) become columns of their own
     * ({@code record_high}, {@code record_low}): a struct is neither a number nor a name a question can use. Each
     * level is a view over the one before; returns the number of the last.
     */
    private static int flatten(Statement s) throws SQLException {
        int level = 0;
        while (level < NESTING) {
            String view = "upload_" + level;
            List<String> kept = new ArrayList<>();
            List<String> structs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE " + view)) {
                while (rs.next()) {
                    String name = rs.getString("column_name");
                    String type = rs.getString("column_type");
                    (type.startsWith("STRUCT(") && !type.endsWith("[]") ? structs : kept).add(name); // a list stays one cell
                }
            }
            if (structs.isEmpty()) {
                return level;
            }
            List<String> select = new ArrayList<>();
            kept.forEach(name -> select.add(SqlText.identifier(name)));
            for (String struct : structs) {
                String q = SqlText.identifier(struct);
                try (ResultSet rs = s.executeQuery("DESCRIBE SELECT " + q + ".* FROM " + view)) {
                    while (rs.next()) {
                        String field = rs.getString("column_name");
                        select.add(q + "." + SqlText.identifier(field) + " AS " + SqlText.identifier(struct + "_" + field));
                    }
                }
            }
            s.execute("CREATE OR REPLACE TEMP VIEW upload_" + (level + 1) + " AS SELECT " + String.join(", ", select)
                    + " FROM " + view);
            level++;
        }
        return level;
    }

    private static List<String> textColumns(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE upload")) {
            while (rs.next()) {
                if ("VARCHAR".equals(rs.getString("column_type"))) {
                    names.add(rs.getString("column_name"));
                }
            }
        }
        return names;
    }

    /** One scan counts, for every text column and layout, how many values parse; full matches become dates. */
    private static List<String> dateReplacements(Statement s, List<String> textColumns) throws SQLException {
        if (textColumns.isEmpty()) {
            return List.of();
        }
        List<String> counts = new ArrayList<>();
        for (String column : textColumns) {
            String q = SqlText.identifier(column);
            counts.add("count(" + q + ")");
            for (String layout : DATE_LAYOUTS) {
                counts.add("count(try_strptime(" + q + ", " + SqlText.literal(layout) + "))");
            }
        }
        List<String> replacements = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", counts) + " FROM upload")) {
            rs.next();
            int col = 1;
            for (String column : textColumns) {
                long nonNull = rs.getLong(col++);
                String match = null;
                for (String layout : DATE_LAYOUTS) {
                    long parsed = rs.getLong(col++);
                    if (match == null && nonNull > 0 && parsed == nonNull) {
                        match = layout;
                    }
                }
                if (match != null) {
                    String q = SqlText.identifier(column);
                    String type = match.contains("%H") ? "TIMESTAMP" : "DATE";
                    replacements.add("strptime(" + q + ", " + SqlText.literal(match) + ")::" + type + " AS " + q);
                }
            }
        }
        return replacements;
    }
}
