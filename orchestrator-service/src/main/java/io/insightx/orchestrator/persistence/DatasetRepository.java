package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DatasetRepository {

    private static final String COLUMNS = "id, session_id, tool_id, name, table_name, row_count, dna::text, created_at";

    private final Jdbc jdbc;

    public DatasetRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public DatasetRecord add(UUID sessionId, String toolId, String name, String tableName, long rowCount, String dna) {
        DatasetRecord record = new DatasetRecord(UUID.randomUUID(), sessionId, toolId, name, tableName, rowCount, dna,
                Instant.now());
        jdbc.update("INSERT INTO datasets (id, session_id, tool_id, name, table_name, row_count, dna, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", record.id(), sessionId, toolId, name, tableName, rowCount,
                Jdbc.jsonb(dna), record.createdAt());
        return record;
    }

    public List<DatasetRecord> bySession(UUID sessionId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM datasets WHERE session_id = ? ORDER BY created_at",
                rs -> new DatasetRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
                sessionId);
    }
}
