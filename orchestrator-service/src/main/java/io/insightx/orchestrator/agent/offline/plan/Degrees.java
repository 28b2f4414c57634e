package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The column a number of degrees is about: with a compass word a latitude ("between 35 and 40 degrees north") or a
 * longitude ("west of 100 degrees W", which is -100), else a temperature ("days above 30 degrees"). Of a high and a
 * low temperature, a day is above a number when its high is, and below when its low is.
 */
final class Degrees {

    private static final Set<String> UNITS = Set.of("degrees", "degree", "deg", "°", "°c", "°f", "celsius", "fahrenheit");
    private static final Set<String> TEMPERATURE = Set.of("temp", "temps", "temperature", "temperatures", "tmax", "tmin",
            "tavg", "celsius", "fahrenheit");
    private static final Set<String> NORTH_SOUTH = Set.of("north", "south", "n", "s", "latitude", "lat");
    private static final Set<String> EAST_WEST = Set.of("east", "west", "e", "w", "longitude", "lon", "lng", "long");
    private static final Set<String> NEGATIVE = Set.of("south", "west", "s", "w");
    private static final Set<String> HIGH = Set.of("max", "maximum", "high", "hi", "tmax");
    private static final Set<String> LOW = Set.of("min", "minimum", "low", "lo", "tmin");
    private static final Set<String> MIDDLE = Set.of("avg", "average", "mean", "tavg");

    /** The column, and whether the number is negative on it (degrees west or south). */
    record Target(DataColumn column, boolean negative, String note) {
    }

    private Degrees() {
    }

    static boolean unit(Token t) {
        return t.isAny(UNITS);
    }

    static Target target(Catalog catalog, Reading r, Comparison c) {
        Token compass = compass(r, c);
        List<DataColumn> numeric = catalog.columns().stream().filter(col -> col.role().numeric() && !col.role().time())
                .toList();
        if (compass != null) {
            Set<String> axis = compass.isAny(NORTH_SOUTH) ? Compass.LATITUDE : Compass.LONGITUDE;
            List<DataColumn> axes = numeric.stream().filter(col -> col.words().stream().anyMatch(axis::contains)).toList();
            if (axes.size() != 1) {
                return null;
            }
            // "40 degrees south" is -40; "west of 100" is west of 100°W, unless the data holds only the 100 as written
            boolean hemisphere = compass.index() > c.unit() && c.unit() >= 0;
            boolean asWritten = holds(axes.get(0), c.lo()) && !holds(axes.get(0), -c.lo());
            boolean negative = compass.isAny(NEGATIVE) && c.lo() > 0 && (hemisphere || !asWritten);
            return new Target(axes.get(0), negative, null);
        }
        List<DataColumn> temperatures = numeric.stream().filter(Degrees::temperature).toList();
        if (temperatures.size() == 1) {
            return new Target(temperatures.get(0), false, null);
        }
        Set<String> end = c.op().startsWith(">") ? HIGH : c.op().startsWith("<") ? LOW : MIDDLE;
        List<DataColumn> ends = temperatures.stream().filter(col -> col.words().stream().anyMatch(end::contains)).toList();
        if (ends.size() != 1) {
            return null;
        }
        String side = end == HIGH ? "high" : end == LOW ? "low" : "average";
        return new Target(ends.get(0), false, "Taking " + ends.get(0).name() + " for '" + Planner.words(r, c.tokens())
                + "' (its " + side + " temperature).");
    }

    private static boolean holds(DataColumn col, double value) {
        var min = col.dna().path("min");
        var max = col.dna().path("max");
        return min.isNumber() && max.isNumber() && min.asDouble() <= value && value <= max.asDouble();
    }

    private static boolean temperature(DataColumn col) {
        String unit = col.unit() == null ? "" : col.unit().toLowerCase(java.util.Locale.ROOT);
        return col.words().stream().anyMatch(TEMPERATURE::contains) || unit.matches("°?[cf]|deg[cf]?|degrees.*");
    }

    /** The words of the axis a compass word is on: latitude for north and south, longitude for east and west. */
    static Set<String> axis(Token compass) {
        return compass.isAny(NORTH_SOUTH) ? Compass.LATITUDE : Compass.LONGITUDE;
    }

    static boolean compassWord(Token t) {
        return t.lower().length() > 1 && (t.isAny(NORTH_SOUTH) || t.isAny(EAST_WEST));
    }

    /** The compass word just after the unit ("40 degrees north", "100 degrees W") or before "of" ("north of 60"). */
    private static Token compass(Reading r, Comparison c) {
        Token after = r.at(c.unit() + 1);
        if (after != null && (after.isAny(NORTH_SOUTH) || after.isAny(EAST_WEST))) {
            r.use(after.index());
            return after;
        }
        Token first = r.at(c.tokens().get(0));
        return first != null && compassWord(first) ? first : null;
    }
}
