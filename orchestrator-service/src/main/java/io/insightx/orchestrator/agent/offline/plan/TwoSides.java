package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnLinker;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.Sides;

/**
 * A question about rows with two sides ({@link Sides}: a match's home and away team and their scores). The side a
 * question names ("home goals", "won at home") picks that side's columns. A contest's outcome is the sides' amounts
 * compared: a draw is home_score = away_score, a home win home_score > away_score, a "3-1" the two scores. An amount
 * said of no side ("goals per game") is both sides' added up. A team named with no side plays on either, so its rows
 * are those with it on either side, and its wins those it won on the side it played.
 */
final class TwoSides {

    /** A win or a loss, said of a team decided once its value is read. */
    record Outcome(boolean win, boolean negated, List<Integer> tokens) {

        /** The operator of the team's side against the other: a win is more, a failure to win at most as many. */
        String op() {
            return win ^ negated ? negated ? ">=" : ">" : negated ? "<=" : "<";
        }
    }

    private static final Set<String> WIN = Set.of("win", "won", "victory", "beat");
    private static final Set<String> LOSS = Set.of("lose", "lost", "loss", "defeat", "beaten");
    private static final Set<String> DRAW = Set.of("draw", "drawn", "tie", "tied");
    /** "fail to win", "did not lose", "without a win". */
    private static final Set<String> NOT = Set.of("fail", "failed", "fails", "not", "never", "without", "didnt", "n't");
    private static final Set<String> PLAYED = Set.of("play", "played", "plays", "compete", "competed");
    private static final Set<String> RATES = Set.of("rate", "rates", "ratio", "pct", "percentage", "%", "share");
    /** "ended in a draw", "finished as a tie": the verb says nothing but the outcome. */
    private static final Set<String> ENDED = Set.of("end", "ended", "finish", "finished");

    private TwoSides() {
    }

    /** Reads the side, the outcome and the amount the question names, before any column is linked. */
    static void read(Reading r, Draft d, Lexicon lexicon, ColumnLinker linker) {
        Optional<Sides> found = d.catalog.sides();
        if (found.isEmpty()) {
            return;
        }
        Sides sides = found.get();
        Sides.Pair scores = sides.amounts().get(0);
        readSide(r, d, sides);
        for (Token t : r.tokens) {
            if (!r.free(t.index())) {
                continue;
            }
            boolean draw = t.isAny(DRAW);
            boolean win = t.isAny(WIN);
            boolean loss = t.isAny(LOSS);
            if (!draw && !win && !loss) {
                continue;
            }
            List<Integer> said = new ArrayList<>(List.of(t.index()));
            Token before = r.before(t.index(), Set.of("a", "an", "in", "as"));
            if (before != null && before.isAny(ENDED) && r.free(before.index())) {
                said.add(before.index());
            }
            Token not = r.before(t.index(), Set.of("to", "a", "an", "did", "do", "does"));
            boolean negated = not != null && not.isAny(NOT) && r.free(not.index());
            if (negated) {
                said.add(not.index());
            }
            Token next = r.at(t.index() + 1);
            if (next != null && next.isAny(RATES) && r.free(next.index())) {
                said.add(next.index()); // "home win rate": the share of games won at home
                d.aggregate = Aggregate.SHARE;
            }
            Outcome outcome = new Outcome(win, negated, said);
            if (draw) {
                d.filters.add(new Filter.Said(scores.first(), new Filter.Versus(scores.first(), negated ? "<>" : "=",
                        scores.second()), negated ? "that did not end in a draw" : "that ended in a draw"));
            } else if (d.side != null) {
                d.filters.add(new Filter.Said(scores.first(), new Filter.Versus(scores.of(d.side), outcome.op(),
                        scores.of(!d.side)), (d.side ? sides.first() : sides.second()) + (negated ? " games not " : " ")
                        + (win ? "won" : "lost")));
            } else {
                d.outcome = outcome;
                continue; // whose win is read with the team's name
            }
            r.use(said);
        }
        readScoreLine(r, d, scores);
        readContests(r, d, lexicon);
        readAmount(r, d, sides, lexicon, linker);
    }

    /**
     * "home", "away", "at home": the side said, unless it begins a column's name ("home team"). Both said ("home and
     * away") is no side.
     */
    private static void readSide(Reading r, Draft d, Sides sides) {
        List<Token> said = r.tokens.stream().filter(t -> open(r, t.index()) && sides.side(t.lower()).isPresent()).toList();
        if (said.size() == 2 && said.get(0).lower().equals(said.get(1).lower())) {
            said = said.subList(0, 1);
        }
        if (said.size() == 2) {
            Token from = r.at(said.get(0).index() + 1);
            if (from != null && from.is("from") && from.index() + 1 == said.get(1).index()) {
                d.side = sides.side(said.get(0).lower()).orElseThrow(); // "away from home"
                IntStream.rangeClosed(said.get(0).index(), said.get(1).index()).forEach(r::claim);
            } else {
                said.forEach(t -> r.claim(t.index())); // "home and away": no one side
            }
            return;
        }
        for (Token t : said) {
            Token next = r.at(t.index() + 1);
            boolean named = next != null && sides.labels().stem().stream().anyMatch(next::is);
            if (!named && d.side == null) {
                d.side = sides.side(t.lower()).orElseThrow();
                r.claim(t.index());
            }
        }
    }

    /** Whether no step has used the token, or only held it as part of a column's whole name ("score away"). */
    private static boolean open(Reading r, int i) {
        return r.free(i) || r.names(i);
    }

    /** "0-0 draws", "how many 2-1 wins": the first side's score, then the second's. */
    private static void readScoreLine(Reading r, Draft d, Sides.Pair scores) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            Token a = r.at(i);
            Token b = r.at(i + 1);
            if (a.isNumber() && b.isNumber() && b.text().startsWith("-") && r.free(i) && r.free(i + 1)
                    && a.number() >= 0 && a.number() == Math.rint(a.number())) {
                d.filters.add(new Filter.Said(scores.first(), new Filter.AllOf(scores.first(), List.of(
                        new Filter.Compare(scores.first(), "=", a.number()),
                        new Filter.Compare(scores.second(), "=", -b.number()))),
                        "that ended " + a.text() + b.text()));
                r.use(i);
                r.use(i + 1);
            }
        }
    }

    /**
     * "games", "matches", "bouts": a row of two sides is a contest, so a word for a contest names the rows ("goals per
     * game" is the goals of a row, averaged).
     */
    private static void readContests(Reading r, Draft d, Lexicon lexicon) {
        for (Token t : r.tokens) {
            if (r.free(t.index()) && t.isAny(PLAYED)) {
                r.use(t.index()); // "games chelsea played": every row was played
                continue;
            }
            if (r.free(t.index()) && !t.isNumber() && t.lemmas().stream().anyMatch(l -> l.equals("contest")
                    || lexicon.kindOf(l, "contest"))) {
                d.entity = d.entity == null ? t.text() : d.entity;
                r.use(t.index());
                Token per = r.at(t.index() - 1);
                if (per != null && per.is("per") && r.free(per.index())) {
                    r.use(per.index());
                    d.aggregate = d.aggregate == null ? Aggregate.AVG : d.aggregate;
                }
            }
        }
    }

    /**
     * "goals", "home goals", "points scored": a word that names the amounts ("points" of home_pts), or a kind of their
     * name in WordNet (a goal is a score). The side said picks its column; no side, both added up.
     */
    private static void readAmount(Reading r, Draft d, Sides sides, Lexicon lexicon, ColumnLinker linker) {
        for (Sides.Pair pair : sides.amounts()) {
            String stem = pair.stem().get(pair.stem().size() - 1);
            // "scored the most goals": the verb of the amount and its noun, one mention; "pts" is points cut short
            boolean cut = stem.length() >= 2;
            List<Token> named = r.tokens.stream().filter(t -> open(r, t.index()) && !t.isNumber()
                    && (linker.match(t, stem) > 0 || t.lemmas().stream().anyMatch(l -> cut && ColumnLinker.contraction(stem, l)
                            || lexicon.kindOf(l, stem)))).toList();
            if (named.isEmpty()) {
                continue;
            }
            // "home goals vs away goals": each side's own, when each word follows its side
            List<Token> sided = named.stream().filter(t -> t.index() > 0 && sides.side(r.at(t.index() - 1).lower())
                    .isPresent()).toList();
            long sidesSaid = sided.stream().map(t -> r.at(t.index() - 1).lower()).distinct().count();
            if (d.side == null && sided.size() == 2 && sidesSaid == 2) {
                for (Token t : sided) {
                    boolean first = sides.side(r.at(t.index() - 1).lower()).orElseThrow();
                    d.sideAmounts.add(new ColumnMention(pair.of(first), List.of(t.index() - 1, t.index()), 2.0, true,
                            List.of()));
                }
                return;
            }
            String said = named.stream().filter(t -> !t.is(stem)).findFirst().orElse(named.get(0)).text();
            DataColumn column = d.side == null ? Sides.both(pair, said) : pair.of(d.side);
            List<Integer> tokens = named.stream().map(Token::index).toList();
            d.sideAmounts.add(new ColumnMention(column, tokens, 2.0, true, List.of()));
            return; // its words are used as the mention's, when the mentions are read
        }
    }

    /**
     * After the values are read: a team on one side's column is on the side the question said; with none said, on
     * either side, and its outcome is its own side's.
     */
    static void values(Reading r, Draft d) {
        Optional<Sides> found = d.catalog.sides();
        if (found.isEmpty()) {
            return;
        }
        Sides sides = found.get();
        Sides.Pair labels = sides.labels();
        Sides.Pair scores = sides.amounts().get(0);
        for (int k = 0; k < d.filters.size(); k++) {
            if (!(d.filters.get(k) instanceof Filter.Values v) || v.negated() || !labels.has(v.column())) {
                continue;
            }
            if (d.side != null) {
                Filter.Values own = new Filter.Values(labels.of(d.side), v.values(), false, v.excluding());
                d.filters.set(k, own);
                retarget(d, v, own);
                continue;
            }
            List<Filter> either = new ArrayList<>();
            for (boolean first : new boolean[] {true, false}) {
                Filter.Values played = new Filter.Values(labels.of(first), v.values(), false, v.excluding());
                either.add(d.outcome == null ? played : new Filter.AllOf(played.column(), List.of(played,
                        new Filter.Versus(scores.of(first), d.outcome.op(), scores.of(!first)))));
            }
            String words = String.join(" or ", v.values()) + (d.outcome == null ? " on either side"
                    : (d.outcome.negated() ? " games not " : " ") + (d.outcome.win() ? "won" : "lost"));
            d.filters.set(k, new Filter.Said(v.column(), new Filter.AnyOf(v.column(), either), words));
            if (d.outcome != null) {
                r.use(d.outcome.tokens());
                d.outcome = null;
            }
            ColumnMention both = d.sideAmounts.stream().filter(m -> m.column().formula() != null).findFirst().orElse(null);
            if (both != null) {
                // "goals barcelona scored": its own side's, which a row's sum of both does not tell apart
                d.notes.add("Counted the " + both.column().name() + " of both sides in the games of "
                        + String.join(" or ", v.values()) + "; a team's own share of them is not read yet.");
                d.guessed = true;
            }
        }
    }

    private static void retarget(Draft d, Filter.Values from, Filter.Values to) {
        d.valueAt.replaceAll((i, f) -> f == from ? to : f);
    }

    /**
     * A column of one side, said with the side named ("top 3 teams by home goals"): that side's column, no choice
     * between the two left to report.
     */
    static ColumnMention sided(Draft d, ColumnMention m) {
        Optional<Sides> found = d.side == null ? Optional.empty() : d.catalog.sides();
        if (found.isEmpty()) {
            return m;
        }
        Sides sides = found.get();
        List<Sides.Pair> pairs = new ArrayList<>(sides.amounts());
        pairs.add(sides.labels());
        for (Sides.Pair p : pairs) {
            if (p.has(m.column()) && m.alternatives().stream().allMatch(p::has)) {
                return new ColumnMention(p.of(d.side), m.tokens(), m.score(), m.whole(), List.of());
            }
        }
        return m;
    }

    /** Whether the mention says words of the amount {@link #read} found. */
    static boolean amountSays(Draft d, ColumnMention m) {
        return d.sideAmounts.stream().anyMatch(a -> m.tokens().stream().anyMatch(a.tokens()::contains));
    }

    /** The amount read by {@link #read} among the mentions. */
    static void mention(Draft d, List<ColumnMention> kept) {
        kept.addAll(d.sideAmounts);
    }
}
