package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;

/**
 * The verb whose doer the question names, which only says what the doer does with the rows: "which teacher taught
 * the most lessons" (a teacher teaches), "the driver who drove the most trips", "how many orders did we take". It
 * is read with its doer, never as a figure or a filter of its own. A verb that could filter the rows ("did we
 * cancel") is none of these and stays to be read or reported.
 */
final class ActorVerb {

    /** What may stand between a thing and the verb it does: "the teacher who taught". */
    private static final Set<String> BETWEEN = Set.of("who", "that", "which", "has", "have", "had", "did", "does");
    /** Verbs that say only that the business had the rows: "orders did we take", "guests have we served". */
    private static final Set<String> OURS = Set.of("take", "get", "receive", "handle", "see", "serve", "have", "book",
            "sell", "do");
    private static final Set<String> WE = Set.of("we", "i");
    /** Words of how many a doer's act was of: "ran the most calls", "took the most of our patients". */
    private static final Set<String> DEGREE = Set.of("the", "most", "fewest", "least", "of", "our", "their");
    /** When a doer did it: "drove in 2024". */
    private static final Set<String> WHEN = Set.of("in", "on", "during", "since", "before", "after", "between", "over",
            "this", "last");

    private ActorVerb() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions, Lexicon lexicon) {
        for (ColumnMention m : mentions) {
            int k = m.last() + 1;
            while (r.at(k) != null && r.at(k).isAny(BETWEEN)) {
                k++;
            }
            Token verb = r.at(k);
            if (verb != null && r.free(k) && doneBy(verb, m, r, lexicon)) {
                r.use(k);
            } else if (verb != null && r.free(k) && m.column().role().labels()
                    && doersAct(r, d, verb, mentions, lexicon)) {
                r.use(k);
                amountRunUp(d, verb, mentions);
            }
        }
        // "how many hours did ingrid teach": a value of Instructor, who teaches (an instructor is a teacher); never a
        // noun after the value ("member rides" of rider_member_type)
        d.valueAt.forEach((at, filter) -> {
            Token verb = r.at(at + 1);
            Token aux = r.at(at - 1);
            boolean asked = aux != null && aux.isAny(Set.of("did", "does", "do", "has", "have", "had", "will"));
            if (verb != null && r.free(verb.index()) && !filter.negated() && verb.lower().matches("\\p{L}{3,}")
                    && ((asked || verb.lemmas().stream().noneMatch(lexicon::noun))
                            && filter.column().words().stream().filter(w -> w.length() >= 4)
                                    .anyMatch(w -> doerOf(w, verb, lexicon))
                            || doersAct(r, d, verb, mentions, lexicon))) {
                r.use(verb.index());
            }
        });
        for (Token t : r.tokens) {
            Token before = r.at(t.index() - 1);
            Token subject = before != null && before.isAny(BETWEEN) ? r.at(t.index() - 2) : before;
            boolean ours = subject != null && subject.isAny(WE) && t.lemmas().stream().anyMatch(OURS::contains);
            if ((ours || actOfTheRows(r, t, d, lexicon)) && r.free(t.index())) {
                r.use(t.index());
            }
        }
    }

    /**
     * Whether a past tense says the act each row records: "bought" of purchases (a purchase is made by purchasing, and
     * to buy is to purchase), "delivered" of deliveries. Never a word the data names otherwise: it would be that.
     */
    private static boolean actOfTheRows(Reading r, Token t, Draft d, Lexicon lexicon) {
        String noun = d.catalog.entity(false);
        Token before = r.at(t.index() - 1);
        // said of something ("copper we bought"), never the figure asked ("total billed", "how much billed")
        boolean ofSomething = before != null && !Vocabulary.AGGREGATES.containsKey(before.lower())
                && !before.isAny(Set.of("much", "many", "amount", "value"));
        if (!ofSomething || !t.lower().matches("\\p{L}{3,}") || d.catalog.holds(t) || t.lemmas().size() < 2
                || !lexicon.pastTense(t.lower())) {
            return false;
        }
        // the noun is often its own verb ("purchase"), which WordNet does not list among its derivations; or a kind of
        // the verb's act ("a sale" is a selling: "licences sold")
        Set<String> acts = new java.util.HashSet<>(lexicon.derivations(noun));
        acts.add(noun);
        lexicon.kinds(noun).stream().filter(k -> k.matches("\\p{L}{3,}ing"))
                .forEach(k -> acts.addAll(lexicon.lemmas(k)));
        return t.lemmas().stream().anyMatch(l -> acts.contains(l)
                || acts.stream().anyMatch(v -> lexicon.firstSenseOfVerb(v, l)));
    }

    /**
     * "which unit ran the most calls", "which guide led the most trips", "total miles medic 7 drove in 2024": a past
     * tense right after the thing asked about or named, before the things it counts or when, with the figure named
     * before, says what that thing did in each of its rows. Only a verb that names nothing of the data, no value of it
     * in other words ("finished" of a status Completed), and no opposite in its common senses a row could be
     * ("missed", "won") is read so; "spent the most", "billed the most" name no things and are the money's, and "heard
     * more than 150 hearings" is a count of each judge's rows to compare.
     */
    private static boolean doersAct(Reading r, Draft d, Token verb, List<ColumnMention> mentions, Lexicon lexicon) {
        Token next = r.at(verb.index() + 1);
        int k = verb.index() + 1;
        while (r.at(k) != null && r.at(k).isAny(DEGREE)) {
            k++;
        }
        int object = k;
        Token thing = r.at(k);
        boolean named = thing != null && thing.lower().matches("\\p{L}{3,}") && !thing.isAny(WHEN)
                && !FunctionWords.is(thing)
                && (!r.free(k) || mentions.stream().anyMatch(m -> m.tokens().contains(object)));
        boolean things = k > verb.index() + 1 && named
                && mentions.stream().noneMatch(m -> m.tokens().contains(object) && m.column().role().time());
        boolean when = next != null && next.isAny(WHEN) && mentions.stream()
                .anyMatch(m -> m.last() < verb.index() && m.column().role().numeric());
        if (!(things || when) || !verb.lower().matches("\\p{L}{3,}") || d.catalog.holds(verb)
                || !lexicon.pastTense(verb.lower())) {
            return false;
        }
        List<String> acts = verb.lemmas().stream().filter(l -> !l.equals(verb.lower())).toList();
        return !acts.isEmpty() && acts.stream().allMatch(l -> (Lexicon.lightVerb(l) || lexicon.commonVerbAntonyms(l)
                .isEmpty()) && !valueInOtherWords(d, l, lexicon));
    }

    /**
     * "which notary has driven the most miles", "which account used the most water": the amount each ran up, added
     * up, as {@link FigureVerb} reads "produced the most honey".
     */
    private static void amountRunUp(Draft d, Token verb, List<ColumnMention> mentions) {
        boolean amount = mentions.stream().anyMatch(m -> m.first() > verb.index() && m.first() <= verb.index() + 4
                && m.column().role().numeric());
        if (amount && (d.aggregate == null || d.aggregate.edge())) {
            d.aggregate = Aggregate.SUM;
        }
    }

    /** Whether a value of the data means what the verb does: "finish" of a status "Completed". */
    private static boolean valueInOtherWords(Draft d, String act, Lexicon lexicon) {
        return d.catalog.columns().stream().filter(c -> c.role().labels()).flatMap(c -> c.values().stream())
                .map(v -> v.strip().toLowerCase(java.util.Locale.ROOT)).filter(v -> v.matches("\\p{L}{3,}"))
                .anyMatch(v -> lexicon.lemmas(v).stream().anyMatch(l -> lexicon.sameMeaning(act, l)));
    }

    /** Whether the noun, or a word of the same meaning, is made from the verb: "instructor", a teacher, of teach. */
    private static boolean doerOf(String noun, Token verb, Lexicon lexicon) {
        java.util.Set<String> nouns = new java.util.HashSet<>(lexicon.synonyms(noun));
        nouns.add(noun);
        return nouns.stream().anyMatch(n -> lexicon.derivations(n).stream().anyMatch(verb.lemmas()::contains));
    }

    /** Whether a word of the thing's column is the doer made from the verb: "teacher" of taught, "driver" of drove. */
    private static boolean doneBy(Token verb, ColumnMention m, Reading r, Lexicon lexicon) {
        List<String> said = m.tokens().stream().map(i -> r.at(i).lower()).toList();
        return verb.lower().matches("\\p{L}{3,}") && m.column().words().stream().filter(w -> w.length() >= 4)
                .filter(w -> said.stream().anyMatch(s -> s.startsWith(w)))
                .anyMatch(w -> doerOf(w, verb, lexicon));
    }
}
