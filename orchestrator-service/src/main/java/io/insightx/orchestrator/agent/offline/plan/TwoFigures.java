package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "avg rating and # of episodes per show", "per captain: crossings and avg delay", "planned vs actually produced, avg
 * per batch, by branch": two figures joined by "and", "&" or "vs", said with the same words around them. Each figure
 * is read as a question of its own, with those words; when both readings are whole figures over the same rows and
 * groups, the answer gives both side by side. When they are not (other groups, a ranking), the reading of the whole
 * question must not drop the second silently: if it answers only one of the two, the other's words are reported as
 * unused. Each reading may split again, so a question of many joiners is read whole ({@link #MOST_JOINERS}).
 */
final class TwoFigures {

    private static final Set<String> JOINERS = Set.of("and", "&", ",", "vs", "versus");
    /** At most this many joiners are split apart: each split reads the question twice more. */
    private static final int MOST_JOINERS = 4;
    /** Words that start what the figures are of, or over which rows: they end a figure and begin the shared words. */
    private static final Set<String> CONTEXT = Set.of("per", "by", "for", "in", "on", "at", "across", "during", "from",
            "where", "with", "without", "over", "among", "between", "since", "before", "after", "excluding", "except",
            "each", "when", "grouped", "broken", "then", "excl", "exclude", "ignoring", "ignore", "leave", "leaving",
            "omitting", "omit", "not", "besides");
    /** Words ending in a colon, not a clock's ("08:30"): a heading said of what follows. */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("^([^:]*\\p{L}\\s*:)\\s");

    /** The two figures' words and the words around them. */
    private record Pair(String heading, List<Token> before, List<Token> first, List<Token> second, List<Token> after) {

        String question(List<Token> figure) {
            List<String> words = new ArrayList<>(List.of(heading));
            before.forEach(t -> words.add(t.text()));
            figure.forEach(t -> words.add(t.text()));
            after.forEach(t -> words.add(t.text()));
            return String.join(" ", words);
        }

        List<String> words(List<Token> figure) {
            return figure.stream().filter(t -> !FunctionWords.is(t) && !t.isAny(JOINERS)).map(Token::text).toList();
        }
    }

    private TwoFigures() {
    }

    /**
     * The plan of the whole question, with its two figures side by side where it has two and each reads alone as a
     * figure of the same rows and groups; {@code planner} reads a question (and may find two figures in it again).
     */
    static Plan of(String question, Tokenizer tokenizer, Plan whole, Function<String, Plan> planner) {
        // "per captain: crossings and avg delay": what comes before a colon is said of both
        java.util.regex.Matcher colon = HEADING.matcher(question);
        String heading = colon.find() ? colon.group(1) : "";
        String body = question.substring(heading.length());
        List<Token> tokens = withCommas(tokenizer.tokens(body));
        if (tokens.stream().filter(t -> t.isAny(JOINERS)).count() > MOST_JOINERS) {
            return whole;
        }
        Optional<Pair> pair = pair(tokens, heading);
        if (pair.isEmpty()) {
            return whole;
        }
        Plan first = planner.apply(pair.get().question(pair.get().first()));
        Plan second = planner.apply(pair.get().question(pair.get().second()));
        if (!read(first) || !read(second) || sameFigure(first, second) || defaulted(first) || defaulted(second)) {
            return whole;
        }
        boolean sideBySide = figure(first) && figure(second) && sameRows(first, second) && onceAlike(first, second);
        // taken where the whole reading gave one of the two, or left words out: never over a reading of its own
        if (sideBySide && (sameFigure(whole, first) || sameFigure(whole, second) || !whole.ignored().isEmpty())) {
            return besideEachOther(first, second);
        }
        // the whole question read as one of the two figures, the other left out without a word: say so
        if (whole.ignored().isEmpty() && sameFigure(whole, first) && sameRows(whole, first)) {
            return whole.withIgnored(pair.get().words(pair.get().second()));
        }
        if (whole.ignored().isEmpty() && sameFigure(whole, second) && sameRows(whole, second)) {
            return whole.withIgnored(pair.get().words(pair.get().first()));
        }
        return whole;
    }

    /** The first plan giving the second's figures beside its own. */
    private static Plan besideEachOther(Plan first, Plan second) {
        // "number of units and their total floor area": the area of the units counted, each unit once
        Plan main = eachCounted(second, first);
        Plan other = eachCounted(first, second);
        List<Plan> also = new ArrayList<>(main.also());
        also.add(other.withAlso(List.of(), other.notes(), other.guessed()));
        also.addAll(other.also());
        Set<String> notes = new LinkedHashSet<>(main.notes());
        notes.addAll(other.notes());
        if (main != first) {
            notes.add(OncePerKey.note(main.measure(), second.measure()));
        }
        if (other != second) {
            notes.add(OncePerKey.note(other.measure(), first.measure()));
        }
        return main.withAlso(also, List.copyOf(notes), main.guessed() || other.guessed());
    }

    /**
     * The other figure taken once per thing the first counts, where it is the same on every row of such a thing
     * ("their total floor area" of the units counted); else the other figure as it is.
     */
    private static Plan eachCounted(Plan counting, Plan other) {
        DataColumn key = counting.measure();
        DataColumn measure = other.measure();
        if (counting.aggregate() != Aggregate.COUNT_DISTINCT || key == null || measure == null || !other.also().isEmpty()
                || other.aggregate() != Aggregate.SUM && other.aggregate() != Aggregate.AVG
                || !measure.constantPer().contains(key.name())) {
            return other;
        }
        return other.regrouped(OncePerKey.eachOnce(measure, List.of(key.name())), other.groups(), other.ignored());
    }

    /**
     * The tokens with a comma where the text pauses between them, which the tokenizer drops: "planned vs actually
     * produced, avg per batch" ends the second figure at its comma.
     */
    private static List<Token> withCommas(List<Token> tokens) {
        List<Token> all = new ArrayList<>();
        for (Token t : tokens) {
            if (!all.isEmpty() && t.afterPause()) {
                all.add(new Token(-1, ",", ",", Set.of(), null));
            }
            all.add(t);
        }
        return all;
    }

    /** The first joiner with a figure on each side: the words since the last context word, and up to the next. */
    private static Optional<Pair> pair(List<Token> tokens, String heading) {
        for (int j = 1; j < tokens.size() - 1; j++) {
            if (!tokens.get(j).isAny(JOINERS)) {
                continue;
            }
            int start = j;
            while (start > 0 && (!tokens.get(start - 1).isAny(CONTEXT) || unitAfter(tokens, start - 1))
                    && !tokens.get(start - 1).isAny(JOINERS)) {
                start--;
            }
            int end = j + 1;
            while (end < tokens.size() && (!tokens.get(end).isAny(CONTEXT) || unitAfter(tokens, end))
                    && !tokens.get(end).is(",")) {
                end++;
            }
            List<Token> first = tokens.subList(start, j);
            List<Token> second = tokens.subList(j + 1, end);
            if (content(first) && content(second)) {
                return Optional.of(new Pair(heading, tokens.subList(0, start), first, second,
                        tokens.subList(end, tokens.size())));
            }
        }
        return Optional.empty();
    }

    /** "in min": the unit a figure is asked in, part of the figure, not words around it. */
    private static boolean unitAfter(List<Token> tokens, int in) {
        return tokens.get(in).is("in") && in + 1 < tokens.size() && Units.unitSaid(tokens.get(in + 1).lower()) != null;
    }

    private static boolean content(List<Token> words) {
        return words.stream().anyMatch(t -> !FunctionWords.is(t) && !t.isAny(JOINERS));
    }

    /**
     * A figure of what the words did not name ("for late deliveries on avg": the dataset's only measure): no figure
     * said beside another. {@link Defaults} notes each such default in the data's own terms.
     */
    private static boolean defaulted(Plan p) {
        return p.notes().stream().anyMatch(n -> n.contains(Defaults.DEFAULTED));
    }

    /** A figure, maybe ranked, read with every word used. */
    private static boolean read(Plan p) {
        return p.kind() == Plan.Kind.AGGREGATE && p.ignored().isEmpty() && p.aggregate() != null;
    }

    /** A figure that can stand beside another: it ranks nothing and draws nothing. */
    private static boolean figure(Plan p) {
        return p.limit() == null && !p.python() && p.aggregate() != Aggregate.SHARE;
    }

    /**
     * Whether one statement can read both figures: neither takes each thing once, both take the same thing once, or
     * one takes each thing once and the other counts those things ("their total floor area" beside the units).
     */
    private static boolean onceAlike(Plan a, Plan b) {
        Optional<DataColumn> ka = OncePerKey.key(a);
        Optional<DataColumn> kb = OncePerKey.key(b);
        return ka.equals(kb) || ka.isEmpty() && counts(a, kb.get()) || kb.isEmpty() && counts(b, ka.get());
    }

    private static boolean counts(Plan p, DataColumn key) {
        return p.aggregate() == Aggregate.COUNT_DISTINCT && key.equals(p.measure());
    }

    private static boolean sameFigure(Plan a, Plan b) {
        return a.kind() == b.kind() && a.aggregate() == b.aggregate() && Objects.equals(a.measure(), b.measure())
                && (a.aggregate() != Aggregate.COUNT || Objects.equals(a.entity(), b.entity()))
                && Objects.equals(a.limit(), b.limit());
    }

    private static boolean sameRows(Plan a, Plan b) {
        return a.groups().equals(b.groups()) && a.filters().equals(b.filters());
    }
}
