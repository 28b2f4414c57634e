package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A measure the data repeats on every row of a thing it follows over time (a site's installed capacity on each daily
 * reading) is summed or averaged over the things, each once, never over the rows that repeat it: the key is the finest
 * column the data says it is constant on ({@link DataColumn#snapshotsOf()}). Over events (an employee's timesheet
 * entries, a product's order lines) a total of what a thing has still counts each thing once ("total seats by floor"
 * over bookings of rooms); any other figure stays one per row unless the question says "each employee once".
 */
public final class OncePerKey {

    private static final Set<Aggregate> FIGURES = Set.of(Aggregate.SUM, Aggregate.AVG, Aggregate.MEDIAN, Aggregate.SHARE);

    private OncePerKey() {
    }

    /** The key each of whose things counts once for the plan's figure, if the plan sums or averages such a measure. */
    public static Optional<DataColumn> key(Plan plan) {
        // "number of units and their total floor area": the other figure's key, whose things the first counts
        Optional<DataColumn> own = figureKey(plan);
        return own.isPresent() ? own
                : plan.also().stream().map(OncePerKey::figureKey).flatMap(Optional::stream).findFirst();
    }

    private static Optional<DataColumn> figureKey(Plan plan) {
        DataColumn measure = plan.measure();
        if (plan.kind() != Plan.Kind.AGGREGATE || measure == null || !FIGURES.contains(plan.aggregate())
                || measure.formula() != null) {
            return Optional.empty();
        }
        Optional<DataColumn> snapshots = measure.snapshotsOf().stream()
                .flatMap(name -> plan.catalog().column(name).stream())
                .max(java.util.Comparator.comparingLong(DataColumn::distinct));
        if (snapshots.isPresent()) {
            return snapshots;
        }
        // "each oven with its capacity": grouped by the thing a figure is constant on, each thing's one value
        Optional<DataColumn> grouped = plan.groups().stream()
                .filter(g -> g.grain() == null && measure.constantPer().contains(g.column().name()))
                .map(Group::column).findFirst();
        if (grouped.isPresent() || plan.aggregate() != Aggregate.SUM || !stock(measure, plan.catalog())) {
            return grouped;
        }
        // "total seats by floor", "prize pool by season": a thing's seats or prize pool added once per thing, never
        // once per booking or match that repeats it
        return measure.constantPer().stream().flatMap(name -> plan.catalog().column(name).stream())
                .max(java.util.Comparator.comparingLong(DataColumn::distinct));
    }

    /** Words of what a thing has, not what each of its rows adds: seats, capacity, a prize pool, followers, floor area. */
    private static final Set<String> STOCKS = Set.of("capacity", "seats", "seat", "pool", "followers", "subscribers",
            "members", "area", "sqft", "sqm", "acres", "size", "power", "beds", "rooms", "employees", "headcount",
            "population", "limit", "budget");

    /**
     * A figure of what a thing has (a room's seats, a tournament's prize pool), or a level: never one each row adds
     * again, such as a fine of a violation's type or a route's distance sailed on each crossing.
     */
    private static boolean stock(DataColumn measure, io.insightx.orchestrator.agent.offline.link.Catalog catalog) {
        return measure.role() == ColumnRole.LEVEL || measure.words().stream().anyMatch(STOCKS::contains)
                || namedAfterItsThing(measure, catalog);
    }

    /**
     * "salon_tables" constant on salon, "clinic_chairs" on clinic: a count of things, named in the plural after the
     * thing it is constant on, is what that thing has, whatever the word for it. A fine named after a violation's type
     * ("violation_fine_usd") is what each citation adds.
     */
    private static boolean namedAfterItsThing(DataColumn measure,
            io.insightx.orchestrator.agent.offline.link.Catalog catalog) {
        List<String> words = measure.words();
        return words.size() >= 2 && measure.integer() && DataColumn.pluralHead(words)
                && measure.constantPer().stream().flatMap(name -> catalog.column(name).stream())
                        .anyMatch(key -> !key.words().isEmpty() && key.words().get(0).equals(words.get(0)));
    }

    /**
     * The plan saying it counts each thing once; "avg hourly rate by department (count each employee once)" asked
     * for that in words, which grouped by the employee: the grouping goes, and "once" is answered.
     */
    static Plan applied(Plan plan) {
        Plan asked = plan.ignored().contains("once") ? once(plan) : plan;
        return key(asked).map(k -> asked.withNote(note(asked.measure(), k))).orElse(asked);
    }

    /**
     * Over events, where the data does not make each thing once by itself: "count each employee once" makes it so
     * for a measure constant on the employee, the measure then read as that employee's snapshot.
     */
    private static Plan once(Plan plan) {
        DataColumn measure = plan.measure();
        if (measure == null || measure.constantPer().isEmpty()) {
            return plan;
        }
        List<String> thing = measure.constantPer().stream().map(name -> plan.catalog().columns().stream()
                .filter(c -> c.name().equals(name) && !c.words().isEmpty()).map(c -> c.words().get(0)).findFirst().orElse(name))
                .toList();
        List<Group> kept = plan.groups().stream().filter(g -> g.grain() != null || g.column().words().isEmpty()
                || !thing.contains(g.column().words().get(0))).toList();
        List<String> ignored = plan.ignored().stream().filter(w -> !w.equals("once")).toList();
        return plan.regrouped(eachOnce(measure, measure.constantPer()), kept, ignored);
    }

    /** The measure read once per thing of the keys it is constant on, as a snapshot of each. */
    static DataColumn eachOnce(DataColumn measure, List<String> keys) {
        com.fasterxml.jackson.databind.node.ObjectNode dna = (com.fasterxml.jackson.databind.node.ObjectNode) measure.dna().deepCopy();
        keys.forEach(dna.putArray("snapshotsOf")::add);
        return measure.withDna(dna);
    }

    /** The note an answer so computed carries. */
    static String note(DataColumn measure, DataColumn key) {
        return measure.name() + " is the same on every row of a " + key.name() + ": each " + key.name()
                + " is counted once, not once per row.";
    }
}
