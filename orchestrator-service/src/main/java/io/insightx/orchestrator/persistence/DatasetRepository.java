package io.insightx.orchestrator.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DatasetRepository {

    private static final String COLUMNS = "id, session_id, tool_id, name, table_name, row_count, dna::text, created_at";

    private final Jdbc jdbc;

    public DatasetRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a dataset sql-tool made, with the SHA-256 of its file and its version among the session's of that name. */
    public DatasetRecord add(UUID sessionId, String toolId, String name, String tableName, long rowCount, String dna,
            String contentHash, int version) {
        DatasetRecord record = new DatasetRecord(UUID.randomUUID(), sessionId, toolId, name, tableName, rowCount, dna,
                Instant.now());
        jdbc.update("INSERT INTO datasets (id, session_id, tool_id, name, table_name, row_count, dna, created_at, "
                + "content_hash, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", record.id(), sessionId, toolId, name,
                tableName, rowCount, Jdbc.jsonb(dna), record.createdAt(), contentHash, version);
        return record;
    }

    public List<DatasetRecord> bySession(UUID sessionId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM datasets WHERE session_id = ? ORDER BY created_at",
                DatasetRepository::record, sessionId);
    }

    /**
     * The datasets questions are asked of: the newest version of each name. A new version of a file replaces the
     * old one for the analysts (the old stays listed and downloadable), so two versions never compete for a question.
     */
    public List<DatasetRecord> current(UUID sessionId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM datasets d WHERE session_id = ? AND NOT EXISTS (SELECT 1 FROM "
                + "datasets n WHERE n.session_id = d.session_id AND n.name = d.name AND n.version > d.version) "
                + "ORDER BY created_at", DatasetRepository::record, sessionId);
    }

    /** The session's dataset made from exactly these bytes, if any. */
    public Optional<DatasetRecord> byContent(UUID sessionId, String contentHash) {
        return jdbc.one("SELECT " + COLUMNS + " FROM datasets WHERE session_id = ? AND content_hash = ? "
                + "ORDER BY created_at LIMIT 1", DatasetRepository::record, sessionId, contentHash);
    }

    /** The highest version of a dataset name in the session (0 when the name is new). */
    public int latestVersion(UUID sessionId, String name) {
        return jdbc.one("SELECT coalesce(max(version), 0) FROM datasets WHERE session_id = ? AND name = ?",
                rs -> rs.getInt(1), sessionId, name).orElse(0);
    }

    /** The version of one dataset. */
    public int version(UUID datasetId) {
        return jdbc.one("SELECT version FROM datasets WHERE id = ?", rs -> rs.getInt(1), datasetId).orElse(1);
    }

    private static DatasetRecord record(ResultSet rs) throws SQLException {
        return new DatasetRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
