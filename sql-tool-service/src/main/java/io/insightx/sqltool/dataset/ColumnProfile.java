package io.insightx.sqltool.dataset;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The profile of one column. {@code type} is DuckDB's type; {@code semanticType} is one of
 * {@code identifier, category, numeric, datetime, boolean, text}. {@code mean}, {@code stddev} and
 * {@code quantiles} are null where they mean nothing; {@code distinctCount} is exact up to a million rows and
 * approximate (HyperLogLog) beyond.
 */
@RegisterForReflection
public record ColumnProfile(String name, String type, String semanticType, long nullCount, double nullFraction,
        long distinctCount, Object min, Object max, Double mean, Double stddev, Quantiles quantiles,
        List<ValueCount> topValues, List<Object> sampleValues) {
}
