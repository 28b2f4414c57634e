package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Embeddings;
import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.RowWords;
import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * The last resort of linking: a word (or two adjacent words) no column matched by form or by WordNet is compared by
 * meaning, through sentence embeddings, with the name of each measure ("richest" → income, "populous" → population,
 * "fuel economy" → miles per gallon). An adjective is also compared through the attributes WordNet says it
 * measures, and through its antonym's ("lightest" → heavy → weight). A link needs the closest column to be close
 * enough and clearly closer than the next one; it is a guess the answer names. The row's entity noun ("film" in a
 * table of movies) never links: it says what a row is, not what is measured.
 */
public final class MeaningLinker {

    /**
     * The least cosine that links. Measured over nine test tables: words meant for a column score 0.52 to 0.83
     * ("poorest" → income 0.52, "deadliest" → deaths 0.61), unrelated or wrong ones up to 0.48 ("profit" →
     * production budget 0.44, "movie" → IMDB rating 0.48).
     */
    static final double THRESHOLD = 0.5;
    /**
     * How much closer the best column must be than the second: meant links lead by 0.15 to 0.34, wrong ones by 0.13
     * at most ("revenue" → production budget 0.54 against 0.41).
     */
    static final double MARGIN = 0.14;
    /**
     * Words this close to the entity noun name the rows themselves: "film" for movies, "rides" for trips (0.67);
     * "riders" (0.41) and "users" (0.33) do not.
     */
    static final double ENTITY = 0.6;
    /** Below every link by form, so a column named outright always wins its words. */
    static final double SCORE = 0.5;

    private final Lexicon lexicon;
    private final Embeddings embeddings;

    public MeaningLinker(Lexicon lexicon, Embeddings embeddings) {
        this.lexicon = lexicon;
        this.embeddings = embeddings;
    }

    /** A candidate link: the words, the closest column, its cosine and the runner-up's. */
    record Match(List<Integer> tokens, DataColumn column, double best, double second) {
        boolean links() {
            return best >= THRESHOLD && best - second >= MARGIN;
        }
    }

    /** Whether links by meaning can be made: the embeddings model loaded (it is waited for while it loads). */
    public boolean available() {
        return embeddings.available();
    }

    /**
     * Links among the {@code open} tokens (those the plan could not place) to columns other than {@code linked},
     * best first, each word and each column used once.
     */
    public List<ColumnMention> link(List<Token> tokens, Catalog catalog, Set<Integer> open, Collection<DataColumn> linked) {
        List<DataColumn> columns = catalog.columns().stream().filter(c -> !linked.contains(c) && linkable(c)).toList();
        if (columns.isEmpty() || !embeddings.available()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!candidate(tokens, i, open, catalog)) {
                continue;
            }
            matches.add(closest(List.of(i), phrases(tokens.get(i)), columns));
            if (candidate(tokens, i + 1, open, catalog)) {
                String pair = tokens.get(i).lower() + " " + tokens.get(i + 1).lower();
                matches.add(closest(List.of(i, i + 1), Set.of(pair), columns));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::best).reversed());
        List<ColumnMention> chosen = new ArrayList<>();
        Set<Integer> usedTokens = new HashSet<>();
        Set<DataColumn> usedColumns = new HashSet<>();
        for (Match m : matches) {
            if (m.links() && m.tokens().stream().noneMatch(usedTokens::contains) && usedColumns.add(m.column())) {
                usedTokens.addAll(m.tokens());
                chosen.add(new ColumnMention(m.column(), m.tokens(), SCORE, false, List.of()));
            }
        }
        chosen.sort(Comparator.comparingInt(ColumnMention::first));
        return chosen;
    }

    /**
     * Measures only. A category near a word in meaning is near by chance more often than meant ("workers" → job, where
     * the workers are counted), and a name or an identifier is what a row is called.
     */
    private static boolean linkable(DataColumn c) {
        return c.role().numeric();
    }

    /** The column closest in meaning to any of the phrases, with the next column's best cosine. */
    Match closest(List<Integer> tokens, Set<String> phrases, List<DataColumn> columns) {
        DataColumn best = null;
        double top = -1;
        double second = -1;
        for (DataColumn c : columns) {
            double s = -1;
            for (String p : phrases) {
                s = Math.max(s, embeddings.similarity(p, c.label()));
            }
            if (s > top) {
                second = top;
                top = s;
                best = c;
            } else if (s > second) {
                second = s;
            }
        }
        return new Match(tokens, best, top, second);
    }

    /** The word as written, its base forms, and the attributes it or its antonym measures. */
    Set<String> phrases(Token t) {
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(t.lower());
        for (String lemma : t.lemmas()) {
            phrases.add(lemma);
            phrases.addAll(lexicon.attributes(lemma));
            for (String opposite : lexicon.antonyms(lemma)) {
                phrases.addAll(lexicon.attributes(opposite));
            }
        }
        return phrases;
    }

    private boolean candidate(List<Token> tokens, int i, Set<Integer> open, Catalog catalog) {
        if (i >= tokens.size() || !open.contains(i)) {
            return false;
        }
        Token t = tokens.get(i);
        return !t.isNumber() && !FunctionWords.is(t) && t.lower().matches("\\p{L}{3,}") && !entity(t, catalog)
                && !RowWords.is(t); // "the most expensive item" is a row, never a column close to "item"
    }

    /**
     * Whether the word names what one row is: the dataset's entity noun ("movies" → movie), a synonym of it, or a
     * word close to it. A dataset named after one of its columns ("population") says nothing of its rows.
     */
    boolean entity(Token t, Catalog catalog) {
        if (catalog.entityWords().isEmpty()) {
            return false;
        }
        Set<String> nouns = lexicon.lemmas(catalog.entityWords().get(catalog.entityWords().size() - 1));
        if (catalog.columns().stream().anyMatch(c -> nouns.stream().anyMatch(c.words()::contains))) {
            return false;
        }
        if (t.isAny(nouns)) {
            return true;
        }
        for (String noun : nouns) {
            if (t.isAny(lexicon.synonyms(noun)) || embeddings.similarity(t.lower(), noun) >= ENTITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a plural names the rows where the rows' key says what they are: "rides" where trips.csv has a trip_id
     * (0.67 to "trips"). Only then: a word near the dataset's name elsewhere ("bundesliga" in football.json, "fords"
     * in cars.json) narrows the rows, and is never taken for all of them.
     */
    public boolean namesKeyedRows(Token t, Catalog catalog) {
        if (catalog.entityWords().isEmpty() || !t.lower().endsWith("s") || !available()) {
            return false;
        }
        String plural = catalog.entityWords().get(catalog.entityWords().size() - 1);
        Set<String> nouns = lexicon.lemmas(plural);
        boolean keyed = catalog.columns().stream().anyMatch(c -> c.role() == ColumnRole.IDENTIFIER
                && nouns.stream().anyMatch(c.words()::contains));
        return keyed && embeddings.similarity(t.lower(), plural) >= ENTITY;
    }
}
