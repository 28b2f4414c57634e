package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The difference between the figures of two named values: "the difference between fossil fuels and renewables",
 * "how much higher is the average max temp in New York than in Seattle". Read when two values of one column are
 * named and a difference word, or "how much" with a comparative and a "than", asks for one minus the other; so are
 * two periods of the year or the week ("how many more hires on saturdays than on sundays") and the two sides of a
 * yes/no ("when a survey was done vs when it wasnt").
 */
final class Difference {

    private Difference() {
    }

    /**
     * The two values whose figures the question subtracts ("the difference between fossil fuels and renewables",
     * "how much higher in New York than in Seattle"), its cue words used; null when it asks no difference.
     */
    static Filter.Values pair(Reading r, Draft d, boolean change) {
        if (change || d.compared == null || d.limit != null) {
            return null;
        }
        Filter.Values pair = d.filters.stream().filter(f -> f instanceof Filter.Values v && !v.negated()
                && v.column().equals(d.compared) && v.values().size() == 2).map(f -> (Filter.Values) f).findFirst()
                .orElse(null);
        if (pair == null || d.groups.stream().anyMatch(g -> !g.column().equals(d.compared))) {
            return null;
        }
        return asked(r) ? pair : null;
    }

    /**
     * The two periods of the year or the week whose figures the question subtracts: "how many more hires on saturdays
     * than on sundays"; null when it asks no difference. Two dated periods are a change ({@link Plan.Kind#CHANGE}).
     */
    static Filter.AnyOf periods(Reading r, Draft d, boolean change) {
        if (change || d.limit != null) {
            return null;
        }
        Filter.AnyOf either = d.filters.stream().filter(f -> f instanceof Filter.AnyOf a && a.parts().size() == 2
                && a.parts().stream().allMatch(p -> p instanceof Filter.During)).map(f -> (Filter.AnyOf) f)
                .findFirst().orElse(null);
        if (either == null || d.groups.stream().anyMatch(g -> !g.column().equals(either.column()))) {
            return null;
        }
        return asked(r) ? either : null;
    }

    /**
     * The two sides of a yes/no whose figures the question subtracts, as a condition each in the question's words:
     * "how much higher is the avg price when a survey was done vs when it wasnt" (a blank is no yes); null when it
     * asks no difference, or groups by anything else.
     */
    static Filter.AnyOf flagSides(Reading r, Draft d, boolean change) {
        if (change || d.limit != null || d.groups.size() != 1 || d.groups.get(0).sides() == null) {
            return null;
        }
        Group flag = d.groups.get(0);
        DataColumn c = flag.column();
        String yesSaid = flag.sides().yes();
        // "with a survey and without": the other side named by its negation alone is the rows without the flag
        String noSaid = flag.sides().no().matches("(?i)without|not|no|non") ? "without " + yesSaid : flag.sides().no();
        Filter yes = new Filter.Said(c, new Filter.Values(c, List.of(c.yes()), false), yesSaid);
        Filter no = new Filter.Said(c, Filter.Values.notYes(c), noSaid);
        return asked(r) ? new Filter.AnyOf(c, List.of(yes, no)) : null;
    }

    /**
     * Whether a difference word, or "how much" with a comparative and a "than" or "vs", asks for one minus the other.
     */
    private static boolean asked(Reading r) {
        int cue = r.find(Vocabulary.DIFFERENCE, 0);
        if (cue >= 0) {
            r.use(cue);
            return true;
        }
        for (int i = 0; i + 2 < r.tokens.size(); i++) {
            // "how much higher … than": a comparative after "how much", with "than" later on
            // "how much longer": a time's comparative, used by the time it compares, asks its difference too
            if (r.at(i).is("how") && r.at(i + 1).isAny(Set.of("much", "many"))
                    && (!r.used(i + 2) || r.at(i + 2).isAny(Set.of("longer", "shorter")))
                    && comparative(r.at(i + 2)) && (r.find(Set.of("than"), i + 3) >= 0
                            || r.tokens.stream().skip(i + 3).anyMatch(t -> t.isAny(Set.of("vs", "versus"))))) {
                r.use(i + 2);
                return true;
            }
        }
        return false;
    }

    private static boolean comparative(Token t) {
        return t.lower().endsWith("er") && t.lemmas().size() > 1 || t.isAny(Set.of("more", "less", "fewer"));
    }
}
