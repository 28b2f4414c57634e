package io.insightx.orchestrator.agent.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.Intent;

/**
 * The shape of each agent's reply, stated to the provider the way it understands: as tools to call, as a
 * {@code response_format} JSON schema, or as a sentence for JSON in the text.
 */
final class ReplyShapes {

    static final String ANSWER = "answer";
    static final String CANNOT_ANSWER = "cannot_answer";

    private final ObjectMapper json;

    ReplyShapes(ObjectMapper json) {
        this.json = json;
    }

    /** Adds the shape of a reply with {@code field} (and, if {@code mayDecline}, of a refusal) to the request. */
    void apply(ObjectNode request, StructuredOutput.Format format, String field, boolean mayDecline) {
        switch (format) {
            case TOOLS -> {
                ArrayNode tools = request.putArray("tools");
                tools.add(tool(ANSWER, "Give the answer.", schema(field)));
                if (mayDecline) {
                    tools.add(tool(CANNOT_ANSWER, "Say that the data cannot answer the question, why, and what it "
                            + "can answer instead.", cannotAnswer()));
                }
                request.put("tool_choice", "required");
            }
            case JSON_SCHEMA -> {
                ObjectNode schema = schema(field);
                if (mayDecline) {
                    schema.remove("required");
                    ((ObjectNode) schema.path("properties")).set(CANNOT_ANSWER, cannotAnswer());
                }
                request.putObject("response_format").put("type", "json_schema").putObject("json_schema")
                        .put("name", field + "_reply").set("schema", schema);
            }
            case TEXT -> { }
        }
    }

    /** What the user message adds so that the model knows how to refuse in the text formats. */
    static String declineHint(StructuredOutput.Format format) {
        return format == StructuredOutput.Format.TOOLS
                ? "If the data cannot answer the question, call cannot_answer instead."
                : "If the data cannot answer the question (a column or value it needs does not exist), reply instead "
                        + "{\"cannot_answer\": {\"explanation\": \"why, in one sentence\", \"suggestions\": "
                        + "[\"a question this data can answer\"]}}.";
    }

    private ObjectNode tool(String name, String description, ObjectNode parameters) {
        ObjectNode tool = json.createObjectNode().put("type", "function");
        tool.putObject("function").put("name", name).put("description", description).set("parameters", parameters);
        return tool;
    }

    private ObjectNode schema(String field) {
        ObjectNode schema = json.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode value = properties.putObject(field).put("type", "string");
        if ("intent".equals(field)) {
            ArrayNode intents = value.putArray("enum");
            for (Intent i : Intent.values()) {
                intents.add(i.name());
            }
            properties.putObject("reason").put("type", "string");
        }
        schema.putArray("required").add(field);
        return schema;
    }

    private ObjectNode cannotAnswer() {
        ObjectNode schema = json.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("explanation").put("type", "string");
        properties.putObject("suggestions").put("type", "array").putObject("items").put("type", "string");
        schema.putArray("required").add("explanation");
        return schema;
    }
}
