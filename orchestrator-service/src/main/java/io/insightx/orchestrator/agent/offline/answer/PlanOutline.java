package io.insightx.orchestrator.agent.offline.answer;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.Plan;

/**
 * A plan as the parts a person can change and ask again (the workspace shows them as chips): the aggregate, the
 * measure, the groups and each filter in words, for example
 * {@code {"aggregate":"avg","measure":"temp_max","groups":["weather"],"filters":[{"column":"date","text":"in 2014"}]}}.
 * Only a figure per group has such parts; any other plan (rows, a histogram, a ranking cut to a few) has none.
 */
public final class PlanOutline {

    private static final Set<Plan.Kind> FIGURES = Set.of(Plan.Kind.AGGREGATE, Plan.Kind.BAR, Plan.Kind.TREND);
    private static final Set<Aggregate> CHANGEABLE = Set.of(Aggregate.COUNT, Aggregate.SUM, Aggregate.AVG,
            Aggregate.MEDIAN, Aggregate.MIN, Aggregate.MAX);

    private PlanOutline() {
    }

    /** The outline, or null when the plan is not one figure per group that the chips can say again whole. */
    public static JsonNode of(Plan plan) {
        boolean measured = plan.measure() != null || plan.aggregate() == Aggregate.COUNT;
        if (!FIGURES.contains(plan.kind()) || !CHANGEABLE.contains(plan.aggregate()) || !measured
                || plan.limit() != null || plan.distinctGrain() != null) {
            return null;
        }
        ObjectNode outline = JsonNodeFactory.instance.objectNode();
        outline.put("aggregate", plan.aggregate().name().toLowerCase(Locale.ROOT));
        if (plan.measure() != null && plan.aggregate() != Aggregate.COUNT) {
            outline.put("measure", plan.measure().name());
        }
        ArrayNode groups = outline.putArray("groups");
        plan.groups().stream().map(Group::label).forEach(groups::add);
        ArrayNode filters = outline.putArray("filters");
        for (Filter filter : plan.filters()) {
            filters.addObject().put("column", filter.column().name()).put("text", words(filter));
        }
        return outline;
    }

    /** A filter as a question would say it again: "in 2014", "where weather is rain", "excluding sun". */
    private static String words(Filter filter) {
        if (filter instanceof Filter.Values values) {
            return values.negated() ? "excluding " + values.words().replace("other than ", "")
                    : "where " + values.column().name() + " is " + values.words();
        }
        return filter.words();
    }
}
