package io.insightx.sqltool.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Quartiles of a numeric or temporal column (dates as ISO-8601 text). */
@RegisterForReflection
public record Quantiles(Object p25, Object p50, Object p75) {
}
