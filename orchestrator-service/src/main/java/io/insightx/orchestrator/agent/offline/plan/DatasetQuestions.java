package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Recognises questions about the dataset itself rather than its figures: its columns and types, its missing values,
 * the time it covers, what it is about.
 */
final class DatasetQuestions {

    private static final Set<String> STRUCTURE = Set.of("column", "columns", "field", "fields", "variable",
            "variables", "schema", "attribute", "attributes");
    static final Set<String> MISSING = Set.of("missing", "null", "nulls", "empty", "incomplete", "blank", "nan");
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

    /**
     * "how many visits have no satisfaction score", "rows without a wait time": a count of the rows lacking a column
     * that has missing values (the profile says so), named right after "no" or "without".
     */
    static DataColumn lacking(Reading r, List<ColumnMention> mentions) {
        boolean counting = r.tokens.stream().anyMatch(t -> t.isAny(Set.of("many", "number", "count")));
        for (ColumnMention m : mentions) {
            Token before = r.at(m.first() - 1);
            if (before != null && before.is("a") || before != null && before.is("any")) {
                before = r.at(m.first() - 2);
            }
            if (counting && before != null && before.isAny(Set.of("no", "without")) && m.column().dna().path("nullCount").asLong() > 0) {
                r.use(before.index());
                return m.column();
            }
        }
        return null;
    }

    /** "how many stocks are there and what period does it cover": the count asked beside the time range, unanswered. */
    static List<String> secondQuestion(Reading r) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            if (r.at(i).is("how") && r.at(i + 1).isAny(Set.of("many", "much")) && !r.used(i)) {
                List<String> words = new java.util.ArrayList<>(List.of(r.at(i).text(), r.at(i + 1).text()));
                if (r.at(i + 2) != null) {
                    words.add(r.at(i + 2).text());
                }
                return List.of(String.join(" ", words));
            }
        }
        return List.of();
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
