package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * Units of mass, length and time, so that a number said in one is compared in the column's: "heavier than 5 kg" over
 * body_mass_g is 5000 (it was 5 g, every penguin).
 */
final class Units {

    private record Unit(String dimension, double base) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("mg", new Unit("mass", 0.001)), Map.entry("g", new Unit("mass", 1)),
            Map.entry("gram", new Unit("mass", 1)), Map.entry("grams", new Unit("mass", 1)),
            Map.entry("kg", new Unit("mass", 1000)), Map.entry("kilogram", new Unit("mass", 1000)),
            Map.entry("kilograms", new Unit("mass", 1000)), Map.entry("tonne", new Unit("mass", 1_000_000)),
            Map.entry("tonnes", new Unit("mass", 1_000_000)), Map.entry("lb", new Unit("mass", 453.59237)),
            Map.entry("lbs", new Unit("mass", 453.59237)), Map.entry("pounds", new Unit("mass", 453.59237)), Map.entry("oz", new Unit("mass", 28.349523)),
            Map.entry("mm", new Unit("length", 0.001)), Map.entry("cm", new Unit("length", 0.01)),
            Map.entry("m", new Unit("length", 1)), Map.entry("meter", new Unit("length", 1)),
            Map.entry("meters", new Unit("length", 1)), Map.entry("metres", new Unit("length", 1)),
            Map.entry("km", new Unit("length", 1000)), Map.entry("ft", new Unit("length", 0.3048)),
            Map.entry("feet", new Unit("length", 0.3048)), Map.entry("mi", new Unit("length", 1609.344)),
            Map.entry("miles", new Unit("length", 1609.344)), Map.entry("sec", new Unit("time", 1)),
            Map.entry("secs", new Unit("time", 1)), Map.entry("seconds", new Unit("time", 1)),
            Map.entry("min", new Unit("time", 60)), Map.entry("minute", new Unit("time", 60)),
            Map.entry("mins", new Unit("time", 60)), Map.entry("minutes", new Unit("time", 60)),
            Map.entry("h", new Unit("time", 3600)), Map.entry("hr", new Unit("time", 3600)),
            Map.entry("hrs", new Unit("time", 3600)), Map.entry("hour", new Unit("time", 3600)),
            Map.entry("hours", new Unit("time", 3600)), Map.entry("wh", new Unit("energy", 1)),
            Map.entry("kwh", new Unit("energy", 1000)), Map.entry("mwh", new Unit("energy", 1_000_000)),
            Map.entry("gwh", new Unit("energy", 1_000_000_000)), Map.entry("kw", new Unit("power", 1000)),
            Map.entry("mw", new Unit("power", 1_000_000)), Map.entry("gw", new Unit("power", 1_000_000_000)),
            Map.entry("watts", new Unit("power", 1)), Map.entry("kilowatts", new Unit("power", 1000)),
            Map.entry("megawatts", new Unit("power", 1_000_000)), Map.entry("ml", new Unit("volume", 0.001)),
            Map.entry("l", new Unit("volume", 1)), Map.entry("liter", new Unit("volume", 1)),
            Map.entry("liters", new Unit("volume", 1)), Map.entry("litre", new Unit("volume", 1)),
            Map.entry("litres", new Unit("volume", 1)), Map.entry("gallons", new Unit("volume", 3.785411784)));

    /**
     * Nouns for a quantity of one dimension, whatever the column holding it is called: "output" or "generation" of
     * energy_kwh, "distance" of trip_km, "weight" of parcel_lb.
     */
    private static final Map<String, String> DIMENSION_NOUNS = Map.ofEntries(
            Map.entry("energy", "energy"), Map.entry("electricity", "energy"), Map.entry("output", "energy"),
            Map.entry("generation", "energy"), Map.entry("production", "energy"), Map.entry("consumption", "energy"),
            Map.entry("usage", "energy"), Map.entry("distance", "length"), Map.entry("mileage", "length"),
            Map.entry("weight", "mass"), Map.entry("mass", "mass"), Map.entry("duration", "time"));

    /** Nouns for an amount counted in one unit: "tonnage" is a weight in tonnes. */
    private static final Map<String, String> UNIT_NOUNS = Map.of("tonnage", "tonnes", "kilometrage", "km");

    private Units() {
    }

    /** What a number said in {@code said} is multiplied by to be in the column's unit; 1 when either is not known. */
    static double factor(String said, DataColumn column) {
        Unit from = UNITS.get(said);
        String known = known(column);
        Unit to = known == null ? null : UNITS.get(known);
        return from == null || to == null || !from.dimension().equals(to.dimension()) ? 1 : from.base() / to.base();
    }

    /** The dimension of a unit's word ("tonnes": mass), or null when it names no unit. */
    static String dimensionOfUnit(String word) {
        Unit unit = UNITS.get(word);
        return unit == null ? null : unit.dimension();
    }

    /** The unit a word says: itself when it is one, the unit of a noun of amount ("tonnage": tonnes), else null. */
    static String unitSaid(String word) {
        return UNITS.containsKey(word) ? word : UNIT_NOUNS.get(word);
    }

    /** The column's figures in the unit said: wait_sec "in minutes" is wait_sec / 60. */
    static DataColumn converted(DataColumn measure, String said) {
        List<String> words = new ArrayList<>(measure.words());
        words.addAll(List.of("in", said));
        return new DataColumn(measure.label() + " in " + said, "DOUBLE", measure.role(), words, said, List.of(),
                Set.of(), measure.dna(), null, measure.sql() + " / " + factor(said, measure));
    }

    /** Whether the word is the unit the column is in already ("kwh" of energy_kwh). */
    static boolean own(String said, DataColumn column) {
        String known = known(column);
        Unit from = UNITS.get(said);
        Unit to = known == null ? null : UNITS.get(known);
        // "in minutes" of a figure in "min": the same unit, spelled otherwise
        return said.equals(known) || from != null && to != null && from.equals(to);
    }

    /** The dimension a noun names a quantity of ("output": energy), or null. */
    static String dimensionNamed(String noun) {
        return DIMENSION_NOUNS.get(noun);
    }

    /** The nouns for a quantity of the dimension ("energy": output, generation, production …). */
    static java.util.Set<String> nounsOf(String dimension) {
        java.util.Set<String> nouns = new java.util.HashSet<>();
        DIMENSION_NOUNS.forEach((noun, d) -> {
            if (d.equals(dimension)) {
                nouns.add(noun);
            }
        });
        return nouns;
    }

    /** The dimension of the column's unit ("kwh": energy), or null when its unit is not known. */
    static String dimension(DataColumn column) {
        String known = known(column);
        return known == null ? null : UNITS.get(known).dimension();
    }

    /** The column's unit as written, for the answer's note. */
    static String of(DataColumn column) {
        String known = known(column);
        return column.unit() != null ? column.unit() : known == null ? "" : known;
    }

    /**
     * A unit this class knows: in parentheses, else the last word of the name that is one ("body_mass_g"), never one
     * a figure is divided by ("Price per Tonne" is no mass).
     */
    private static String known(DataColumn column) {
        if (column.unit() != null && UNITS.containsKey(column.unit())) {
            return column.unit();
        }
        List<String> words = column.words();
        int per = words.indexOf("per");
        for (int i = (per < 0 ? words.size() : per) - 1; i >= 0; i--) {
            if (UNITS.containsKey(words.get(i))) {
                return words.get(i);
            }
        }
        return null;
    }
}
