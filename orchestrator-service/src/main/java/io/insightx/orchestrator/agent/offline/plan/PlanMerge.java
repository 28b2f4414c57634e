package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A follow-up's fragment merged into the previous plan by role: a filter on a column the plan filtered replaces that
 * filter (a period replaces the period), one on another column is added; a group is added ("and by island") or
 * replaces the groups ("by year instead"); an aggregate or a measure replaces the plan's. A part the previous kind of
 * answer cannot take is reported, and a fragment that changes nothing is refused: the previous answer is never given
 * again as if it answered the new question.
 */
final class PlanMerge {

    /** The words that only say how the fragment relates to the question before it. */
    static final Set<String> MARKERS = Set.of("only", "instead", "same", "too", "also", "well", "again", "rather",
            "now", "just", "but", "plus");
    /** Kinds computed from an aggregate of a measure, which a fragment can regroup, refilter or remeasure. */
    private static final Set<Plan.Kind> FIGURES = EnumSet.of(Plan.Kind.AGGREGATE, Plan.Kind.ROWS, Plan.Kind.DESCRIBE,
            Plan.Kind.HISTOGRAM, Plan.Kind.TREND, Plan.Kind.BAR, Plan.Kind.CHANGE, Plan.Kind.DIFFERENCE,
            Plan.Kind.LOOKUP);
    private static final Set<Plan.Kind> GROUPED = EnumSet.of(Plan.Kind.AGGREGATE, Plan.Kind.DESCRIBE, Plan.Kind.TREND,
            Plan.Kind.BAR);

    private final Reading r;
    private final Draft d;
    private final boolean adds;
    private final List<String> unmerged = new ArrayList<>();

    PlanMerge(Reading r, Draft d, boolean adds) {
        this.r = r;
        this.d = d;
        this.adds = adds;
    }

    /** Whether a plan computes figures a fragment can build on (not a refusal, nor a question about the dataset). */
    static boolean buildsOn(Plan p) {
        return FIGURES.contains(p.kind());
    }

    Plan into(Plan previous, String previousQuestion) {
        String basis = FollowUp.basis(previousQuestion);
        if (!buildsOn(previous)) {
            String answered = previous.understood() ? "answered from the dataset's profile" : "could not answer";
            return Plan.refuse(previous.catalog(), ignored(List.of()),
                    List.of(basis + ", which I " + answered + ": ask the whole question."));
        }
        Plan.Kind kind = previous.kind();
        List<Filter> filters = new ArrayList<>(previous.filters());
        List<Group> groups = new ArrayList<>(previous.groups());
        for (Filter f : d.filters) {
            filters.removeIf(p -> sameColumn(p, f));
            filters.add(f);
        }
        List<Group> regroup = new ArrayList<>(d.groups);
        List<DataColumn> numeric = new ArrayList<>();
        for (DataColumn c : d.measures) {
            if (c.role().numeric()) {
                numeric.add(c);
            } else if (c.role().labels()) {
                regroup.add(new Group(c, null)); // "what about island?": a column of names is what the figures split by
            } else {
                unmerged.add(c.name());
            }
        }
        if (!regroup.isEmpty() && GROUPED.contains(kind)) {
            if (!adds) {
                groups.clear();
            }
            for (Group g : regroup) {
                if (!groups.contains(g)) {
                    groups.add(g);
                }
                // the groups now show each value of the column a value filter had kept to one
                filters.removeIf(f -> f instanceof Filter.Values v && !v.negated() && v.column().equals(g.column()));
            }
        } else {
            regroup.forEach(g -> unmerged.add(g.label()));
        }
        MergedFigure figure = new MergedFigure(d, unmerged, previous);
        figure.remeasure(numeric.isEmpty() ? null : numeric.get(0));
        figure.reaggregate(d.countWords && d.aggregate == null ? Aggregate.COUNT : d.aggregate, !groups.isEmpty());
        figure.relimit(d.limit, d.low, !groups.isEmpty());
        boolean changed = !d.filters.isEmpty() || !regroup.isEmpty() && unmerged.isEmpty() || figure.changed;
        if (!changed) {
            String why = unmerged.isEmpty() ? ""
                    : " (" + String.join(", ", unmerged) + " cannot be changed in that answer)";
            return Plan.refuse(previous.catalog(), ignored(List.of()),
                    List.of(basis + ", I could not tell what to change in it" + why + ": ask the whole question."));
        }
        if (!groups.equals(previous.groups())) {
            Draft totals = new Draft(d.catalog);
            totals.filters.addAll(filters);
            Defaults.excludeTotals(totals);
            filters = totals.filters;
            d.notes.addAll(totals.notes);
        }
        List<String> notes = new ArrayList<>(previous.notes());
        d.notes.stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        boolean sameFigure = figure.aggregate == previous.aggregate() && figure.measure == previous.measure();
        return new Plan(figure.kind, previous.catalog(), figure.aggregate, figure.measure, previous.second(),
                List.copyOf(groups), List.copyOf(filters), figure.descending, figure.limit, previous.change(),
                previous.entity(), ignored(previous.ignored()), notes, previous.guessed() || d.guessed(),
                sameFigure ? previous.distinctGrain() : null, previous.python(), previous.stepsCounted(),
                sameFigure && figure.kind == Plan.Kind.AGGREGATE && figure.limit == null ? previous.also() : List.of());
    }

    /** A filter the new one replaces: on the same column, or either on time (a new period replaces the period). */
    private static boolean sameColumn(Filter old, Filter replacing) {
        return old.column().equals(replacing.column())
                || old.column().role().time() && replacing.column().role().time();
    }

    /** The previous plan's words left aside, the fragment's and every part that could not be merged. */
    private List<String> ignored(List<String> before) {
        List<String> all = new ArrayList<>(before);
        d.unplaced.forEach(i -> all.add(r.at(i).text()));
        r.ignored().stream().filter(w -> !all.contains(w)).forEach(all::add);
        unmerged.stream().filter(w -> !all.contains(w)).forEach(all::add);
        return all;
    }
}
