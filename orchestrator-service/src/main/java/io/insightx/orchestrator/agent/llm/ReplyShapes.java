package io.insightx.orchestrator.agent.llm;

import java.util.List;

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
    static final String LOOK = "look";
    static final String LOOK_TOOL = "look_at_data";

    /**
     * What an agent may reply: its answer with {@code field}, a refusal when it {@code mayDecline}, a look at the
     * data first when it {@code mayLook}; {@code system} is its prompt before the format's instructions.
     */
    record Shape(String system, String field, boolean mayDecline, boolean mayLook) {

        /** The reply's fields that count as a reply at all. */
        String[] fields() {
            return mayLook ? new String[] {field, CANNOT_ANSWER, LOOK} : new String[] {field, CANNOT_ANSWER};
        }
    }

    private final ObjectMapper json;

    ReplyShapes(ObjectMapper json) {
        this.json = json;
    }

    /** States {@code shape} in the request in {@code format}, replacing what an earlier format stated. */
    void apply(ObjectNode request, StructuredOutput.Format format, Shape shape) {
        request.remove(List.of("tools", "tool_choice", "response_format"));
        ((ObjectNode) request.path("messages").path(0)).put("content", shape.system() + hints(format, shape));
        switch (format) {
            case TOOLS -> {
                ArrayNode tools = request.putArray("tools");
                tools.add(tool(ANSWER, "Give the answer.", schema(shape.field())));
                if (shape.mayDecline()) {
                    tools.add(tool(CANNOT_ANSWER, "Say that the data cannot answer the question, why, and what it "
                            + "can answer instead.", cannotAnswer()));
                }
                if (shape.mayLook()) {
                    tools.add(tool(LOOK_TOOL, "Run a small query to look at the data before answering.", look()));
                }
                request.put("tool_choice", "required");
            }
            case JSON_SCHEMA -> {
                ObjectNode schema = schema(shape.field());
                ObjectNode properties = (ObjectNode) schema.path("properties");
                if (shape.mayDecline() || shape.mayLook()) {
                    schema.remove("required");
                }
                if (shape.mayDecline()) {
                    properties.set(CANNOT_ANSWER, cannotAnswer());
                }
                if (shape.mayLook()) {
                    properties.set(LOOK, look());
                }
                request.putObject("response_format").put("type", "json_schema").putObject("json_schema")
                        .put("name", shape.field() + "_reply").set("schema", schema);
            }
            case TEXT -> { }
        }
    }

    /** What the system prompt adds so that the model knows how to refuse or look, in this format. */
    private static String hints(StructuredOutput.Format format, Shape shape) {
        boolean tools = format == StructuredOutput.Format.TOOLS;
        StringBuilder text = new StringBuilder();
        if (tools) {
            text.append("\n\nAnswer by calling a tool.");
        }
        if (shape.mayLook()) {
            text.append(tools ? "\n\nBefore answering you may call look_at_data" : "\n\nBefore answering you may "
                    + "reply {\"look\": {\"sql\": \"SELECT DISTINCT ...\", \"purpose\": \"...\"}}")
                    .append(" to run a small query: the distinct values of a column before filtering on it, or a "
                            + "count to check. You will get its result.");
        }
        if (shape.mayDecline()) {
            text.append(tools ? "\n\nIf the data cannot answer the question, call cannot_answer."
                    : "\n\nIf the data cannot answer the question (a column or value it needs does not exist), "
                            + "reply instead {\"cannot_answer\": {\"explanation\": \"why, in one sentence\", "
                            + "\"suggestions\": [\"a question this data can answer\"]}}.");
        }
        return text.toString();
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

    private ObjectNode look() {
        ObjectNode schema = json.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("sql").put("type", "string");
        properties.putObject("purpose").put("type", "string");
        schema.putArray("required").add("sql");
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
