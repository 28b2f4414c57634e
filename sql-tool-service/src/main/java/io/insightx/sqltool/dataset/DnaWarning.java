package io.insightx.sqltool.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Something a data analyst would want to know before trusting the data. {@code code} is one of
 * {@code mostly-null, constant, likely-id, numbers-as-text, duplicate-rows, not-utf8, renamed-column};
 * {@code column} is absent for warnings about whole rows or the whole file.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DnaWarning(String code, String column, String message) {
}
