package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.insightx.orchestrator.agent.Identifiers;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "km driven" over odometer_out_km and odometer_in_km, "kwh used" over meter_start_kwh and meter_end_kwh: a word
 * that names two readings of one counter alike, taken at the two ends of something, followed by the verb of what
 * happened between them, asks for what happened: the later reading less the earlier, each row's. Without such a verb
 * ("avg km") the tie stays a tie, reported as one.
 */
final class PairedReadings {

    /** The words that tell a reading taken at the start from one taken at the end. */
    private static final Map<String, String> ENDS = Map.of("out", "in", "start", "end", "begin", "end", "opening",
            "closing", "before", "after", "initial", "final", "starting", "ending");

    private PairedReadings() {
    }

    static ColumnMention of(Reading r, ColumnMention m) {
        if (m.alternatives().size() != 1 || !m.column().role().numeric() || !m.alternatives().get(0).role().numeric()) {
            return m;
        }
        Token verb = r.at(m.last() + 1);
        if (verb == null || !r.free(verb.index()) || !verb.lower().matches("\\p{L}{3,}(ed|en|n)")
                || verb.lemmas().stream().allMatch(l -> l.equals(verb.lower()))) {
            return m;
        }
        DataColumn a = m.column();
        DataColumn b = m.alternatives().get(0);
        DataColumn start = ends(a, b) ? a : ends(b, a) ? b : null;
        if (start == null) {
            return m;
        }
        DataColumn end = start == a ? b : a;
        r.use(verb.index());
        String said = r.at(m.first()).text() + " " + verb.text();
        List<String> words = new ArrayList<>(List.of(said.split(" ")));
        DataColumn between = new DataColumn(said + " (" + end.name() + " less " + start.name() + ")", "DOUBLE",
                ColumnRole.MEASURE, words, start.unit(), List.of(), Set.of(), start.dna(), null,
                Identifiers.quoted(end.name()) + " - " + Identifiers.quoted(start.name()));
        return new ColumnMention(between, m.tokens(), m.score(), true, List.of());
    }

    /** Whether the two names differ only in one word, the start's in {@code start} and the end's in {@code end}. */
    private static boolean ends(DataColumn start, DataColumn end) {
        List<String> s = start.words();
        List<String> e = end.words();
        if (s.size() != e.size()) {
            return false;
        }
        int differ = 0;
        boolean paired = false;
        for (int i = 0; i < s.size(); i++) {
            if (!s.get(i).equals(e.get(i))) {
                differ++;
                paired = e.get(i).equals(ENDS.get(s.get(i)));
            }
        }
        return differ == 1 && paired;
    }
}
