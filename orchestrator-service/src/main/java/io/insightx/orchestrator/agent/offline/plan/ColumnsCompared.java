package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;

/**
 * Two measures of the same row compared with each other: "days that closed higher than they opened", "months where
 * the adjusted co2 was above the raw co2", "games where home goals > away goals", "skus where on hand is at or
 * below the reorder point"; or two dates: "invoices paid after the due date". Each side is a column named within a
 * few words of the comparative, both numbers or both dates; the rows kept are those where the comparison holds.
 */
final class ColumnsCompared {

    private static final Set<String> UP = Set.of("higher", "more", "greater", "larger", "bigger", "above", "over",
            "exceeded", "exceeds", "exceed", "outnumber", "outnumbered", "outnumbers", ">", ">=");
    private static final Set<String> DOWN = Set.of("lower", "less", "fewer", "smaller", "below", "under", "<", "<=");
    /** Words between a side and the comparative that say nothing of either: "did it close below the open". */
    private static final Set<String> GLUE = Set.of("the", "a", "an", "its", "their", "his", "her", "they", "it", "was",
            "were", "is", "are", "be", "been", "did", "do", "does", "had", "has", "have", "than", "that", "what",
            "value", "values", "figure", "one", "ones");
    private static final int REACH = 3;

    private ColumnsCompared() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        for (Token t : r.tokens) {
            boolean time = t.isAny(Vocabulary.LATER) || t.isAny(Vocabulary.EARLIER);
            boolean up = t.isAny(UP) || t.isAny(Vocabulary.LATER);
            if (r.used(t.index()) || !up && !t.isAny(DOWN) && !time) {
                continue;
            }
            // "at or below", "on or after": the comparison holds at equality too
            boolean orEqual = t.index() >= 2 && r.at(t.index() - 1).is("or")
                    && r.at(t.index() - 2).isAny(Set.of("at", "on"));
            int start = orEqual ? t.index() - 2 : t.index();
            ColumnMention left = side(r, mentions, spent, start, -1, time);
            ColumnMention right = side(r, mentions, spent, t.index(), +1, time);
            if (left == null || right == null || left.column().equals(right.column())) {
                continue;
            }
            boolean than = r.at(t.index() + 1) != null && r.at(t.index() + 1).is("than");
            if (!than && t.isAny(Set.of("more", "less", "fewer", "higher", "lower", "greater", "larger", "bigger",
                    "smaller", "later", "earlier"))) {
                continue; // "more close than open" is a comparison, "higher open" is not
            }
            String op = t.lower().equals(">=") || t.lower().equals("<=") ? t.lower()
                    : (up ? ">" : "<") + (orEqual ? "=" : "");
            d.filters.add(new Filter.Versus(left.column(), op, right.column()));
            spent.add(left);
            spent.add(right);
            r.use(left.tokens());
            r.use(right.tokens());
            for (int k = left.last() + 1; k < right.first(); k++) {
                r.use(k);
            }
            return;
        }
    }

    /**
     * The column named within reach before ({@code step} -1) or after (+1) the comparative, a date where {@code time},
     * else a number; or null.
     */
    private static ColumnMention side(Reading r, List<ColumnMention> mentions, Set<ColumnMention> spent, int at,
            int step, boolean time) {
        int i = at + step;
        for (int gap = 0; gap < REACH && r.at(i) != null; gap++, i += step) {
            int k = i;
            ColumnMention m = mentions.stream().filter(o -> o.tokens().contains(k) && !o.tokens().contains(at)).findFirst()
                    .orElse(null);
            if (m != null) {
                boolean measure = time ? m.column().role() == ColumnRole.TIME : m.column().role().numeric()
                        && !m.column().role().time() && m.column().role() != ColumnRole.IDENTIFIER;
                return measure && !spent.contains(m) ? m : null;
            }
            if (!r.at(i).isAny(GLUE) || r.used(i)) {
                return null;
            }
        }
        return null;
    }
}
