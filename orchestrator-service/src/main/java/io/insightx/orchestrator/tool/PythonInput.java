package io.insightx.orchestrator.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A query's whole result as python-tool's {@code df}: CSV bytes (header first) and how many rows they hold;
 * {@code capped} when the result was larger than {@code capBytes} and only its first {@code rows} were kept.
 */
public record PythonInput(byte[] csv, long rows, boolean capped, long capBytes) {

    /** What {@code df} holds, as the tool output, the Python prompt and the answer state it. */
    public ObjectNode describe(ObjectNode into) {
        into.put("rows", rows).put("bytes", csv.length).put("capped", capped);
        if (capped) {
            into.put("note", note());
        }
        return into;
    }

    /** The sentence saying what was cut, for people and for the model. */
    public String note() {
        return "Python's df holds only the first " + rows + " rows of the result: the rest was cut at the "
                + capBytes / (1024 * 1024) + " MiB input cap (insightx.agents.python-input-bytes).";
    }
}
