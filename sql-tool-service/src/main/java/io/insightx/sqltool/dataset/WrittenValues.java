package io.insightx.sqltool.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.insightx.sqltool.query.SqlText;

/**
 * Values an export writes for people rather than for machines, read back as what they are: numbers with thousands
 * separators or a currency sign, and times as seconds or milliseconds since 1970. Each is one scan over the upload
 * view that returns the {@code SELECT * REPLACE} expressions of the columns to retype.
 */
final class WrittenValues {

    /** Words of a column name that say its whole numbers may be times. */
    private static final Set<String> EPOCH_NAMES = Set.of("time", "timestamp", "ts", "date",
            "datetime", "created", "updated", "modified", "epoch");
    private static final long MILLIS_2000 = 946_684_800_000L;
    private static final long MILLIS_2100 = 4_102_444_800_000L;

    private WrittenValues() {
    }

    /**
     * Text columns whose every value is a number written for people ({@code "1,478,026,000"}, {@code "$1,200.50"},
     * {@code "-2,516,000"}) become numbers: one scan counts the values that are such numbers and those that carry a
     * separator or a currency sign (without one, DuckDB's sniffer had its reasons: "02134" is a code).
     */
    static List<String> numbers(Statement s, List<String> textColumns) throws SQLException {
        if (textColumns.isEmpty()) {
            return List.of();
        }
        String number = SqlText.literal("^\\s*-?[$€£]?-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*$");
        List<String> counts = new ArrayList<>();
        for (String column : textColumns) {
            String q = SqlText.identifier(column);
            counts.add("count(" + q + ")");
            counts.add("count(CASE WHEN regexp_full_match(" + q + ", " + number + ") THEN 1 END)");
            counts.add("count(CASE WHEN regexp_full_match(" + q + ", " + number + ") AND regexp_matches(" + q
                    + ", '[,$€£]') THEN 1 END)");
            counts.add("count(CASE WHEN regexp_matches(" + q + ", '\\.\\d') THEN 1 END)");
        }
        List<String> replacements = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", counts) + " FROM upload")) {
            rs.next();
            int col = 1;
            for (String column : textColumns) {
                long nonNull = rs.getLong(col++);
                long numbers = rs.getLong(col++);
                long written = rs.getLong(col++);
                long decimals = rs.getLong(col++);
                if (nonNull > 0 && numbers == nonNull && written > 0) {
                    String q = SqlText.identifier(column);
                    replacements.add("CAST(regexp_replace(" + q + ", '[$€£,\\s]', '', 'g') AS "
                            + (decimals > 0 ? "DOUBLE" : "BIGINT") + ") AS " + q);
                }
            }
        }
        return replacements;
    }

    /**
     * Whole numbers of a column named as a time ("time", "created_at", "updated") that are milliseconds or seconds
     * since 1970 within this century become timestamps: a JavaScript or API export writes dates so.
     */
    static List<String> epochTimes(Statement s) throws SQLException {
        List<String> candidates = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE upload")) {
            while (rs.next()) {
                String name = rs.getString("column_name");
                boolean named = Arrays.stream(name.split("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])"))
                        .anyMatch(w -> EPOCH_NAMES.contains(w.toLowerCase(Locale.ROOT)));
                if (named && rs.getString("column_type").matches("U?(BIG|HUGE)?INT(EGER)?")) {
                    candidates.add(name);
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<String> edges = new ArrayList<>();
        candidates.forEach(c -> edges.add("min(" + SqlText.identifier(c) + "), max(" + SqlText.identifier(c) + ")"));
        List<String> replacements = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", edges) + " FROM upload")) {
            rs.next();
            int col = 1;
            for (String c : candidates) {
                long min = rs.getLong(col++);
                boolean noMin = rs.wasNull();
                long max = rs.getLong(col++);
                String q = SqlText.identifier(c);
                if (noMin) {
                    continue;
                } else if (min >= MILLIS_2000 && max < MILLIS_2100) {
                    replacements.add("epoch_ms(" + q + ") AS " + q);
                } else if (min >= MILLIS_2000 / 1000 && max < MILLIS_2100 / 1000) {
                    replacements.add("make_timestamp(" + q + " * 1000000) AS " + q);
                }
            }
        }
        return replacements;
    }
}
