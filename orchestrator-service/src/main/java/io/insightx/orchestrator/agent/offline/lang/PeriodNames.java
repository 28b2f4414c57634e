package io.insightx.orchestrator.agent.offline.lang;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named parts of a year or a week: quarters ("q3 2021", "the 1st quarter"), halves ("h2 2023", "the second half
 * of 2022"), seasons ("in summer", "winter months": meteorological, northern hemisphere) and days of the week ("on
 * weekends", "on weekdays", "on mondays"). With a year they are a span of dates; without one, months of every year
 * (or of the one year the question or the data has).
 */
final class PeriodNames {

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
    private static final Set<String> ORDINAL_ENDS = Set.of("st", "nd", "rd", "th");
    private static final Map<String, List<Integer>> SEASONS = Map.of("spring", List.of(3, 4, 5), "summer",
            List.of(6, 7, 8), "autumn", List.of(9, 10, 11), "fall", List.of(9, 10, 11), "winter", List.of(12, 1, 2));
    /** Words before "fall" that make it the season, not a change ("sales fall"). */
    private static final Set<String> SEASON_LEADS = Set.of("in", "during", "the", "this", "each", "every");
    private static final Set<String> DAY_LEADS = Set.of("on", "during", "over", "at", "in", "vs", "versus", "or", "and");
    private static final List<Integer> WEEKEND = List.of(6, 7);
    private static final List<Integer> WORKDAYS = List.of(1, 2, 3, 4, 5);

    private PeriodNames() {
    }

    /** The named periods among the tokens not yet taken; {@code year} is the one year meant when none is said. */
    static List<Period> read(List<Token> tokens, Set<Integer> taken, Integer year) {
        List<Period> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            Period p = partOfYear(tokens, i, year);
            p = p != null ? p : weekdays(tokens, i);
            if (p != null) {
                found.add(p);
                i = p.tokens().get(p.tokens().size() - 1);
            }
        }
        return found;
    }

    /** A quarter, half or season starting at token i, with its year when one is said right after or before it. */
    private static Period partOfYear(List<Token> tokens, int i, Integer year) {
        Token t = tokens.get(i);
        int first = 0;
        int count = 0;
        int end = i + 1;
        if (t.lower().matches("[qh][1-4]") && (t.lower().charAt(0) == 'q' || t.lower().charAt(1) <= '2')) {
            count = t.lower().charAt(0) == 'q' ? 3 : 6;
            first = (t.lower().charAt(1) - '1') * count + 1;
        } else if (ordinal(tokens, i) != null) {
            int n = ordinal(tokens, i);
            int k = t.isNumber() ? i + 2 : i + 1;
            if (k < tokens.size() && tokens.get(k).is("quarter")) {
                count = 3;
            } else if (k < tokens.size() && tokens.get(k).is("half") && n <= 2) {
                count = 6;
            } else {
                return null;
            }
            first = (n - 1) * count + 1;
            end = k + 1;
        }
        List<Integer> months = new ArrayList<>();
        for (int m = first; count > 0 && m < first + count; m++) {
            months.add(m);
        }
        String season = t.lower();
        if (count == 0 && SEASONS.containsKey(season)) {
            if ("fall".equals(season) && (i == 0 || !tokens.get(i - 1).isAny(SEASON_LEADS))) {
                return null;
            }
            months.addAll(SEASONS.get(season));
            end += end < tokens.size() && tokens.get(end).is("month") ? 1 : 0;
        }
        if (months.isEmpty()) {
            return null;
        }
        int start = i > 0 && tokens.get(i - 1).is("the") ? i - 1 : i;
        int y = end + 1 < tokens.size() && tokens.get(end).isAny(Set.of("of", "in")) && tokens.get(end + 1).looksLikeYear() ? end + 1
                : end < tokens.size() && tokens.get(end).looksLikeYear() ? end
                : start > 0 && tokens.get(start - 1).looksLikeYear() ? start - 1 : -1;
        if (y >= 0) {
            start = Math.min(start, y);
            end = Math.max(end, y + 1);
        }
        Integer said = y >= 0 ? Integer.valueOf(tokens.get(y).number().intValue()) : year;
        String words = Periods.words(tokens, start, end);
        if (said == null) {
            return new Period(null, null, months, List.of(), words, Periods.range(start, end));
        }
        if (count == 0) {
            // a season of one year: its months within that calendar year
            return new Period(LocalDate.of(said, 1, 1), LocalDate.of(said + 1, 1, 1), months, List.of(), words,
                    Periods.range(start, end));
        }
        LocalDate from = LocalDate.of(said, first, 1);
        return new Period(from, from.plusMonths(count), null, words, Periods.range(start, end));
    }

    /** "first", "2nd": which quarter or half ("3 quarters" is a count, not the third); null when the token is none. */
    private static Integer ordinal(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber() && t.text().matches("[1-4]") && i + 1 < tokens.size() && tokens.get(i + 1).isAny(ORDINAL_ENDS)) {
            return t.number().intValue();
        }
        return ORDINALS.get(t.lower());
    }

    /** Words before a day's name that group by it ("by weekday", "which monday") rather than pick it. */
    private static final Set<String> GROUPING = Set.of("by", "per", "each", "every", "which", "what");

    /** "wkends", "wknd": a weekend written short, as a chat box writes it. */
    private static final java.util.regex.Pattern SHORT_WEEKEND = java.util.regex.Pattern.compile("wke?nds?");

    /** "on weekends", "weekdays", "on mondays": days of every week. */
    private static Period weekdays(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean led = i > 0 && tokens.get(i - 1).isAny(DAY_LEADS);
        List<Integer> days = null;
        if (t.is("weekend") || SHORT_WEEKEND.matcher(t.lower()).matches()) {
            days = WEEKEND;
        } else if (t.lower().equals("weekdays") || t.lower().equals("workdays") || t.lower().equals("weekday") && led) {
            days = i > 0 && tokens.get(i - 1).isAny(GROUPING) ? null : WORKDAYS;
        } else if (led || i == 0 || !tokens.get(i - 1).isAny(GROUPING)) {
            // a weekday's name says which days, led or not: "on a sunday", "saturday matches", "an avg monday"
            for (DayOfWeek d : DayOfWeek.values()) {
                String name = d.name().toLowerCase(Locale.ROOT);
                if (t.lower().equals(name) || t.lower().equals(name + "s")) {
                    days = List.of(d.getValue());
                }
            }
        }
        if (days == null) {
            return null;
        }
        int start = led && !tokens.get(i - 1).isAny(Set.of("vs", "versus", "or", "and")) ? i - 1 : i;
        return new Period(null, null, List.of(), days, Periods.words(tokens, start, i + 1), Periods.range(start, i + 1));
    }
}
