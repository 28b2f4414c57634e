package io.insightx.sqltool.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One of a column's most frequent values and how many rows hold it. */
@RegisterForReflection
public record ValueCount(Object value, long count) {
}
