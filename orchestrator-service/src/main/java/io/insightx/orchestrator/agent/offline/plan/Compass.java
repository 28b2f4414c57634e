package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "the northernmost zip code", "the westernmost airport": a superlative of the compass ranks the data's latitude
 * (north high, south low) or longitude (east high, west low), when it has exactly one of each.
 */
final class Compass {

    private record Edge(Set<String> axis, boolean high) {
    }

    static final Set<String> LATITUDE = Set.of("latitude", "lat");
    static final Set<String> LONGITUDE = Set.of("longitude", "lon", "lng", "long");
    private static final Map<String, Edge> EDGES = Map.of("northernmost", new Edge(LATITUDE, true),
            "southernmost", new Edge(LATITUDE, false), "easternmost", new Edge(LONGITUDE, true),
            "westernmost", new Edge(LONGITUDE, false));

    private Compass() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions) {
        for (Token t : r.tokens) {
            Edge edge = EDGES.get(t.lower());
            if (edge == null || r.used(t.index()) || mentions.stream().anyMatch(m -> m.tokens().contains(t.index()))) {
                continue;
            }
            List<DataColumn> axis = d.catalog.columns().stream().filter(c -> c.role().numeric() && !c.role().time()
                    && c.words().stream().anyMatch(edge.axis()::contains)).toList();
            if (axis.size() != 1) {
                return Optional.empty();
            }
            d.superlative = true;
            d.aggregate = edge.high() ? Aggregate.MAX : Aggregate.MIN;
            d.low |= !edge.high();
            return Optional.of(new ColumnMention(axis.get(0), List.of(t.index()), 1.0, true, List.of()));
        }
        return Optional.empty();
    }
}
