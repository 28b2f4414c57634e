package io.insightx.orchestrator.agent;

import java.util.List;

/** One read-only statement and the values bound to its {@code ?} placeholders, in order. */
public record SqlStatement(String sql, List<Object> params) implements AgentOutput {

    public SqlStatement {
        params = List.copyOf(params);
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of());
    }

    @Override
    public String text() {
        return sql;
    }
}
