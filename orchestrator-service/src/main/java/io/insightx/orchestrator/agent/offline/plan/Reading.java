package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;

/**
 * The question's tokens and which of them the plan has used: the accountability of an answer. Every content word
 * is either used by some part of the plan or reported as ignored.
 */
final class Reading {

    final List<Token> tokens;
    private final Set<Integer> used = new LinkedHashSet<>();
    private final Set<Integer> names = new LinkedHashSet<>();

    Reading(List<Token> tokens) {
        this.tokens = tokens;
    }

    void use(int index) {
        if (index >= 0 && index < tokens.size()) {
            used.add(index);
        }
    }

    void use(List<Integer> indexes) {
        indexes.forEach(this::use);
    }

    /**
     * Marks the tokens that name a column by its whole name of several words ("visits last month", "monthly fee"):
     * set aside, as if used, until {@link #releaseNames}, and never a grain of time.
     */
    void holdNames(Set<Integer> indexes) {
        names.addAll(indexes);
        used.addAll(indexes);
    }

    void releaseNames() {
        used.removeAll(names);
    }

    /** Which tokens are used and held now, to {@link #reset} to when a reading tried is not taken. */
    record Mark(Set<Integer> used, Set<Integer> names) {
    }

    Mark mark() {
        return new Mark(Set.copyOf(used), Set.copyOf(names));
    }

    void reset(Mark mark) {
        used.clear();
        used.addAll(mark.used());
        names.clear();
        names.addAll(mark.names());
    }

    /** Uses a token, held as part of a whole name or not, for good: "away" of "score away" said as a side. */
    void claim(int index) {
        names.remove(index);
        used.add(index);
    }

    /** Whether the token is part of a column's whole name (see {@link #holdNames}). */
    boolean names(int index) {
        return names.contains(index);
    }

    boolean used(int index) {
        return used.contains(index);
    }

    /** Whether there is a token at {@code index} and no step has used it. */
    boolean free(int index) {
        return at(index) != null && !used.contains(index);
    }

    Set<Integer> usedSet() {
        return Set.copyOf(used);
    }

    /** The first unused token at or after {@code from} that is one of the words, or -1. */
    int find(Set<String> words, int from) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            if (!used.contains(i) && tokens.get(i).isAny(words)) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest token before {@code i} that is none of the {@code skipped} words (articles), or null. */
    Token before(int i, Set<String> skipped) {
        for (int k = i - 1; k >= 0; k--) {
            if (!tokens.get(k).isAny(skipped)) {
                return tokens.get(k);
            }
        }
        return null;
    }

    boolean has(Set<String> words) {
        return find(words, 0) >= 0;
    }

    /** Uses every unused token that is one of the words; whether there was one. */
    boolean take(Set<String> words) {
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!used.contains(i) && tokens.get(i).isAny(words)) {
                used.add(i);
                any = true;
            }
        }
        return any;
    }

    /**
     * "each household counted once", "every customer once": the index of the "once" that follows "each"/"every" at
     * {@code each} within three words, or -1.
     */
    int onceAfter(int each) {
        if (at(each) == null || !at(each).isAny(Set.of("each", "every"))) {
            return -1;
        }
        for (int k = each + 2; k <= each + 4 && at(k) != null; k++) {
            if (at(k).is("once")) {
                return k;
            }
        }
        return -1;
    }

    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** Content words no part of the plan used, as written. */
    List<String> ignored() {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!used.contains(i) && !particleOfUsed(i) && !joinsUsed(i)
                    && (t.isNumber() || !FunctionWords.is(t) && !t.lower().matches("[^\\p{L}\\p{N}]+"))) {
                ignored.add(t.text());
            }
        }
        return ignored;
    }

    /**
     * "ran at harbor ave", "comes from elm st", "brings in the most revenue", "spent the most nights": a verb of little
     * meaning of its own that only joins the rows to what follows it, read with that when that is used. Alone
     * ("how many vouchers were used") it may say what the data does not, and is reported.
     */
    private boolean joinsUsed(int i) {
        if (tokens.get(i).lemmas().stream().noneMatch(JOINING_VERBS::contains)) {
            return false;
        }
        int k = i + 1;
        while (k < tokens.size() && k <= i + 3 && tokens.get(k).isAny(JOINED_BY)) {
            k++;
        }
        return used.contains(k);
    }

    private static final Set<String> JOINING_VERBS = Set.of("come", "run", "bring", "go", "spend");
    private static final Set<String> JOINED_BY = Set.of("in", "at", "from", "on", "to", "into", "through", "thru",
            "via", "the", "a", "an", "up", "out");

    /**
     * "ended up", "shut down": a particle whose verb carries the phrase's meaning ({@link Tokenizer#PARTICLES}) is
     * read with the verb, when the verb is used.
     */
    private boolean particleOfUsed(int i) {
        Token t = tokens.get(i);
        if (i == 0 || !used.contains(i - 1) || !Tokenizer.PARTICLES.contains(t.lower())) {
            return false;
        }
        Set<String> meaning = new LinkedHashSet<>(t.lemmas());
        meaning.remove(t.lower());
        return !meaning.isEmpty() && tokens.get(i - 1).lemmas().stream().anyMatch(meaning::contains);
    }
}
