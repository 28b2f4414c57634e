package io.insightx.orchestrator.agent.offline.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hours of every day said on the clock: "at 3pm", "at 15:00", "at noon", "between 9am and 5pm" (9 to 16: the hour
 * that starts at 5pm is out), "from 10pm to 6am" (across midnight), "before 6am", "after 6pm". A bare number is an
 * hour only with am/pm, a colon, or beside one that has them ("between 9 and 5pm").
 */
final class ClockHours {

    private static final Set<String> RANGE_LEADS = Set.of("between", "from");
    private static final Set<String> DAY_PARTS = Set.of("night", "nights", "nighttime", "overnight", "morning",
            "mornings", "afternoon", "afternoons", "evening", "evenings", "daytime", "working", "business", "office");
    private static final Set<String> JOINS = Set.of("and", "to", "-", "until", "till");

    private record Time(int hour, int end) {
    }

    private ClockHours() {
    }

    static List<Period> read(List<Token> tokens, Set<Integer> taken) {
        List<Period> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            Time t = time(tokens, i, false);
            Time second = t == null ? null : joined(tokens, t, true);
            if (t == null) {
                // "between 1 and 5pm": a bare start takes the end's half of the day when it is earlier in it
                Time bare = time(tokens, i, true);
                second = bare == null ? null : joined(tokens, bare, false);
                if (second == null) {
                    continue;
                }
                t = bare.hour() < 12 && second.hour() >= 12 && bare.hour() < second.hour() - 12
                        ? new Time(bare.hour() + 12, bare.end()) : bare;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            int start = before != null && (before.isAny(Set.of("at", "before", "after", "until", "since"))
                    || second != null && before.isAny(RANGE_LEADS)) ? i - 1 : i;
            int end = second != null ? second.end() : t.end();
            List<Integer> hours = new ArrayList<>();
            int onward = second == null ? onward(tokens, end) : 0;
            if (onward != 0) {
                // "at 5pm or later", "9am or earlier", "from 6pm onwards": the hour and every one after (before) it
                int from = onward > 0 ? t.hour() : 0;
                int to = onward > 0 ? 23 : t.hour();
                for (int h = from; h <= to; h++) {
                    hours.add(h);
                }
                end += Math.abs(onward);
            } else if (second != null) {
                for (int h = t.hour(); h != second.hour(); h = (h + 1) % 24) {
                    hours.add(h);
                }
            } else if (before != null && before.isAny(Set.of("before", "until"))) {
                for (int h = 0; h < t.hour(); h++) {
                    hours.add(h);
                }
            } else if (before != null && before.isAny(Set.of("after", "since"))) {
                for (int h = t.hour(); h < 24; h++) {
                    hours.add(h);
                }
            } else {
                hours.add(t.hour());
            }
            if (!hours.isEmpty()) {
                List<Integer> used = Periods.range(start, end);
                named(tokens, start).ifPresent(used::add);
                found.add(new Period(null, null, List.of(), List.of(), hours, Periods.words(tokens, start, end), used));
            }
            i = end - 1;
        }
        return found;
    }

    /**
     * How many tokens at {@code at} extend an hour onwards ("or later", "and after", "onwards": positive) or back to
     * midnight ("or earlier", "or before": negative); 0 when none do.
     */
    private static int onward(List<Token> tokens, int at) {
        Token first = at < tokens.size() ? tokens.get(at) : null;
        Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        if (first != null && first.isAny(Set.of("onwards", "onward"))) {
            return 1;
        }
        if (first == null || next == null || !first.isAny(Set.of("or", "and"))) {
            return 0;
        }
        return next.isAny(Set.of("later", "after")) ? 2 : next.isAny(Set.of("earlier", "before")) ? -2 : 0;
    }

    /**
     * "at night (midnight to 6am)": the part of the day the hours that follow define, left unread without them (when
     * night starts is anyone's guess).
     */
    private static java.util.Optional<Integer> named(List<Token> tokens, int start) {
        int k = start - 1;
        if (k >= 0 && tokens.get(k).text().equals("(")) {
            k--;
        }
        return k >= 0 && tokens.get(k).isAny(DAY_PARTS) ? java.util.Optional.of(k) : java.util.Optional.empty();
    }

    /** The time joined to {@code first} ("to 5pm", "and 5"), a bare number allowed when {@code bare}; or null. */
    private static Time joined(List<Token> tokens, Time first, boolean bare) {
        if (first.end() + 1 >= tokens.size() || !tokens.get(first.end()).isAny(JOINS)) {
            return null;
        }
        return time(tokens, first.end() + 1, bare);
    }

    /**
     * The hour written at token i and the token after it: "3 pm" (the tokenizer splits "3pm"), "15:00", "noon",
     * "midnight"; a bare number from 0 to 23 only when {@code bare}.
     */
    private static Time time(List<Token> tokens, int i, boolean bare) {
        Token t = tokens.get(i);
        if (t.is("noon") || t.is("midday")) {
            return new Time(12, i + 1);
        }
        if (t.is("midnight")) {
            return new Time(0, i + 1);
        }
        if (t.lower().matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            return new Time(Integer.parseInt(t.lower().substring(0, t.lower().indexOf(':'))), i + 1);
        }
        if (!t.isNumber() || t.number() != Math.rint(t.number()) || t.number() < 0 || t.number() > 24) {
            return null;
        }
        int n = t.number().intValue();
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        String half = next == null ? "" : next.lower().replace(".", "");
        if (n >= 1 && n <= 12 && (half.equals("am") || half.equals("pm"))) {
            return new Time(n % 12 + (half.equals("pm") ? 12 : 0), i + 2);
        }
        // "9 in the morning", "6 in the evening": the half of the day said in words
        int the = i + 2 < tokens.size() && tokens.get(i + 2).is("the") ? i + 3 : i + 2;
        Token part = the < tokens.size() && half.equals("in") ? tokens.get(the) : null;
        if (n >= 1 && n <= 12 && part != null && part.isAny(Set.of("morning", "afternoon", "evening", "night"))) {
            boolean later = !part.is("morning") && !(part.is("night") && n == 12);
            return new Time(n % 12 + (later ? 12 : 0), the + 1);
        }
        return bare && n < 24 ? new Time(n, i + 1) : null;
    }
}
