package io.insightx.sqltool.query;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Rows as JSON values; {@code truncated} says that more rows existed beyond {@code maxRows}. */
@RegisterForReflection
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, int rowCount, boolean truncated,
        long elapsedMs) {
}
