package io.insightx.sqltool.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Admits exactly one read-only statement, decided by DuckDB's own parser: {@code json_serialize_sql} serialises
 * only SELECT statements (including WITH, VALUES, FROM-first, DESCRIBE and SUMMARIZE), so anything else — COPY,
 * ATTACH, SET, PRAGMA, DDL, DML, a second statement — is refused before it runs. The sandbox settings stay the
 * real containment; this check is what keeps writable dataset paths read-only.
 */
@ApplicationScoped
public class StatementGuard {

    private final ObjectMapper json;

    public StatementGuard(ObjectMapper json) {
        this.json = json;
    }

    public void check(Connection connection, String sql) throws SQLException {
        JsonNode parsed = parse(connection, sql);
        if (parsed.path("error").asBoolean(false)) {
            String type = parsed.path("error_type").asText();
            String message = parsed.path("error_message").asText();
            if ("parser".equals(type)) {
                throw QueryException.sqlError(message);
            }
            throw QueryException.forbidden("Only a single read-only SELECT statement may run here.");
        }
        int statements = parsed.path("statements").size();
        if (statements != 1) {
            throw QueryException.forbidden(statements == 0 ? "The SQL holds no statement."
                    : "Only one statement may run at a time; this SQL holds " + statements + ".");
        }
    }

    private JsonNode parse(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            ps.setString(1, sql);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return json.readTree(rs.getString(1));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("DuckDB's parser answered with unreadable JSON", e);
        }
    }
}
