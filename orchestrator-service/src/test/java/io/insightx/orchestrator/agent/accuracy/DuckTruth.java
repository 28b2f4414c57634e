package io.insightx.orchestrator.agent.accuracy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The truths, computed independently of the product: an in-memory DuckDB with a table {@code data} of the raw
 * dataset file as DuckDB's own {@code read_csv_auto}/{@code read_json_auto} reads it, so the truth's typing never
 * depends on how sql-tool imports the file. A table, not a view: a view read and sniffed the file again for every
 * truth, a third of the grader's time. Results come back as {@code {"rows": [[...], ...]}}, dates as ISO text.
 */
final class DuckTruth implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Connection connection;
    private Path current;

    DuckTruth() {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("in-memory DuckDB did not open", e);
        }
    }

    /** Rows of the truth SQL over the dataset file, the table {@code data} loaded from that file first. */
    JsonNode query(Path file, String sql) {
        try {
            point(file);
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            ArrayNode rows = result.putArray("rows");
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next() && rows.size() < 1000) {
                    ArrayNode row = rows.addArray();
                    for (int i = 1; i <= columns; i++) {
                        row.add(cell(rs.getObject(i)));
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void point(Path file) throws SQLException {
        if (file.equals(current)) {
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String reader = name.endsWith(".json") || name.endsWith(".jsonl") ? "read_json_auto"
                : name.endsWith(".parquet") ? "read_parquet" : "read_csv_auto";
        // A table function's file cannot be a bound parameter here; the path is our own test resource, quoted as a
        // SQL string literal.
        String literal = "'" + file.toAbsolutePath().normalize().toString().replace("'", "''") + "'";
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE data AS SELECT * FROM " + reader + "(" + literal + ")");
        }
        current = file;
    }

    private static JsonNode cell(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return f.numberNode(((Number) v).longValue());
        }
        if (v instanceof BigInteger bi) {
            return f.numberNode(bi);
        }
        if (v instanceof BigDecimal bd) {
            return f.numberNode(bd);
        }
        if (v instanceof Number n) {
            return f.numberNode(n.doubleValue());
        }
        if (v instanceof LocalDate d) {
            return f.textNode(d.toString());
        }
        if (v instanceof LocalDateTime t) {
            return f.textNode(STAMP.format(t));
        }
        if (v instanceof OffsetDateTime t) {
            return f.textNode(STAMP.format(t.toLocalDateTime()));
        }
        if (v instanceof java.sql.Date d) {
            return f.textNode(d.toLocalDate().toString());
        }
        if (v instanceof java.sql.Timestamp t) {
            return f.textNode(STAMP.format(t.toLocalDateTime()));
        }
        return f.textNode(v.toString());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
