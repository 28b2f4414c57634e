package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A measure the data repeats on every row of a thing (a site's installed capacity on each daily reading, an
 * employee's hourly rate on each timesheet entry) is summed or averaged over the things, each once, never over the
 * rows that repeat it: the key is the finest column the data says it is constant on ({@link DataColumn#constantPer()}).
 */
public final class OncePerKey {

    private static final Set<Aggregate> FIGURES = Set.of(Aggregate.SUM, Aggregate.AVG, Aggregate.MEDIAN, Aggregate.SHARE);

    private OncePerKey() {
    }

    /** The key each of whose things counts once for the plan's figure, if the plan sums or averages such a measure. */
    public static Optional<DataColumn> key(Plan plan) {
        DataColumn measure = plan.measure();
        if (plan.kind() != Plan.Kind.AGGREGATE || measure == null || !FIGURES.contains(plan.aggregate())
                || measure.formula() != null) {
            return Optional.empty();
        }
        return measure.constantPer().stream()
                .map(name -> plan.catalog().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.comparingLong(DataColumn::distinct));
    }

    /**
     * The plan saying it counts each thing once; "avg hourly rate by department (count each employee once)" asked
     * for that in words, which grouped by the employee: the grouping goes, and "once" is answered.
     */
    static Plan applied(Plan plan) {
        DataColumn key = key(plan).orElse(null);
        if (key == null) {
            return plan;
        }
        Plan noted = plan.withNote(note(plan.measure(), key));
        if (!noted.ignored().contains("once")) {
            return noted;
        }
        String thing = key.words().isEmpty() ? key.name() : key.words().get(0);
        List<Group> kept = noted.groups().stream().filter(g -> g.grain() != null || g.column().words().isEmpty()
                || !g.column().words().get(0).equals(thing)).toList();
        List<String> ignored = noted.ignored().stream().filter(w -> !w.equals("once")).toList();
        return kept.size() < noted.groups().size() ? noted.regrouped(kept, ignored) : noted;
    }

    /** The note an answer so computed carries. */
    static String note(DataColumn measure, DataColumn key) {
        return measure.name() + " is the same on every row of a " + key.name() + ": each " + key.name()
                + " is counted once, not once per row.";
    }
}
