package io.insightx.orchestrator.agent.offline.link;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dates written as text ("Jan 1 2000", "3/15/2012"): recognised from the column's sample values, read in SQL
 * through DuckDB's {@code strptime} with the matching format, so they work as the time column.
 */
final class TextDates {

    /** Java's pattern for recognising the text, and DuckDB's format for reading it. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("MMM d yyyy", "%b %d %Y"),
            Map.entry("MMMM d, yyyy", "%B %d, %Y"),
            Map.entry("MMM d, yyyy", "%b %d, %Y"),
            Map.entry("d MMM yyyy", "%d %b %Y"),
            Map.entry("M/d/yyyy", "%m/%d/%Y"),
            Map.entry("yyyy/M/d", "%Y/%m/%d"),
            Map.entry("d.M.yyyy", "%d.%m.%Y"),
            // ISO dates and timestamps kept as text (JSON has no date type): the day as written, its clock time dropped
            Map.entry("yyyy-MM-dd", "%Y-%m-%d"),
            Map.entry("yyyy-MM-dd HH:mm:ss", "%Y-%m-%d %H:%M:%S"),
            Map.entry("yyyy-MM-dd HH:mm", "%Y-%m-%d %H:%M"),
            Map.entry("yyyy-MM-dd'T'HH:mm", "%Y-%m-%dT%H:%M"),
            Map.entry("M/d/yyyy H:mm", "%m/%d/%Y %H:%M"),
            Map.entry("yyyy-MM-dd'T'HH:mm:ss", "%Y-%m-%dT%H:%M:%S"),
            Map.entry("yyyy-MM-dd'T'HH:mm:ss'Z'", "%Y-%m-%dT%H:%M:%SZ"),
            Map.entry("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", "%Y-%m-%dT%H:%M:%S.%gZ"));

    private TextDates() {
    }

    /** DuckDB's strptime format for the column's text, or null when its values are not all dates in one format. */
    static String format(JsonNode column) {
        List<String> samples = new ArrayList<>();
        column.path("sampleValues").forEach(v -> samples.add(v.asText()));
        column.path("topValues").forEach(v -> samples.add(v.path("value").asText()));
        if (column.path("min").isTextual()) {
            samples.add(column.path("min").asText());
            samples.add(column.path("max").asText());
        }
        // every format has digits: names and categories, most text columns, are no dates without parsing them
        if (samples.isEmpty() || !samples.stream().allMatch(s -> s.chars().anyMatch(Character::isDigit))) {
            return null;
        }
        for (var f : FORMATS.entrySet()) {
            DateTimeFormatter java = DateTimeFormatter.ofPattern(f.getKey(), Locale.ENGLISH);
            if (samples.stream().allMatch(s -> parses(s, java))) {
                return f.getValue();
            }
        }
        return mixed(samples);
    }

    /**
     * "2023-02-21T04:35:00" beside "2023-02-26 05:06:00": one export writing a timestamp two ways, each value in one of
     * two formats, read with both ({@link #ANY_OF} between them, a list in DuckDB's strptime).
     */
    private static String mixed(List<String> samples) {
        List<Map.Entry<String, String>> formats = List.copyOf(FORMATS.entrySet());
        // which samples each format reads, parsed once: a pair is then a union of two sets, not more parsing
        List<BitSet> reads = formats.stream().map(f -> {
            DateTimeFormatter java = DateTimeFormatter.ofPattern(f.getKey(), Locale.ENGLISH);
            BitSet read = new BitSet();
            for (int i = 0; i < samples.size(); i++) {
                read.set(i, parses(samples.get(i), java));
            }
            return read;
        }).toList();
        for (int a = 0; a < formats.size(); a++) {
            for (int b = 0; b < formats.size(); b++) {
                BitSet either = (BitSet) reads.get(a).clone();
                either.or(reads.get(b));
                if (formats.get(a).getValue().compareTo(formats.get(b).getValue()) < 0 && !reads.get(a).isEmpty()
                        && !reads.get(b).isEmpty() && either.cardinality() == samples.size()) {
                    return formats.get(a).getValue() + ANY_OF + formats.get(b).getValue();
                }
            }
        }
        return null;
    }

    /** Between the formats of a column written more than one way. */
    static final String ANY_OF = "|";

    /** DuckDB's strptime of the column by its format, or by any of its formats. */
    static String read(String quotedName, String format) {
        List<String> each = List.of(format.split(Pattern.quote(ANY_OF)));
        return "strptime(" + quotedName + ", " + (each.size() == 1 ? "'" + format + "'"
                : "[" + String.join(", ", each.stream().map(f -> "'" + f + "'").toList()) + "]") + ")";
    }

    private static boolean parses(String s, DateTimeFormatter f) {
        try {
            LocalDate.parse(s.strip(), f);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
