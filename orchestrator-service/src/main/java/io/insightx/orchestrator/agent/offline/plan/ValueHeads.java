package io.insightx.orchestrator.agent.offline.plan;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.ValueMention;

/**
 * The plural noun a value modifies: "casual riders", "german customers", "enterprise users" are the rows of that
 * value, said of the people they are about. A word for people is used up with its value; the token of a label column's
 * name there ("customers" of a customer column) is returned, so it is not read as that column. Not after count words:
 * "how many casual riders" asks for riders, which rows of trips do not count.
 */
final class ValueHeads {

    private static final Set<String> COUNTING = Set.of("many", "number", "count", "#");

    private ValueHeads() {
    }

    /** Uses the people words after values; returns the tokens after values that name a label column. */
    static Set<Integer> read(Reading r, Draft d, Collection<List<ValueMention>> values, Lexicon lexicon) {
        Set<Integer> heads = new HashSet<>();
        for (List<ValueMention> same : values) {
            for (ValueMention v : same) {
                int at = v.tokens().get(v.tokens().size() - 1) + 1;
                Token t = r.at(at);
                List<String> name = v.column().words();
                // "how many business customers" over Customer Type are customers, counted, not the type
                boolean ownName = t != null && t.lemmas().stream().anyMatch(name::contains);
                boolean counting = t != null && !t.lemmas().contains(name.get(name.size() - 1)) && countsThem(r, v);
                if (!v.negated() && t != null && r.free(at) && ownName && !counting) {
                    r.use(at); // "the tech team", "economy class": the value said with its own column's name
                    continue;
                }
                if (v.negated() || t == null || !r.free(at) || !t.lower().matches("\\p{L}{3,}s")) {
                    continue;
                }
                if (counted(r, v)) {
                    // "how many premium subscribers": the people, by their key where the rows are not people
                    var key = t.lemmas().stream().anyMatch(lexicon::person) && !d.catalog.holds(t.lower()) && countsThem(r, v)
                            ? personKey(d, lexicon) : java.util.Optional.<io.insightx.orchestrator.agent.offline.link.DataColumn>empty();
                    key.ifPresent(k -> {
                        r.use(at);
                        d.counted = d.counted == null ? k : d.counted;
                    });
                    continue;
                }
                if (d.catalog.holds(t)) {
                    // a category ("customer"), never the rows' own key ("maternity admissions" are admissions)
                    boolean label = d.catalog.columns().stream().anyMatch(c -> c.role() == ColumnRole.CATEGORY
                            && !c.equals(v.column()) && t.lemmas().stream().anyMatch(c.words()::contains));
                    if (label) {
                        heads.add(at);
                    } else if (t.lemmas().stream().anyMatch(lexicon::person)) {
                        r.use(at); // "plus members" over a member key: the members of that tier, no key to figure
                    }
                } else if (t.lemmas().stream().anyMatch(lexicon::person)) {
                    r.use(at);
                    personKey(d, lexicon).ifPresent(key -> d.counted = d.counted == null ? key : d.counted);
                }
            }
        }
        return heads;
    }

    /**
     * "the most premium subscribers" over streams keyed by user_id: the people are counted by the one key that names
     * a kind of person and repeats over the rows (a person's many streams), never the rows themselves.
     */
    static java.util.Optional<io.insightx.orchestrator.agent.offline.link.DataColumn> personKey(Draft d,
            Lexicon lexicon) {
        return personKey(d, lexicon, false);
    }

    /**
     * {@link #personKey(Draft, Lexicon)}, where {@code nested} takes a nested member's key too (member.member_id),
     * for "people" of any kind; a doer's noun ("instructor") is never a nested learner's key.
     */
    static java.util.Optional<io.insightx.orchestrator.agent.offline.link.DataColumn> personKey(Draft d,
            Lexicon lexicon, boolean nested) {
        var keys = d.catalog.columns().stream().filter(c -> c.role() == ColumnRole.IDENTIFIER
                && (c.words().size() == 2
                        || nested && c.words().size() == 3 && c.words().get(0).equals(c.words().get(1)))
                && c.words().get(c.words().size() - 1).equals("id") && lexicon.person(c.words().get(0))
                && d.catalog.repeatsClearly(c)).toList();
        return keys.size() == 1 ? java.util.Optional.of(keys.get(0)) : java.util.Optional.empty();
    }

    /** Whether the count words govern the value's phrase itself: "how many premium subscribers", not "# of visits by …". */
    private static boolean countsThem(Reading r, ValueMention v) {
        int k = v.tokens().get(0) - 1;
        while (k >= 0 && r.at(k).isAny(Set.of("of", "the", "our", "all", "distinct", "unique", "different"))) {
            k--;
        }
        return k >= 0 && r.at(k).isAny(COUNTING);
    }

    private static boolean counted(Reading r, ValueMention v) {
        return r.tokens.stream().anyMatch(t -> t.index() < v.tokens().get(0) && t.isAny(COUNTING));
    }
}
