package io.insightx.orchestrator.agent.offline.answer;

import java.util.ArrayList;
import java.util.List;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Questions this dataset can answer, built from its columns' roles: a measure by a category with few values, its
 * trend when there is time, a count per category, the top entities by a measure, a distribution.
 */
public final class Suggestions {

    private static final int MAX_GROUPS = 30;

    private Suggestions() {
    }

    public static List<String> of(Catalog catalog) {
        List<DataColumn> measures = catalog.with(ColumnRole.MEASURE, ColumnRole.LEVEL);
        List<DataColumn> categories = catalog.with(ColumnRole.CATEGORY, ColumnRole.FLAG).stream()
                .filter(c -> c.distinct() > 1 && c.distinct() <= MAX_GROUPS).toList();
        List<DataColumn> names = catalog.with(ColumnRole.NAME);
        List<String> ideas = new ArrayList<>();
        DataColumn measure = measures.isEmpty() ? null : measures.get(0);
        if (measure != null && !categories.isEmpty()) {
            ideas.add(aggregate(measure) + " " + measure.label() + " by " + categories.get(0).label());
        }
        if (measure != null && catalog.time().isPresent()) {
            ideas.add("trend of " + measure.label() + " by year");
        }
        if (!categories.isEmpty()) {
            ideas.add("how many rows per " + categories.get(categories.size() > 1 ? 1 : 0).label());
        }
        if (measure != null && !names.isEmpty()) {
            ideas.add("top 5 " + names.get(0).label() + " by " + measure.label());
        } else if (measure != null && !categories.isEmpty()) {
            ideas.add("which " + categories.get(0).label() + " has the highest " + aggregate(measure) + " " + measure.label());
        }
        if (measures.size() >= 2) {
            ideas.add("correlation between " + measures.get(0).label() + " and " + measures.get(1).label());
        } else if (measure != null) {
            ideas.add("histogram of " + measure.label());
        }
        if (ideas.size() < 3) {
            ideas.add("which columns have missing values");
        }
        return ideas.subList(0, Math.min(5, ideas.size()));
    }

    private static String aggregate(DataColumn measure) {
        return measure.role() == ColumnRole.MEASURE ? "total" : "average";
    }

    public static String markdown(Catalog catalog) {
        return "You could ask, for example:\n\n" + String.join("\n", of(catalog).stream().map(i -> "- " + i).toList());
    }
}
