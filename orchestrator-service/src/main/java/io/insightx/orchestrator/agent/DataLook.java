package io.insightx.orchestrator.agent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small query an agent runs to look at the data before it answers (the distinct values of a column before it
 * filters on one, a count to check), shown to the person as a tool call like any other.
 */
@FunctionalInterface
public interface DataLook {

    /** The result ({@code columns}, {@code rows}, {@code rowCount}) or, when the query failed, {@code {error}}. */
    JsonNode look(String sql, String purpose);
}
