package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/** "campaign-days", "store weeks": a label and a period of the time column, one value counted once per pair. */
final class Pairs {

    private static final Set<Grain> SPANS = Set.of(Grain.HOUR, Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR);

    private Pairs() {
    }

    /** The pair as one column, or null when the grain is no span of time ("weekday"). */
    static DataColumn of(DataColumn label, DataColumn time, Grain grain, String said) {
        if (!SPANS.contains(grain)) {
            return null;
        }
        String period = grain == Grain.DAY ? "CAST(" + time.sql() + " AS DATE)"
                : "date_trunc('" + grain.name().toLowerCase(Locale.ROOT) + "', " + time.sql() + ")";
        return new DataColumn(said, "STRUCT", ColumnRole.IDENTIFIER, List.of(said), null, List.of(), Set.of(),
                JsonNodeFactory.instance.objectNode().put("semanticType", "identifier"), null,
                "(" + label.sql() + ", " + period + ")");
    }
}
