package io.insightx.orchestrator.agent.accuracy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A date the truth returns as text (DuckDB's {@code read_csv_auto} keeps "Jan 1 2000" as VARCHAR where sql-tool
 * converts the column to DATE) rewritten as ISO {@code yyyy-MM-dd}, so both typings compare equal.
 */
final class TruthDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(pattern("MMM d yyyy"), pattern("MMM d, yyyy"),
            pattern("d MMM yyyy"), pattern("MMMM d yyyy"), pattern("MMMM d, yyyy"), pattern("M/d/yyyy"),
            pattern("yyyy/M/d"));

    private TruthDates() {
    }

    /** The ISO form of a text date in a common format; any other text unchanged. */
    static String iso(String text) {
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(text, f).toString();
            } catch (DateTimeParseException e) {
                // not this format: try the next
            }
        }
        return text;
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                .toFormatter(Locale.ENGLISH);
    }
}
