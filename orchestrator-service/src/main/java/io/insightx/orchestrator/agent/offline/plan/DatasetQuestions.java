package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

/**
 * Recognises questions about the dataset itself rather than its figures: its columns and types, its missing values,
 * the time it covers, what it is about.
 */
final class DatasetQuestions {

    private static final Set<String> STRUCTURE = Set.of("column", "columns", "field", "fields", "variable",
            "variables", "schema", "attribute", "attributes");
    private static final Set<String> MISSING = Set.of("missing", "null", "nulls", "empty", "incomplete", "blank", "nan");
    private static final Set<String> RANGE = Set.of("range", "span", "cover", "covers", "covered", "period");
    private static final Set<String> ABOUT = Set.of("about", "overview", "describe", "contain", "contains", "summary");
    private static final Set<String> DATA = Set.of("data", "dataset", "table", "file");

    enum Topic {
        STRUCTURE, MISSING, TIME_RANGE, OVERVIEW
    }

    private DatasetQuestions() {
    }

    static Topic topic(Reading r) {
        if (r.take(MISSING)) {
            r.take(Set.of("value", "values", "cell", "cells", "or"));
            return Topic.MISSING;
        }
        boolean data = r.tokens.stream().anyMatch(t -> t.isAny(DATA));
        boolean timeWords = r.tokens.stream().anyMatch(t -> t.isAny(Set.of("time", "date", "dates", "years", "period")));
        if (r.has(RANGE) && (data || timeWords) || r.has(Set.of("when")) && r.has(Set.of("start", "begin", "starts",
                "begins", "end", "ends"))) {
            r.take(Set.of("when", "start", "begin", "starts", "begins", "end", "ends"));
            r.take(RANGE);
            return Topic.TIME_RANGE;
        }
        if (r.has(STRUCTURE) && !r.has(Set.of("average", "total", "sum", "mean", "median", "max", "min"))) {
            r.take(STRUCTURE);
            return Topic.STRUCTURE;
        }
        if (data && (r.has(ABOUT) && r.tokens.size() <= 8 || asksWhatIsIn(r))) {
            r.take(ABOUT);
            return Topic.OVERVIEW;
        }
        return null;
    }

    /** "what is in this dataset", "what's in the seattle weather data": "in" right after the question itself. */
    private static boolean asksWhatIsIn(Reading r) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            if (r.tokens.get(i).isAny(Set.of("what", "whats"))) {
                int next = r.tokens.get(i + 1).isAny(Set.of("is", "s")) ? i + 2 : i + 1;
                return next < r.tokens.size() && r.tokens.get(next).is("in");
            }
        }
        return false;
    }
}
