package io.insightx.sqltool.query;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One read-only statement over the named datasets; {@code maxRows} and {@code timeoutMs} are optional. */
@RegisterForReflection
public record QueryRequest(List<String> datasetIds, String sql, Integer maxRows, Long timeoutMs) {
}
