package io.insightx.sqltool.query;

import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBStruct;

/**
 * Turns what DuckDB's JDBC driver returns into values that JSON can carry without loss or breakage: dates and times
 * as ISO-8601 text, NaN and infinities and integers beyond 64 bits as text, lists, structs and maps as JSON.
 */
public final class JsonValues {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonValues() {
    }

    public static Object of(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : d;
        }
        if (value instanceof Float f) {
            return f.isNaN() || f.isInfinite() ? f.toString() : f;
        }
        if (value instanceof BigInteger big) {
            return big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0 ? big.longValue() : big.toString();
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof Temporal) {
            return value.toString();
        }
        if (value instanceof Array array) {
            return list((Object[]) array.getArray());
        }
        if (value instanceof DuckDBStruct struct) {
            return map(struct.getMap());
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof Blob blob) {
            return Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
        }
        return value.toString();
    }

    private static List<Object> list(Object[] values) throws SQLException {
        List<Object> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(of(v));
        }
        return out;
    }

    private static Map<String, Object> map(Map<?, ?> values) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : values.entrySet()) {
            out.put(String.valueOf(e.getKey()), of(e.getValue()));
        }
        return out;
    }
}
