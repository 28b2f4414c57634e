package io.insightx.sqltool.query;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Rows as JSON values. {@code truncated} says that more rows existed than were returned; then
 * {@code truncatedReason} says which cap stopped the reading ({@code max-rows} or {@code max-result-bytes}) and
 * {@code limit} its value (rows or bytes). Both are absent from a whole result.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, int rowCount, boolean truncated,
        String truncatedReason, Long limit, long elapsedMs) {
}
