package io.insightx.orchestrator.agent.offline.link;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        if (samples.isEmpty()) {
            return null;
        }
        for (var f : FORMATS.entrySet()) {
            DateTimeFormatter java = DateTimeFormatter.ofPattern(f.getKey(), Locale.ENGLISH);
            if (samples.stream().allMatch(s -> parses(s, java))) {
                return f.getValue();
            }
        }
        return null;
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
