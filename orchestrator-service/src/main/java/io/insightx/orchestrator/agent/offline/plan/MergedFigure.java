package io.insightx.orchestrator.agent.offline.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * What a follow-up's answer computes: the previous plan's kind, aggregate, measure and ranking, as the fragment
 * changes them. A change the previous kind of answer cannot take is added to {@code unmerged}, to be reported.
 */
final class MergedFigure {

    private static final Set<Plan.Kind> AGGREGATED = EnumSet.of(Plan.Kind.AGGREGATE, Plan.Kind.ROWS, Plan.Kind.TREND,
            Plan.Kind.BAR, Plan.Kind.CHANGE, Plan.Kind.DIFFERENCE);

    private final Draft d;
    private final List<String> unmerged;
    Plan.Kind kind;
    Aggregate aggregate;
    DataColumn measure;
    boolean descending;
    Integer limit;
    boolean changed;

    MergedFigure(Draft d, List<String> unmerged, Plan previous) {
        this.d = d;
        this.unmerged = unmerged;
        this.kind = previous.kind();
        this.aggregate = previous.aggregate();
        this.measure = previous.measure();
        this.descending = previous.descending();
        this.limit = previous.limit();
    }

    /** "same for bill length": the new measure; a count becomes the measure's usual figure. */
    void remeasure(DataColumn replacing) {
        if (replacing == null) {
            return;
        }
        measure = replacing;
        changed = true;
        if (aggregate == Aggregate.COUNT || aggregate == Aggregate.COUNT_DISTINCT || aggregate == Aggregate.SHARE) {
            aggregate = replacing.role() == ColumnRole.MEASURE ? Aggregate.SUM : Aggregate.AVG;
            d.notes.add("Taking the " + aggregate.words + " of " + replacing.name() + ".");
        }
    }

    /** "what about the max?": the new aggregate; over ranked groups or rows, an edge turns the ranking round. */
    void reaggregate(Aggregate replacing, boolean grouped) {
        if (replacing == null || replacing == aggregate && kind != Plan.Kind.ROWS) {
            return;
        }
        boolean ranked = limit != null && (grouped || kind == Plan.Kind.ROWS);
        if (ranked && replacing.edge()) {
            descending = replacing == Aggregate.MAX;
            aggregate = kind == Plan.Kind.ROWS ? replacing : aggregate;
            changed = true;
            return;
        }
        if (!AGGREGATED.contains(kind) || replacing == Aggregate.SHARE || replacing == Aggregate.COUNT_DISTINCT) {
            unmerged.add(replacing.words);
            return;
        }
        if (replacing == Aggregate.COUNT) {
            DataColumn counts = Defaults.countLike(d);
            aggregate = counts == null ? Aggregate.COUNT : Aggregate.SUM;
            measure = counts;
        } else {
            DataColumn measured = measure != null ? measure : Defaults.onlyMeasure(d);
            if (measured == null || measured.role().labels() && !measured.numericType()) {
                unmerged.add(replacing.words); // "the average" of a count: the average of what is not said
                return;
            }
            measure = measured;
            aggregate = replacing;
        }
        if (kind == Plan.Kind.ROWS) {
            kind = Plan.Kind.AGGREGATE;
            limit = null;
            descending = false;
        }
        changed = true;
    }

    /** "the top 10 instead", "top 3 islands": the groups or rows ranked by the figure, so many of them. */
    void relimit(Integer replacing, boolean low, boolean grouped) {
        if (replacing == null) {
            return;
        }
        if (!grouped && kind != Plan.Kind.ROWS || kind != Plan.Kind.AGGREGATE && kind != Plan.Kind.ROWS) {
            unmerged.add("top " + replacing);
            return;
        }
        limit = replacing;
        descending = !low;
        changed = true;
    }
}
