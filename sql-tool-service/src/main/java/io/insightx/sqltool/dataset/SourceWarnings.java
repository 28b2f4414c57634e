package io.insightx.sqltool.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Warnings about the file an upload came in, rather than its data: its encoding, headers DuckDB renamed, lines that
 * repeated the header, and a file of several fields read as one column.
 */
final class SourceWarnings {

    private SourceWarnings() {
    }

    /**
     * {@code header} is the header record as written in the file (empty when unknown); {@code columns} the names
     * DuckDB gave (it renames a repeated header {@code name_1} and a blank one {@code column2}).
     */
    static List<DnaWarning> of(String encoding, List<String> header, List<String> columns, int repeatedHeaders) {
        List<DnaWarning> warnings = new ArrayList<>();
        if (repeatedHeaders > 0) {
            boolean one = repeatedHeaders == 1;
            warnings.add(new DnaWarning("repeated-header", null, repeatedHeaders + (one ? " line" : " lines")
                    + " further down the file repeated the header and " + (one ? "was" : "were") + " left out."));
        }
        if (encoding != null && !"UTF-8".equals(encoding)) {
            warnings.add(new DnaWarning("not-utf8", null, "The file was read as " + encoding
                    + ", not UTF-8; check that accented letters and symbols read right."));
        }
        if (columns.size() == 1 && columns.get(0).matches(".*[,;\\t|].*")) {
            // DuckDB's sniffer falls back to one column when lines disagree on their fields or a quote never closes
            warnings.add(new DnaWarning("one-column", columns.get(0), "The file was read as a single column named '"
                    + columns.get(0) + "': its lines may not all have the same number of fields, or a quote may not be"
                    + " closed. Questions about its fields cannot be answered until the file is fixed."));
        }
        if (header.size() != columns.size()) {
            return warnings;
        }
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i);
            String named = columns.get(i);
            if (written.isEmpty()) {
                warnings.add(new DnaWarning("renamed-column", named, "Column " + (i + 1)
                        + " has no header; it is named '" + named + "'."));
            } else if (!written.equals(named.strip())) {
                warnings.add(new DnaWarning("renamed-column", named, "The header '" + written
                        + "' appears more than once; column " + (i + 1) + " is named '" + named + "'."));
            }
        }
        return warnings;
    }
}
