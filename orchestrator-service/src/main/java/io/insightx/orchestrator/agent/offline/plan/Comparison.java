package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * A number the question compares against: "more than 50", "above 30", "at least 10", "longer than 50 mm",
 * "between 10 and 20", "> 5". {@code hint} is the comparative adjective's position ("longer" names length), or -1;
 * {@code unit} the word after the number ("mm"), or -1.
 */
record Comparison(String op, double lo, double hi, List<Integer> tokens, int hint, int unit) {

    private static final Set<String> UP = Set.of("more", "greater", "higher", "larger", "bigger", "over", "above",
            "exceeding", "exceeds", "exceed", "exceeded", "beyond", "after", "pass", "passes", "passed", "surpass",
            "surpasses", "surpassed", "crossed", "topped");
    private static final Set<String> DOWN = Set.of("less", "fewer", "lower", "smaller", "under", "below", "beneath");

    static List<Comparison> read(List<Token> tokens, Set<Integer> taken) {
        List<Comparison> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isNumber() || taken.contains(i)) {
                continue;
            }
            int at = i - 1;
            String op = null;
            int start = i;
            int hint = -1;
            Token before = at >= 0 ? tokens.get(at) : null;
            if (before != null && before.lower().matches(">=|<=|<|>|=|!=|<>")) {
                op = before.lower().replace("!=", "<>");
                start = at;
            } else if (before != null && before.is("than") && at >= 1) {
                Token adjective = tokens.get(at - 1);
                boolean negated = at >= 2 && (tokens.get(at - 2).is("no") || tokens.get(at - 2).is("not"));
                boolean low = adjective.isAny(Vocabulary.LOW) || adjective.isAny(DOWN);
                op = low ^ negated ? (negated ? ">=" : "<") : (negated ? "<=" : ">");
                if (!adjective.isAny(UP) && !adjective.isAny(DOWN)) {
                    hint = at - 1;
                }
                start = negated ? at - 2 : hint >= 0 ? at : at - 1;
            } else if (before != null && before.is("least") && at >= 1 && tokens.get(at - 1).is("at")) {
                op = ">=";
                start = at - 1;
            } else if (before != null && before.is("most") && at >= 1 && tokens.get(at - 1).is("at")) {
                op = "<=";
                start = at - 1;
            } else if (before != null && before.isAny(UP) && !before.is("more") && !before.is("after")) {
                op = ">";
                start = at;
            } else if (before != null && before.isAny(DOWN) && !before.is("less") && !before.is("fewer")) {
                op = "<";
                start = at;
            } else if (before != null && (before.is("between") || before.is("from")) && i + 2 < tokens.size()
                    && (tokens.get(i + 1).is("and") || tokens.get(i + 1).is("to")) && tokens.get(i + 2).isNumber()) {
                double lo = Math.min(t.number(), tokens.get(i + 2).number());
                double hi = Math.max(t.number(), tokens.get(i + 2).number());
                int unit = unit(tokens, i + 3);
                found.add(new Comparison("between", lo, hi, span(at, unit >= 0 ? unit + 1 : i + 3), -1, unit));
                i += 2;
                continue;
            } else if (before != null && (before.is("equal") || before.is("equals") || before.is("exactly"))) {
                op = "=";
                start = at;
            } else if (before != null && before.is("to") && at >= 1 && tokens.get(at - 1).is("equal")) {
                op = "=";
                start = at - 1;
            }
            if (op != null) {
                int unit = unit(tokens, i + 1);
                found.add(new Comparison(op, t.number(), t.number(), span(start, unit >= 0 ? unit + 1 : i + 1), hint, unit));
            }
        }
        return found;
    }

    /** A short word after a number that is a unit ("mm", "kg", "%", "degrees"), else -1. */
    private static int unit(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        String w = tokens.get(i).lower();
        return w.matches("[a-z]{1,3}|%|percent|degrees?|celsius|fahrenheit|grams?|kilograms?|meters?|metres?|miles?|km")
                && !Set.of("and", "or", "in", "on", "at", "the", "for", "by", "of", "to", "a", "an").contains(w) ? i : -1;
    }

    private static List<Integer> span(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int k = from; k < to; k++) {
            r.add(k);
        }
        return r;
    }
}
