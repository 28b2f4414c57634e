package io.insightx.orchestrator.agent.offline.plan;

import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * "completed jobs", "drivetrain work", "warranty tasks": a word for work done, right after a value or yes/no said of
 * the rows, is the rows themselves in a dataset that names no column or value by it. Anywhere else ("how many jobs"
 * of a staff list) it is left to be reported, since it may name something the data does not hold.
 */
final class WorkNoun {

    private static final Set<String> WORK = Set.of("job", "jobs", "work", "task", "tasks");

    private WorkNoun() {
    }

    /** Whether the word is one for work done that no column or value of the data names. */
    static boolean rows(Draft d, Token t) {
        return t.isAny(WORK) && !d.catalog.holds(t);
    }

    static void read(Reading r, Draft d) {
        for (Token t : r.tokens) {
            int i = t.index();
            if (r.free(i) && rows(d, t) && i > 0 && r.used(i - 1) && !r.at(i - 1).isNumber()) {
                r.use(i);
                d.entity = d.entity != null ? d.entity : t.text();
            }
        }
    }
}
