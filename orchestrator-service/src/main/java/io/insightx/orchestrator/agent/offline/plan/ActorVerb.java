package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

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
            }
        }
        // "how many hours did ingrid teach": a value of Instructor, who teaches (an instructor is a teacher); never a
        // noun after the value ("member rides" of rider_member_type)
        d.valueAt.forEach((at, filter) -> {
            Token verb = r.at(at + 1);
            Token aux = r.at(at - 1);
            boolean asked = aux != null && aux.isAny(Set.of("did", "does", "do", "has", "have", "had", "will"));
            if (verb != null && r.free(verb.index()) && !filter.negated() && verb.lower().matches("\\p{L}{3,}")
                    && (asked || verb.lemmas().stream().noneMatch(lexicon::noun))
                    && filter.column().words().stream().filter(w -> w.length() >= 4)
                            .anyMatch(w -> doerOf(w, verb, lexicon))) {
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
