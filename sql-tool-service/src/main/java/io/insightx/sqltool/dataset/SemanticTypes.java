package io.insightx.sqltool.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides what a column means to an analyst, from its type, its name and how its values are spread. */
final class SemanticTypes {

    static final String IDENTIFIER = "identifier";
    static final String CATEGORY = "category";
    static final String NUMERIC = "numeric";
    static final String DATETIME = "datetime";
    static final String BOOLEAN = "boolean";
    static final String TEXT = "text";

    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "y", "n", "t", "f", "0", "1");
    private static final Pattern ID_NAME = Pattern.compile("(?i)(id|uuid|key)|.*[_ -](id|uuid|key)|.*[a-z]Id");
    private static final int CATEGORY_MAX_DISTINCT = 50;
    /** Below this many rows, every value being different says little: only a name makes a column an identifier. */
    private static final int UNIQUE_EVIDENCE_ROWS = 10;
    private static final double CATEGORY_MAX_SHARE = 0.05;

    private SemanticTypes() {
    }

    static String classify(String name, ColumnKind kind, long rowCount, long nonNull, long distinct,
            List<ValueCount> topValues) {
        if (kind == ColumnKind.BOOLEAN) {
            return BOOLEAN;
        }
        if (kind == ColumnKind.TEMPORAL) {
            return DATETIME;
        }
        if ((kind == ColumnKind.TEXT || kind == ColumnKind.NUMERIC) && isBooleanLike(distinct, topValues)) {
            return BOOLEAN;
        }
        boolean unique = rowCount > 1 && nonNull == rowCount && distinct >= rowCount;
        boolean idName = ID_NAME.matcher(name.strip()).matches();
        if (kind == ColumnKind.NUMERIC) {
            return unique && idName ? IDENTIFIER : NUMERIC;
        }
        if (kind == ColumnKind.TEXT) {
            if (unique && (idName || rowCount >= UNIQUE_EVIDENCE_ROWS)) {
                return IDENTIFIER;
            }
            boolean few = distinct <= CATEGORY_MAX_DISTINCT || distinct <= CATEGORY_MAX_SHARE * nonNull;
            return few ? CATEGORY : TEXT;
        }
        return TEXT;
    }

    private static boolean isBooleanLike(long distinct, List<ValueCount> topValues) {
        return distinct == 2 && topValues.size() == 2 && topValues.stream()
                .allMatch(v -> BOOLEAN_WORDS.contains(String.valueOf(v.value()).toLowerCase(Locale.ROOT)));
    }
}
