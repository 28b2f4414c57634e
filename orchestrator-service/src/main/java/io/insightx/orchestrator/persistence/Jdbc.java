package io.insightx.orchestrator.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.util.PGobject;

import jakarta.enterprise.context.ApplicationScoped;

/** The few JDBC moves the repositories make: one statement, parameters bound, rows mapped, errors wrapped. */
@ApplicationScoped
public class Jdbc {

    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private final DataSource db;

    public Jdbc(DataSource db) {
        this.db = db;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * A JSON document for a jsonb column. PostgreSQL refuses {@code \\u0000} in jsonb, and one NUL from a tool or a
     * model would lose the whole document: it is stored as U+FFFD instead (an escaped backslash before it is left).
     */
    public static Object jsonb(String json) {
        try {
            PGobject value = new PGobject();
            value.setType("jsonb");
            value.setValue(ESCAPED_NUL.matcher(json).replaceAll("$1\\\\uFFFD"));
            return value;
        } catch (SQLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Database update failed", e);
        }
    }

    /** One statement run once per row of parameters, sent in one round trip. */
    public void batch(String sql, List<Object[]> rows) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Database update failed", e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("Database query failed", e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            Object value = p instanceof Instant instant ? Timestamp.from(instant)
                    // PostgreSQL text cannot hold NUL; model text and tool output sometimes carry one.
                    : p instanceof String text ? text.replace('\u0000', '\uFFFD') : p;
            ps.setObject(i + 1, value);
        }
    }
}
