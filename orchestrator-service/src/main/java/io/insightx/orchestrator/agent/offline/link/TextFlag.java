package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.Identifiers;

/**
 * A yes or no an export writes as text in several spellings ("Y", "yes", "Yes", "N", "no"): read as one boolean, so
 * "overtime entries" keeps every spelling of yes, not the first one met. A column of exactly one yes and one no
 * value stays as it is written ({@link DataColumn#yes()}).
 */
public final class TextFlag {

    /** The values DuckDB's lower(trim(…)) of a yes takes, as SQL literals of the fixed words (never data). */
    private static final String YES_VALUES = String.join(", ", DataColumn.YES_WORDS.stream().map(w -> "'" + w + "'").toList());

    private TextFlag() {
    }

    /** Whether the DNA's values are all known and all yes or no, both present, in more than two spellings. */
    static boolean in(JsonNode c, String type) {
        JsonNode top = c.path("topValues");
        if (!type.startsWith("VARCHAR") || c.path("distinctCount").asLong() <= 2 || top.size() != c.path("distinctCount").asLong()) {
            return false;
        }
        boolean yes = false;
        boolean no = false;
        for (JsonNode v : top) {
            String value = v.path("value").asText().strip();
            if (value.isEmpty()) {
                continue; // a blank, written as an empty string: unknown, like a null
            }
            boolean y = DataColumn.YES.matcher(value).matches();
            boolean n = DataColumn.NO.matcher(value).matches();
            if (!y && !n) {
                return false;
            }
            yes |= y;
            no |= n;
        }
        return yes && no;
    }

    /** The column as a boolean: its spellings of yes true, of no false, blanks (null or empty) unknown. */
    static DataColumn of(JsonNode c, String name, List<String> words) {
        String spelled = "lower(trim(" + Identifiers.quoted(name) + "))";
        boolean empties = java.util.stream.StreamSupport.stream(c.path("topValues").spliterator(), false)
                .anyMatch(v -> v.path("value").asText().isBlank());
        String formula = (empties ? "nullif(" + spelled + ", '')" : spelled) + " IN (" + YES_VALUES + ")";
        return new DataColumn(name, "BOOLEAN", ColumnRole.FLAG, words, null, List.of("true", "false"), java.util.Set.of(), c,
                null, formula);
    }

    /**
     * The category column as a flag once all its values are known, when the profile's top values did not hold them all
     * ("QC Passed?" written 14 ways): the same test as {@link #in}, on every value.
     */
    static java.util.Optional<DataColumn> ofAll(DataColumn column, List<String> all) {
        if (column.role() != ColumnRole.CATEGORY || column.dna() == null) {
            return java.util.Optional.empty();
        }
        com.fasterxml.jackson.databind.node.ObjectNode every = column.dna().deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode top = every.putArray("topValues");
        all.forEach(v -> top.addObject().put("value", v));
        every.put("distinctCount", all.size());
        return in(every, column.type()) ? java.util.Optional.of(of(every, column.name(), column.words()))
                : java.util.Optional.empty();
    }

    /** Whether the column is such a flag: a boolean read from text. */
    public static boolean is(DataColumn column) {
        return column.role() == ColumnRole.FLAG && column.formula() != null && column.dna().path("type").asText().startsWith("VARCHAR");
    }

    /** The note an answer built on the flag carries: which spellings were read as yes and which as no. */
    public static String note(DataColumn column) {
        return note(column, false);
    }

    /** {@link #note(DataColumn)}, where the question counts the column's empty values as no ("not paid"). */
    public static String note(DataColumn column, boolean blankIsNo) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        boolean blanks = false;
        for (JsonNode v : column.dna().path("topValues")) {
            String value = v.path("value").asText();
            if (value.isBlank()) {
                blanks = true;
            } else {
                (DataColumn.YES.matcher(value.strip()).matches() ? yes : no).add("\"" + value + "\"");
            }
        }
        return column.name() + " is written several ways: " + String.join(", ", yes) + " are read as yes and "
                + String.join(", ", no) + " as no"
                + (!blanks ? "." : blankIsNo ? "; empty ones count as no." : "; empty ones are unknown.");
    }
}
