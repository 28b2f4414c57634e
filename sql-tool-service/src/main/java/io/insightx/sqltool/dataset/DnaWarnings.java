package io.insightx.sqltool.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The warnings a careful analyst would raise on first look at the data. */
final class DnaWarnings {

    private static final double MOSTLY_NULL = 0.5;

    private DnaWarnings() {
    }

    static List<DnaWarning> of(List<ColumnProfile> columns, long rowCount, long duplicateRows,
            Set<String> numbersAsText) {
        List<DnaWarning> warnings = new ArrayList<>();
        for (ColumnProfile c : columns) {
            if (rowCount > 0 && c.nullFraction() >= MOSTLY_NULL) {
                warnings.add(new DnaWarning("mostly-null", c.name(), String.format("'%s' is %d%% empty.", c.name(),
                        Math.round(c.nullFraction() * 100))));
            }
            if (rowCount - c.nullCount() > 1 && c.distinctCount() == 1) {
                warnings.add(new DnaWarning("constant", c.name(),
                        "'" + c.name() + "' holds a single value in every row that has one."));
            }
            if (SemanticTypes.IDENTIFIER.equals(c.semanticType())) {
                warnings.add(new DnaWarning("likely-id", c.name(),
                        "'" + c.name() + "' looks like an identifier: every value is different."));
            }
            if (numbersAsText.contains(c.name())) {
                warnings.add(new DnaWarning("numbers-as-text", c.name(),
                        "'" + c.name() + "' holds numbers stored as text; cast it to compute with it."));
            }
        }
        if (duplicateRows > 0) {
            warnings.add(new DnaWarning("duplicate-rows", null,
                    duplicateRows + " rows are exact duplicates of an earlier row."));
        }
        return warnings;
    }
}
