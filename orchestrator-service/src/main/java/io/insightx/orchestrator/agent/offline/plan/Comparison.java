package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
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
    private static final Set<String> AGED = Set.of("aged", "age");
    /** Comparisons that may stand before a column's name and its number: "above mag 4", "under age 30". */
    private static final Set<String> NAMED_UP = Set.of("above", "over", "exceeding");
    private static final Set<String> NAMED_DOWN = Set.of("below", "under");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

    private static final java.util.Map<String, Double> TIMES = java.util.Map.of("once", 1.0, "twice", 2.0, "thrice", 3.0);

    /** "more than once", "at least twice": how many times, a number where a comparison leads to it. */
    private static Token times(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Double n = TIMES.get(t.lower());
        boolean compared = i > 0 && tokens.get(i - 1).isAny(Set.of("than", "least", "most", "exactly", "only"))
                || i > 0 && onlyBefore(tokens, i - 1)
                || i + 2 < tokens.size() && tokens.get(i + 1).is("or") && tokens.get(i + 2).isAny(Set.of("more", "less"));
        return n != null && compared ? t.withNumber(n) : t;
    }

    /** "only ever rented", "only rented": "only" before a count of times, past "ever" and one verb. */
    private static boolean onlyBefore(List<Token> tokens, int at) {
        for (int k = at; k >= 0 && k >= at - 2; k--) {
            Token t = tokens.get(k);
            if (t.isAny(Set.of("only", "just"))) {
                return true;
            }
            if (!t.is("ever") && !t.lower().matches("\\p{L}{3,}ed")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the number at {@code i} is said as a count of times ("once", "twice"): of the rows, no noun after. */
    static boolean saidAsTimes(List<Token> tokens, int i) {
        return TIMES.containsKey(tokens.get(i).lower());
    }

    static List<Comparison> read(List<Token> tokens, Set<Integer> taken) {
        List<Comparison> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = times(tokens, i);
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
            } else if (named(tokens, at) >= 0) {
                // "above mag 4", "over body mass 5000": the column named between the comparison and its number
                int word = named(tokens, at);
                int unit = unit(tokens, i + 1);
                List<Integer> said = new ArrayList<>(List.of(word, i));
                if (unit >= 0) {
                    said.add(unit);
                }
                // the words between stay free for the column linker; the last of them hints at the column
                found.add(new Comparison(tokens.get(word).isAny(NAMED_UP) ? ">" : "<", t.number(), t.number(), said, at, unit));
                continue;
            } else if (t.lower().equals("zero")) {
                op = "="; // "days with zero precipitation"
                start = i;
            } else if (before != null && (before.is("equal") || before.is("equals") || before.is("exactly")
                    || before.isAny(Set.of("only", "just")) && !t.looksLikeYear())) {
                // "exactly 3", "states with only one airport" (never "only 2023", a year)
                op = "=";
                start = at;
            } else if (before != null && before.is("to") && at >= 1 && tokens.get(at - 1).is("equal")) {
                op = "=";
                start = at - 1;
            } else if (saidAsTimes(tokens, i) && onlyBefore(tokens, at)) {
                op = "="; // "customers who only ever rented once": the verb between stays the rows' own
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (op == null && next != null && next.isNumber() && next.text().startsWith("-") && t.number() >= 0
                    && -next.number() > t.number() && !taken.contains(i + 1)) {
                // "1-2 star reviews", "ages 18-24": a range written with a dash
                int unit = unit(tokens, i + 2);
                found.add(new Comparison("between", t.number(), -next.number(), span(i, unit >= 0 ? unit + 1 : i + 2), -1, unit));
                i += 1;
                continue;
            }
            if (op == null && i + 3 < tokens.size() && next.lower().matches("\\p{L}{3,}") && !FunctionWords.is(next)
                    && (tokens.get(i + 2).is("or") || tokens.get(i + 2).is("and")) && orBeyond(tokens.get(i + 3)) != null
                    && (tokens.get(i + 3).isAny(UP) || tokens.get(i + 3).isAny(DOWN) || tokens.get(i + 3).is("up"))) {
                // "2 stars or less", "3 bedrooms or more": the word between names what is counted
                found.add(new Comparison(orBeyond(tokens.get(i + 3)), t.number(), t.number(), span(i, i + 4), -1, i + 1));
                continue;
            }
            if (op == null && next != null && next.text().equals("+") && !taken.contains(i + 1) && i + 2 < tokens.size()
                    && tokens.get(i + 2).lower().matches("\\p{L}+")) {
                // "6+ ppl", "50+ orders": that many or more; a last "200000+" may be a value ("earning 200000+")
                int unit = unit(tokens, i + 2);
                found.add(new Comparison(">=", t.number(), t.number(), span(i, unit >= 0 ? unit + 1 : i + 2), -1, unit));
                i += 1;
                continue;
            }
            int end = i + 1;
            if (op == null && i + 2 < tokens.size() && (tokens.get(i + 1).is("or") || tokens.get(i + 1).is("and"))
                    && orBeyond(tokens.get(i + 2)) != null) {
                // "65 or older", "100000 or more", "18 and over": the number itself included
                Token word = tokens.get(i + 2);
                op = orBeyond(word);
                hint = word.isAny(UP) || word.isAny(DOWN) || word.is("up") ? -1 : i + 2;
                end = hint >= 0 ? i + 2 : i + 3; // a hint ("older") is left to name its column
            } else if (op == null && before != null && before.isAny(AGED)) {
                // "aged 30", "aged 20 to 39": the number is the age itself
                if (i + 2 < tokens.size() && (tokens.get(i + 1).is("to") || tokens.get(i + 1).is("and")
                        || tokens.get(i + 1).is("-")) && tokens.get(i + 2).isNumber()) {
                    found.add(new Comparison("between", t.number(), tokens.get(i + 2).number(), span(i, i + 3), at, -1));
                    i += 2;
                    continue;
                }
                op = "=";
                hint = at;
                start = i;
            } else if (op == null && before != null && before.is("of") && at >= 1 && tokens.get(at - 1).isAny(COMPASS)) {
                // "north of 60 degrees": past a latitude or longitude
                op = tokens.get(at - 1).isAny(Set.of("north", "east")) ? ">" : "<";
                start = at - 1;
            }
            if (op != null && end > i + 1) {
                found.add(new Comparison(op, t.number(), t.number(), span(start, end), hint, -1));
            } else if (op != null) {
                int unit = unit(tokens, i + 1);
                found.add(new Comparison(op, t.number(), t.number(), span(start, unit >= 0 ? unit + 1 : i + 1), hint, unit));
            }
        }
        return found;
    }

    /** Where "above" or "under" stands before the one to three words ending at {@code at} ("over body mass"), or -1. */
    private static int named(List<Token> tokens, int at) {
        for (int k = at; k >= 0 && at - k < 3; k--) {
            Token w = tokens.get(k);
            if (!w.lower().matches("\\p{L}{2,}") || FunctionWords.is(w)) {
                return -1;
            }
            if (k >= 1 && (tokens.get(k - 1).isAny(NAMED_UP) || tokens.get(k - 1).isAny(NAMED_DOWN))) {
                return k - 1;
            }
        }
        return -1;
    }

    /** The operator of "N or more" / "N or younger": the number included, or null when the word is no comparative. */
    private static String orBeyond(Token word) {
        if (word.isAny(DOWN) || word.isAny(Vocabulary.LOW) || word.is("younger") || word.is("earlier")) {
            return "<=";
        }
        boolean comparative = word.lower().endsWith("er") && word.lemmas().stream().anyMatch(l -> !l.equals(word.lower()));
        return word.isAny(UP) || word.is("up") || word.is("older") || word.is("later") || comparative ? ">=" : null;
    }

    /** A short word after a number that is a unit ("mm", "kg", "%", "degrees"), else -1. */
    private static int unit(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        String w = tokens.get(i).lower();
        return w.matches("[a-z]{1,3}|%|percent|degrees?|celsius|fahrenheit|grams?|kilograms?|meters?|metres?|miles?|km|hours?|minutes?|seconds?|feet|pounds")
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
