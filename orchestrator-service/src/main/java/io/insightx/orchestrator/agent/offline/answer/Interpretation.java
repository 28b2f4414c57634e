package io.insightx.orchestrator.agent.offline.answer;

import java.util.ArrayList;
import java.util.List;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.ShareOfRecorded;

/** One sentence, in the question's words where it has them, of what was computed: "Counted airports in AK". */
public final class Interpretation {

    private Interpretation() {
    }

    public static String of(Plan plan) {
        String what = switch (plan.kind()) {
            case HISTOGRAM -> "Drew the distribution of " + plan.measure().label();
            case CORRELATION -> "Measured the correlation between " + plan.measure().label() + " and " + plan.second().label();
            case DESCRIBE -> "Summarised " + plan.measure().label() + (plan.grouped() ? " (count, lowest, mean, median, highest)"
                    + " by " + String.join(" and ", plan.groups().stream().map(Group::label).toList()) : "");
            case ROWS -> "Found the " + (plan.limit() > 1 ? plan.limit() + " " : "") + things(plan, plan.limit() > 1)
                    + " with the " + edge(plan) + " " + plan.measure().label();
            case LOOKUP -> "Looked up " + plan.measure().label();
            case MATCHES -> "Listed the " + things(plan, true);
            case DIFFERENCE -> difference(plan);
            case CHANGE -> "Compared " + metric(plan) + " in " + plan.change().get(0).words() + " and "
                    + plan.change().get(1).words();
            case STEPS -> steps(plan);
            case MISSING -> "columns".equals(plan.entity()) ? "Counted the columns that miss values"
                    : plan.entity() != null ? "Counted the rows that miss at least one value"
                    : "Counted the missing values" + (plan.measure() == null ? " of every column" : " of "
                    + plan.measure().name());
            case TIME_RANGE -> "Found the first and last " + (plan.measure() != null ? plan.measure().name()
                    : plan.catalog().time().map(c -> c.name()).orElse("date"));
            case DATASET -> "Described the dataset from its profile";
            case SHAPE -> "Counted the rows and columns of " + plan.catalog().displayName();
            case COLUMNS -> plan.entity() != null ? "Listed the fields of the " + plan.entity() + " object"
                    : "Listed the columns of " + plan.catalog().displayName() + " and their types";
            case REFUSE -> "";
            default -> aggregate(plan);
        };
        List<String> parts = new ArrayList<>();
        parts.add(what);
        for (Filter f : plan.filters()) {
            if (plan.kind() != Plan.Kind.DIFFERENCE || twoSides(f).isEmpty()) {
                parts.add(f instanceof Filter.Values v ? values(v) : f.words());
            }
        }
        return String.join(" ", parts).strip() + (what.isEmpty() ? "" : ".");
    }

    /** "Subtracted the average price when it wasnt from that for cctv survey": the two sides as they were said. */
    private static String difference(Plan plan) {
        List<String> sides = plan.filters().stream().map(Interpretation::twoSides).filter(s -> !s.isEmpty())
                .findFirst().orElse(List.of("the second named", "the first"));
        return "Subtracted " + metric(plan) + " " + side(sides.get(1)) + " from that " + side(sides.get(0));
    }

    /** The two values, periods or sides of a yes/no a difference is taken between, or none. */
    private static List<String> twoSides(Filter f) {
        if (f instanceof Filter.Values v && !v.negated() && v.values().size() == 2) {
            return v.values();
        }
        return f instanceof Filter.AnyOf a && a.parts().size() == 2 ? a.parts().stream().map(Filter::words).toList()
                : List.of();
    }

    /** "for Phone", but "on saturdays" and "when it wasnt" as said. */
    private static String side(String words) {
        return words.matches("(?i)(in|on|at|during|when|with|without|for|from|over) .*") ? words : "for " + words;
    }

    /** "excluding online", "where channel is web"; a yes/no by its name: "excluding cancelled", never "true". */
    private static String values(Filter.Values v) {
        if (v.column().role() == ColumnRole.FLAG && v.values().size() == 1
                && v.values().get(0).matches("(?i)true|false")) {
            boolean yes = Boolean.parseBoolean(v.values().get(0)) != v.negated();
            return (yes ? "where " : v.excluding() ? "excluding " : "where not ") + v.column().label();
        }
        String which = v.negated() ? "excluding " : "where " + v.column().label() + " is ";
        return which + v.words().replace("other than ", "");
    }

    private static String steps(Plan plan) {
        String step = step(plan);
        List<Group> series = plan.groups().subList(0, plan.groups().size() - 1);
        String each = series.isEmpty() ? "" : " for each " + String.join(" and ", series.stream().map(Group::label).toList());
        if (plan.stepsCounted() != null) {
            return "Counted the " + step + "s in which " + metric(plan) + (plan.stepsCounted() == Plan.Direction.RISE
                    ? " rose" : " fell") + " from the " + step + " before" + each;
        }
        String compared = "Compared " + metric(plan) + " in each " + step + " with the " + step + " before" + each;
        return plan.limit() == null ? compared : compared + ", keeping the " + (plan.limit() == 1 ? ""
                : plan.limit() + " ") + (plan.descending() ? "biggest rise" : "biggest fall") + (plan.limit() == 1 ? "" : "s");
    }

    /** What one step of a {@link Plan.Kind#STEPS} plan is: "year", "month", or, of the data's own spacing, "reading". */
    static String step(Plan plan) {
        Group period = plan.groups().get(plan.groups().size() - 1);
        if (period.grain() != null) {
            return period.grain().words;
        }
        return period.column().role() == ColumnRole.YEAR ? "year" : "reading";
    }

    private static String aggregate(Plan plan) {
        StringBuilder base = new StringBuilder(figure(plan));
        // "Averaged rating and counted episodes by show"
        plan.also().forEach(other -> base.append(" and ").append(AnswerWriter.lower(figure(other))));
        List<String> labels = plan.groups().stream().map(Group::label).toList();
        if (plan.grouped() && plan.aggregate() == Aggregate.SHARE && labels.size() > 1) {
            // the share of each first group within each of the others ("by payment_method within each truck")
            base.append(" by ").append(labels.get(0)).append(" within each ")
                    .append(String.join(" and ", labels.subList(1, labels.size())));
        } else if (plan.grouped()) {
            base.append(" by ").append(String.join(" and ", labels));
        }
        if (plan.limit() != null) {
            base.append(", ").append(plan.limit() == 1 ? "keeping the " + (plan.descending() ? "highest" : "lowest")
                    : (plan.descending() ? "top " : "bottom ") + plan.limit());
        }
        return base.toString();
    }

    /** What one figure computes, without its groups: "Counted episodes", "Averaged rating". */
    private static String figure(Plan plan) {
        return plan.aggregate() == Aggregate.COUNT ? "Counted " + things(plan, true)
                : plan.aggregate() == Aggregate.SHARE ? "Computed the share (%) of " + (plan.measure() == null
                        ? things(plan, true) + recorded(plan) : plan.measure().label())
                : plan.distinctGrain() != null ? "Counted the distinct " + plan.distinctGrain().words + "s of " + plan.measure().name()
                : plan.aggregate() == Aggregate.COUNT_DISTINCT ? "Counted the distinct " + plan.measure().label() + " values"
                : plan.aggregate() == Aggregate.RATIO && plan.measure().quotient().perKey()
                        && plan.measure().quotient().divisor().role() == ColumnRole.TIME
                        ? "Averaged each day's total " + plan.measure().quotient().dividend().label()
                : plan.aggregate() == Aggregate.RATIO ? "Divided the total " + plan.measure().quotient().dividend().label()
                        + (plan.measure().quotient().perKey() ? " by the number of distinct " : " by the total ")
                        + plan.measure().quotient().divisor().label()
                : plan.aggregate().verb + " " + plan.measure().label();
    }

    /** " with a mock test result": the rows a share of one outcome is taken of, when most have none. */
    private static String recorded(Plan plan) {
        return ShareOfRecorded.of(plan).map(c -> " with a " + c.label()).orElse("");
    }

    /** "highest"/"lowest", or "latest"/"earliest" when the ranking is by time. */
    static String edge(Plan plan) {
        boolean time = plan.measure() != null && plan.measure().role().time();
        return plan.descending() ? (time ? "latest" : "highest") : (time ? "earliest" : "lowest");
    }

    static String metric(Plan plan) {
        if (plan.measure() == null) {
            return (plan.aggregate() == Aggregate.SHARE ? "the share of " : "the number of ") + things(plan, true);
        }
        return plan.aggregate() == Aggregate.COUNT ? "the number of " + things(plan, true)
                : "the " + plan.aggregate().words + " " + plan.measure().label();
    }

    static String things(Plan plan, boolean plural) {
        if (plan.entity() != null) {
            return plan.entity().toLowerCase(java.util.Locale.ROOT);
        }
        return plural ? "rows" : "row";
    }
}
