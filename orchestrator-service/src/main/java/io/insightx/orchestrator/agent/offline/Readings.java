package io.insightx.orchestrator.agent.offline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DistinctValues;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.persistence.DatasetRecord;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Questions read against their session's datasets, remembered by identity so that each agent call of one answer
 * reuses the reading (and a self-correction replaces its plan). With several datasets the question goes to the one
 * its words fit best; when two fit equally, the analyst asks which.
 */
@ApplicationScoped
public class Readings {

    private static final int REMEMBERED = 32;

    private final ObjectMapper json;
    private final DistinctValues distinctValues;
    private final Planner planner;
    private final Deque<Reading> recent = new ArrayDeque<>();

    public Readings(ObjectMapper json, DistinctValues distinctValues, Lexicon lexicon) {
        this.json = json;
        this.distinctValues = distinctValues;
        this.planner = new Planner(lexicon);
    }

    /** A question and its current plan. */
    public static final class Reading {
        private final Question question;
        private volatile Plan plan;
        private volatile int corrections;

        Reading(Question question, Plan plan) {
            this.question = question;
            this.plan = plan;
        }

        public Plan plan() {
            return plan;
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
        Reading reading = new Reading(q, q.datasets().isEmpty() ? null : plan(q));
        synchronized (recent) {
            recent.addFirst(reading);
            if (recent.size() > REMEMBERED) {
                recent.removeLast();
            }
        }
        return reading;
    }

    private Plan plan(Question q) {
        List<Plan> plans = new ArrayList<>();
        for (DatasetRecord d : q.datasets()) {
            Catalog catalog = distinctValues.complete(Catalog.of(d, json, planner.tokenizer()));
            plans.add(planner.plan(q.text(), catalog));
        }
        if (plans.size() == 1) {
            return plans.get(0);
        }
        Plan best = null;
        int ties = 0;
        for (Plan p : plans) {
            int cmp = best == null ? 1 : compare(p, best);
            if (cmp > 0) {
                best = p;
                ties = 0;
            } else if (cmp == 0) {
                ties++;
            }
        }
        if (ties > 0 && best.understood()) {
            List<String> names = plans.stream().filter(p -> compare(p, plans.get(0)) == 0 || p == plans.get(0))
                    .map(p -> p.catalog().displayName()).toList();
            return Plan.refuse(best.catalog(), List.of(), List.of("Several datasets fit this question ("
                    + String.join(", ", names) + "); name the one you mean."));
        }
        List<String> notes = new ArrayList<>(best.notes());
        notes.add("Answered from " + best.catalog().displayName() + ".");
        return new Plan(best.kind(), best.catalog(), best.aggregate(), best.measure(), best.second(), best.groups(),
                best.filters(), best.descending(), best.limit(), best.change(), best.entity(), best.ignored(), notes,
                best.guessed(), best.distinctGrain());
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

    private static int columnsUsed(Plan p) {
        return (p.measure() == null ? 0 : 1) + p.groups().size() + p.filters().size();
    }
}
