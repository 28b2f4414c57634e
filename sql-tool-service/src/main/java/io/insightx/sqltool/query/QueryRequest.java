package io.insightx.sqltool.query;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One read-only statement over the named datasets; {@code params} (optional) are bound in order to the statement's
 * {@code ?} placeholders, so values reach DuckDB as data; {@code maxRows} and {@code timeoutMs} are optional.
 */
@RegisterForReflection
public record QueryRequest(List<String> datasetIds, String sql, List<Object> params, Integer maxRows, Long timeoutMs) {

    public QueryRequest {
        params = params == null ? List.of() : params;
    }
}
