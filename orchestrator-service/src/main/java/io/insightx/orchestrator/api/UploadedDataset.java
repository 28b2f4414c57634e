package io.insightx.orchestrator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.insightx.orchestrator.persistence.DatasetRecord;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to an upload: the dataset (its fields at the top level, as before), its version among the session's
 * datasets of that name, what happened ({@code created}, {@code same-content}: the bytes were uploaded before and
 * that dataset is reused, {@code new-version}: the name was taken by other content) and a sentence saying so.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadedDataset(@JsonUnwrapped DatasetRecord dataset, int version, String outcome, String notice) {
}
