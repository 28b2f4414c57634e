package io.insightx.orchestrator.agent.offline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.offline.lang.Embeddings;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DistinctValues;
import io.insightx.orchestrator.agent.offline.link.KeyJoin;
import io.insightx.orchestrator.agent.offline.link.SharedKeys;
import io.insightx.orchestrator.agent.offline.plan.FollowUp;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.persistence.DatasetRecord;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Questions read against their session's datasets, remembered by identity so that each agent call of one answer
 * reuses the reading (and a self-correction replaces its plan). With several datasets the question goes to the one
 * its words fit best, or to two joined on a key they share when it needs both; when two fit equally, the analyst
 * asks which. The answer says which dataset(s) it used.
 */
@ApplicationScoped
public class Readings {

    private static final int REMEMBERED = 32;

    private final ObjectMapper json;
    private final DistinctValues distinctValues;
    private final SharedKeys sharedKeys;
    private final Planner planner;
    private final FollowUp followUp;
    private final Deque<Reading> recent = new ArrayDeque<>();

    public Readings(ObjectMapper json, DistinctValues distinctValues, SharedKeys sharedKeys, Lexicon lexicon,
            Embeddings embeddings) {
        this.json = json;
        this.distinctValues = distinctValues;
        this.sharedKeys = sharedKeys;
        this.planner = new Planner(lexicon, embeddings);
        this.followUp = new FollowUp(planner);
    }

    /** A question, its current plan, and what it built on when it follows on from the chat's previous question. */
    public static final class Reading {
        private final Question question;
        private final String basis;
        private volatile Plan plan;
        private volatile int corrections;

        Reading(Question question, Plan plan, String basis) {
            this.question = question;
            this.plan = plan;
            this.basis = basis;
        }

        public Plan plan() {
            return plan;
        }

        /** "Following on from “…”: " before what was computed, when the question built on the previous one. */
        String interpretation(String computed) {
            return basis == null || computed.isEmpty() ? computed : basis + ": " + computed;
        }

        void replace(Plan replaced) {
            this.plan = replaced;
            this.corrections++;
        }

        /** Whether the plan was already corrected once. */
        boolean corrected() {
            return corrections > 0;
        }
    }

    Reading of(Question q) {
        synchronized (recent) {
            for (Reading r : recent) {
                if (r.question == q) {
                    return r;
                }
            }
        }
        Reading reading = q.datasets().isEmpty() ? new Reading(q, null, null) : read(q);
        synchronized (recent) {
            recent.addFirst(reading);
            if (recent.size() > REMEMBERED) {
                recent.removeLast();
            }
        }
        return reading;
    }

    /** The question read alone, or on from the chat's last answered question when it follows on from it. */
    private Reading read(Question q) {
        Conversation chat = new Conversation(text -> plan(new Question(text, q.datasets(), q.insights(), List.of())),
                followUp);
        Conversation.Turn turn = chat.next(chat.last(q.history()).orElse(null), q.text());
        // a refused follow-up already says what it followed on from, and why it stops there
        Plan plan = turn.basis() == null || !turn.plan().understood() ? turn.plan() : turn.plan().withNote(turn.basis() + ".");
        return new Reading(q, plan, turn.basis());
    }

    private Plan plan(Question q) {
        List<Catalog> catalogs = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (DatasetRecord d : q.datasets()) {
            Catalog catalog = distinctValues.complete(Catalog.of(d, json, planner.tokenizer()));
            catalogs.add(catalog);
            plans.add(planner.plan(q.text(), catalog));
        }
        if (plans.size() == 1) {
            return plans.get(0);
        }
        Plan best = null;
        int ties = 0;
        for (Plan p : plans) {
            int cmp = best == null ? 1 : compare(p, best);
            if (cmp == 0) {
                cmp = Boolean.compare(named(q, p), named(q, best)); // "how many customers": the customers table
            }
            if (cmp > 0) {
                best = p;
                ties = 0;
            } else if (cmp == 0) {
                ties++;
            }
        }
        Plan joined = best.ignored().isEmpty() ? null : joined(q, catalogs, plans);
        if (joined != null) {
            return joined;
        }
        if (ties > 0 && best.understood()) {
            List<String> names = plans.stream().filter(p -> compare(p, plans.get(0)) == 0 || p == plans.get(0))
                    .map(p -> p.catalog().displayName()).toList();
            return Plan.refuse(best.catalog(), List.of(), List.of("Several datasets fit this question ("
                    + String.join(", ", names) + "); name the one you mean."));
        }
        return best.withNote(otherTables(best, plans).orElse("Answered from " + best.catalog().displayName() + "."));
    }

    /**
     * The question read against each pair of datasets that share a key, joined: kept only when it is understood and
     * leaves fewer words aside than every single dataset does (a question one table answers stays with that table).
     */
    private Plan joined(Question q, List<Catalog> catalogs, List<Plan> singles) {
        int fewest = singles.stream().filter(Plan::understood).mapToInt(p -> p.ignored().size()).min()
                .orElse(Integer.MAX_VALUE);
        Plan best = null;
        String note = null;
        for (int i = 0; i < catalogs.size(); i++) {
            for (int j = i + 1; j < catalogs.size(); j++) {
                for (KeyJoin join : sharedKeys.between(catalogs.get(i), catalogs.get(j))) {
                    Plan p = planner.plan(q.text(), join.catalog(planner.tokenizer()));
                    if (p.understood() && p.ignored().size() < fewest && (best == null || compare(p, best) > 0)) {
                        best = p;
                        note = join.note();
                    }
                }
            }
        }
        return best == null ? null : best.withNote(note);
    }

    /**
     * When words the chosen dataset could not place name a column or a value of another dataset (one it shares no
     * key with, or whose join answered no better), the answer says so rather than answer from one table as if the
     * question fitted it.
     */
    private Optional<String> otherTables(Plan best, List<Plan> plans) {
        for (Plan other : plans) {
            List<String> theirs = best.ignored().stream().filter(w -> !other.ignored().contains(w) && other.catalog().holds(w))
                    .toList();
            if (other != best && !theirs.isEmpty()) {
                return Optional.of((best.understood() ? "Answered from " : "Read against ") + best.catalog().displayName()
                        + " alone: "
                        + String.join(", ", theirs.stream().map(w -> "“" + w + "”").toList()) + " belong"
                        + (theirs.size() == 1 ? "s" : "") + " to " + other.catalog().displayName()
                        + (sharedKeys.between(best.catalog(), other.catalog()).isEmpty()
                                ? ", and the two share no key to join them on."
                                : "; joined on the key they share, the question still does not fit."));
            }
        }
        return Optional.empty();
    }


    /** Understood beats not; fewer ignored words beat more; a plan using more columns beats one using fewer. */
    private static int compare(Plan a, Plan b) {
        if (a.understood() != b.understood()) {
            return a.understood() ? 1 : -1;
        }
        if (a.ignored().size() != b.ignored().size()) {
            return b.ignored().size() - a.ignored().size();
        }
        return Integer.compare(columnsUsed(a), columnsUsed(b));
    }

    /** Whether the question names the plan's dataset ("customers" for the table customers). */
    private boolean named(Question q, Plan p) {
        if (p.catalog().joined()) {
            return false;
        }
        List<String> words = List.of(p.catalog().table().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        return planner.tokenizer().tokens(q.text()).stream()
                .anyMatch(t -> words.stream().anyMatch(w -> w.length() >= 3 && (t.is(w) || w.startsWith(t.lower())
                        && t.lower().length() >= 4 && w.length() - t.lower().length() <= 2)));
    }

    private static int columnsUsed(Plan p) {
        return (p.measure() == null ? 0 : 1) + p.groups().size() + p.filters().size();
    }
}
