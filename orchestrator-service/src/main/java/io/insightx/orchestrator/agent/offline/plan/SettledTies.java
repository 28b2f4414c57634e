package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.WordRoots;

/**
 * Ties between columns a word names alike that the word itself settles, so no guess is left to report: "routine
 * orders" over ordered_at and ordering_physician are the events of the date; "how many unique bikes" over bike_type
 * and bike_id are the bikes themselves, whose kinds are named by their own word ("bike type").
 */
final class SettledTies {

    /** Words after a thing's name that make a column of its kinds ("bike_type"), not of the things themselves. */
    private static final Set<String> KIND_WORDS = Set.of("type", "types", "category", "kind", "class", "model", "status",
            "group", "tier", "plan");
    /** Words after a thing's name that make a column of the things themselves: their key or their name. */
    private static final Set<String> IDENTITY_WORDS = Set.of("id", "name", "key", "no", "number", "num");

    private SettledTies() {
    }

    static ColumnMention settle(Reading r, ColumnMention m) {
        Optional<ColumnMention> events = Stream.concat(Stream.of(m.column()), m.alternatives().stream())
                .map(c -> new ColumnMention(c, m.tokens(), m.score(), m.whole(), List.of()))
                .filter(e -> eventsOfADate(r, e)).findFirst();
        return events.orElseGet(() -> byMoneyWord(r, byOtherWord(r, thingItself(m))));
    }

    /** "rental revenue" over Gear Rental? and Rental Fee (USD): a word of money right after settles it on the money. */
    private static ColumnMention byMoneyWord(Reading r, ColumnMention m) {
        Token next = r.at(m.last() + 1);
        if (m.alternatives().isEmpty() || next == null || !next.isAny(MoneyNoun.MONEY)) {
            return m;
        }
        List<DataColumn> money = Stream.concat(Stream.of(m.column()), m.alternatives().stream())
                .filter(io.insightx.orchestrator.agent.offline.link.MoneyMeasure::moneyLike).toList();
        return money.size() == 1 ? new ColumnMention(money.get(0), m.tokens(), m.score(), m.whole(), List.of()) : m;
    }

    /**
     * "which club gets the most visits" over home_club and visited_club: another word of the question ("visits")
     * that is the word telling one of the tied columns apart ("visited") settles the tie.
     */
    private static ColumnMention byOtherWord(Reading r, ColumnMention m) {
        if (m.alternatives().isEmpty()) {
            return m;
        }
        List<DataColumn> tied = Stream.concat(Stream.of(m.column()), m.alternatives().stream()).toList();
        List<DataColumn> told = tied.stream().filter(c -> c.words().stream()
                .filter(w -> m.tokens().stream().noneMatch(i -> r.at(i).is(w)))
                .anyMatch(w -> WordRoots.saidBesides(r.tokens, m.tokens(), w))).toList();
        if (told.size() != 1) {
            return m;
        }
        return new ColumnMention(told.get(0), m.tokens(), m.score(), m.whole(), List.of());
    }

    /**
     * Whether a date is named by the plural noun of its event alone ("orders" of ordered_at, "returns" of
     * returned_at), not by a word of date: the rows are those events, never a date to add up or average.
     */
    static boolean eventsOfADate(Reading r, ColumnMention m) {
        Token said = r.at(m.first());
        String first = m.column().words().isEmpty() ? "" : m.column().words().get(0);
        return m.column().role() == ColumnRole.TIME && m.tokens().size() == 1 && !m.whole()
                && said.lower().matches("\\p{L}{4,}s") && !first.equals(said.lower())
                && said.lemmas().stream().anyMatch(l -> l.length() >= 4 && first.startsWith(l) && first.endsWith("ed"));
    }

    /** A thing's key or name: "room_id", "room name", "order_no", and in nested data "room_room_id" alike. */
    static boolean identity(DataColumn c) {
        List<String> words = words(c);
        return (c.role() == ColumnRole.IDENTIFIER || c.role() == ColumnRole.NAME || c.role() == ColumnRole.CATEGORY)
                && words.size() == 2 && IDENTITY_WORDS.contains(words.get(1));
    }

    /** The words of a column's name, each once: a nested "room.room_id" says "room" twice. */
    private static List<String> words(DataColumn c) {
        return c.words().stream().distinct().toList();
    }

    /**
     * The key or name of the things a bare noun names, where the mention took the column of their kinds, or where the
     * key was taken and the ties are only what is recorded of each thing ("drivers" over driver_id and driver_rating).
     */
    private static ColumnMention thingItself(ColumnMention m) {
        boolean key = m.tokens().size() == 1 && identity(m.column());
        // the other ties are what is recorded of each thing: its seats, its floor, its rate
        if (key && !m.alternatives().isEmpty() && m.alternatives().stream().allMatch(c -> c.words().size() >= 2
                && c.words().get(0).equals(m.column().words().get(0)))) {
            // "which room": the room by its name where it has one for each key ("Birch", not R102)
            List<DataColumn> identities = Stream.concat(Stream.of(m.column()), m.alternatives().stream())
                    .filter(SettledTies::identity).toList();
            DataColumn named = identities.stream().filter(c -> words(c).get(1).equals("name") && c.distinct() > 0)
                    .findFirst().filter(c -> identities.stream().allMatch(o -> o.distinct() == c.distinct()))
                    .orElse(m.column());
            return new ColumnMention(named, m.tokens(), m.score(), m.whole(), List.of());
        }
        boolean kinds = m.tokens().size() == 1 && m.column().words().size() == 2
                && KIND_WORDS.contains(m.column().words().get(1));
        List<DataColumn> things = m.alternatives().stream().filter(c -> (c.role() == ColumnRole.IDENTIFIER
                || c.role() == ColumnRole.NAME) && c.words().size() == 2
                && c.words().get(0).equals(m.column().words().get(0))).toList();
        if (kinds && things.size() == 1) {
            return new ColumnMention(things.get(0), m.tokens(), m.score(), m.whole(), List.of());
        }
        return recordedOfAThing(m) ? new ColumnMention(keyOrName(m), m.tokens(), m.score(), m.whole(), List.of()) : m;
    }

    /**
     * Whether a bare noun took a label recorded of each thing ("teacher" of teacher_notes, "plant" of plant_category,
     * "orders" of Order Line ID) where the things' own key or name ties with it: "by teacher" groups by teachers.
     */
    private static boolean recordedOfAThing(ColumnMention m) {
        List<String> words = words(m.column());
        return m.tokens().size() == 1 && m.column().role().labels() && m.column().role() != ColumnRole.FLAG
                && words.size() >= 2 && !identity(m.column()) && m.alternatives().stream()
                        .anyMatch(c -> identity(c) && words(c).get(0).equals(words.get(0)));
    }

    /** The things' name where each key has one ("Grace Liu", not T07), else their key. */
    private static DataColumn keyOrName(ColumnMention m) {
        String thing = words(m.column()).get(0);
        List<DataColumn> identities = m.alternatives().stream()
                .filter(c -> identity(c) && words(c).get(0).equals(thing)).toList();
        Optional<DataColumn> key = identities.stream().filter(c -> !words(c).get(1).equals("name")).findFirst();
        Optional<DataColumn> name = identities.stream().filter(c -> words(c).get(1).equals("name")).findFirst();
        return name.filter(n -> key.isEmpty() || n.distinct() == key.get().distinct()).or(() -> key).orElseThrow();
    }
}
