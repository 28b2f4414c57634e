package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;

/**
 * Reads what is measured: the count words ("how many", "number of"), the aggregate words ("average", "total",
 * "highest"), superlative adjectives ("heaviest", "tallest"), the measured columns, and the question's own noun
 * for a row ("how many airports", "the heaviest penguin", "which day").
 */
final class MeasureReader {

    private MeasureReader() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Set<ColumnMention> spent) {
        int countAt = countWords(r, d);
        for (ColumnMention m : mentions) {
            for (int i : m.tokens()) {
                Token t = r.at(i);
                if (Planner.superlative(t) && !Vocabulary.AGGREGATES.containsKey(t.lower())) {
                    d.superlative = true;
                    d.aggregate = t.isAny(Vocabulary.LOW) ? Aggregate.MIN : Aggregate.MAX;
                }
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            Aggregate a = Vocabulary.AGGREGATES.get(t.lower());
            if (r.used(i) || a == null || a == Aggregate.COUNT || inMention(mentions, i)) {
                continue;
            }
            if (a == Aggregate.COUNT_DISTINCT && !d.countWords) {
                continue;
            }
            r.use(i);
            if (a == Aggregate.SHARE || d.aggregate == null || d.aggregate.edge() && !a.edge()) {
                d.aggregate = a;
            }
            if (a == Aggregate.COUNT_DISTINCT) {
                d.aggregate = a;
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            if (!r.used(i) && !t.isNumber() && Planner.superlative(t) && !inMention(mentions, i)) {
                d.superlative = true;
                d.aggregate = d.aggregate == null || d.aggregate.edge() ? t.isAny(Vocabulary.LOW) ? Aggregate.MIN
                        : Aggregate.MAX : d.aggregate;
                r.use(i);
            }
        }
        for (ColumnMention m : mentions) {
            if (spent.contains(m) || m.tokens().stream().anyMatch(r::used)) {
                continue;
            }
            if (m.column().role().labels() && countAt >= 0 && m.first() - countAt <= 3 && d.counted == null) {
                d.counted = m.column();
            } else {
                d.measures.add(m.column());
            }
            spent.add(m);
            r.use(m.tokens());
        }
        entity(r, d, countAt, mentions);
    }

    /** "how many", "number of", "count", "how often": where the count words end, or -1. */
    private static int countWords(Reading r, Draft d) {
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            Token next = r.at(i + 1);
            if (t.is("how") && next != null && (next.is("many") || next.is("often") || next.is("much"))) {
                d.countWords = !next.is("much");
                r.use(i);
                r.use(i + 1);
                return i + 1;
            }
            if ((t.is("number") || t.is("count")) && !r.used(i)) {
                d.countWords = true;
                r.use(i);
                return i + (next != null && next.is("of") ? 1 : 0);
            }
        }
        return -1;
    }

    /** The question's word for what a row is: after the count words, "which", a superlative or "top N". */
    private static void entity(Reading r, Draft d, int countAt, List<ColumnMention> mentions) {
        Set<String> rowWords = Set.copyOf(d.catalog.entityWords());
        for (int i = countAt + 1; countAt >= 0 && i < r.tokens.size() && i <= countAt + 3; i++) {
            Token t = r.at(i);
            int at = i;
            if (mentions.stream().anyMatch(m -> m.tokens().contains(at) && m.column().role().numeric())) {
                break; // "how many passengers travelled": the count is of the measure, not of a row noun
            }
            if (!r.used(i) && !t.isNumber() && !FunctionWords.is(t) && t.lower().matches("\\p{L}{3,}")) {
                d.entity = t.text();
                r.use(i);
                break;
            }
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            Token t = r.at(i);
            if (r.used(i) || t.isNumber() || FunctionWords.is(t) && !t.is("row") && !t.is("record") && !t.is("entry")) {
                if (!r.used(i) && t.isAny(Set.of("row", "record", "entry", "rows", "records", "entries"))) {
                    d.entity = d.entity == null ? t.text() : d.entity;
                }
                continue;
            }
            if (t.isAny(rowWords)) {
                d.entity = t.text();
                r.use(i);
                continue;
            }
            Token before = previousContent(r, i);
            boolean afterAsk = before != null && (before.is("many") || before.is("which") || before.is("what")
                    || before.is("of") && d.countWords || Planner.superlative(before) || before.isNumber() && d.limit != null
                    || before.is("top") || before.is("most") || before.is("least") || before.is("fewest"));
            if (afterAsk && d.entity == null && t.lower().matches("\\p{L}{3,}")) {
                d.entity = t.text();
                r.use(i);
            }
        }
    }

    private static Token previousContent(Reading r, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token t = r.at(k);
            if (!t.is("the") && !t.is("a") && !t.is("an")) {
                return t;
            }
        }
        return null;
    }

    private static boolean inMention(List<ColumnMention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.tokens().contains(i));
    }
}
