package io.insightx.sqltool.query;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A result column with DuckDB's own type name ({@code BIGINT}, {@code DECIMAL(18,3)}, {@code DATE}…). */
@RegisterForReflection
public record ResultColumn(String name, String type) {
}
