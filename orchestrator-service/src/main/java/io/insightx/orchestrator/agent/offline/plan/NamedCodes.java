package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Groups of codes shown with the names they stand for: "per species" over gap_species_code ("aAMBUx") is grouped by
 * common_name too ("American Bullfrog"), named first. A name column stands for a code column when both have the same
 * number of values, the same counts of their most common values (one name per code), the names are written as
 * words (with spaces) and the codes as codes. Names with a key of their own are grouped by the key ({@link #byKey}).
 */
final class NamedCodes {

    private NamedCodes() {
    }

    static List<Group> withNames(Catalog catalog, List<Group> groups) {
        List<Group> named = new ArrayList<>();
        for (Group asked : groups) {
            Group g = byKey(catalog, asked, groups);
            DataColumn name = g.grain() == null ? nameOf(catalog, g.column(), groups) : null;
            if (name != null) {
                named.add(new Group(name, null));
            }
            named.add(g);
        }
        return named;
    }

    /**
     * A group by names that have a key of their own is a group by the key ("per walker" of walker_name by walker_id),
     * each named in its most common spelling: one walker written "Bob Kowalski" and "Robert Kowalski" is one group.
     */
    private static Group byKey(Catalog catalog, Group g, List<Group> groups) {
        if (g.grain() != null || g.sides() != null) {
            return g;
        }
        return catalog.keyOf(g.column()).filter(k -> groups.stream().noneMatch(o -> o.column().equals(k)))
                .map(k -> new Group(k, null)).orElse(g);
    }

    private static DataColumn nameOf(Catalog catalog, DataColumn code, List<Group> groups) {
        if (!code.role().labels() || code.distinct() < 2 || !codes(code) || counts(code).isEmpty()) {
            return null;
        }
        for (DataColumn c : catalog.columns()) {
            boolean grouped = groups.stream().anyMatch(g -> g.column().equals(c));
            if (!c.equals(code) && !grouped && (c.role().labels() || c.role() == ColumnRole.NAME)
                    && c.distinct() == code.distinct() && spaced(c) && counts(c).equals(counts(code))) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the column holds codes: named so ("species_code", "state_abbr"), or most values written as no word is
     * ("aAMBUx", "H4AL03061", "DEM"), never "North" or "Red Fox".
     */
    private static boolean codes(DataColumn c) {
        if (c.words().stream().anyMatch(CODE_WORDS::contains)) {
            return !spaced(c);
        }
        long coded = c.values().stream().filter(v -> v.matches("[A-Za-z0-9_-]+")
                && (v.matches(".*\\d.*") || v.matches(".*[a-z][A-Z].*") || v.matches("[A-Z]{2,5}"))).count();
        return !c.values().isEmpty() && coded * 2 > c.values().size();
    }

    private static final java.util.Set<String> CODE_WORDS = java.util.Set.of("code", "codes", "id", "abbr",
            "abbreviation", "symbol", "key", "iso", "fips");

    /** Whether most of the column's profiled values are words with spaces ("American Robin"). */
    private static boolean spaced(DataColumn c) {
        long spaced = c.values().stream().filter(v -> v.strip().contains(" ")).count();
        return !c.values().isEmpty() && spaced * 2 > c.values().size();
    }

    /** The counts of the column's most common values, largest first. */
    private static List<Long> counts(DataColumn c) {
        List<Long> counts = new ArrayList<>(c.valueCounts().values());
        counts.sort(java.util.Comparator.reverseOrder());
        return counts;
    }
}
