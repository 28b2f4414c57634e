package io.insightx.sqltool.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The header record of a CSV or TSV upload, read in Java before DuckDB sees the file: its field count caps columns
 * early (DuckDB's sniffer spent 101 s and 1.8 GiB on a header of 20,000 fields), and its names show which headers
 * DuckDB renamed. The delimiter is the one of {@code , ; | TAB} found most often outside quotes.
 */
record CsvHeader(char delimiter, List<String> names) {

    private static final String DELIMITERS = ",;|\t";

    /** Reads the first record of {@code text} (the start of the file, decoded); TSV files are split on tabs only. */
    static CsvHeader of(String text, DatasetFormat format) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = firstRecord(body);
        char delimiter = format == DatasetFormat.TSV ? '\t' : mostFrequentOutsideQuotes(first);
        return new CsvHeader(delimiter, split(first, delimiter));
    }

    private static String firstRecord(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static char mostFrequentOutsideQuotes(String record) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
                counts[DELIMITERS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS.charAt(best);
    }

    private static List<String> split(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
