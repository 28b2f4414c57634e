package io.insightx.orchestrator.chat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** A result table ({@code columns} of {@code {name}} or names, {@code rows} of arrays) as RFC 4180 CSV. */
final class Csv {

    private Csv() {
    }

    static byte[] of(JsonNode columns, JsonNode rows) {
        StringBuilder out = new StringBuilder();
        appendRow(out, columns, true);
        for (JsonNode row : rows) {
            appendRow(out, row, false);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRow(StringBuilder out, JsonNode cells, boolean header) {
        boolean first = true;
        for (JsonNode cell : cells) {
            if (!first) {
                out.append(',');
            }
            first = false;
            JsonNode value = header && cell.isObject() ? cell.path("name") : cell;
            if (!value.isNull() && !value.isMissingNode()) {
                out.append(quote(value.isValueNode() ? value.asText() : value.toString()));
            }
        }
        out.append("\r\n");
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
