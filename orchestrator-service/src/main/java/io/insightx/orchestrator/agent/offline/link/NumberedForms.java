package io.insightx.orchestrator.agent.offline.link;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that are a number with a word or its start before it: "P2", "PRI-2", "Priority 2" and "2" are one priority;
 * "M7", "Medic 07", "MEDIC 7" one unit; "s40", "S.40", "Section 40" one section. The number says which; the letters
 * only what it is a number of, so one that starts the other's word ("p" of priority) names the same thing, and one that
 * does not ("Engine 2" beside "Medic 2") another.
 */
final class NumberedForms {

    /** A word or its start, then a number (its zeros before it aside), then perhaps more words, perhaps in brackets. */
    private static final Pattern NUMBERED = Pattern.compile(
            "\\s*(?:(\\p{L}+)\\.?[\\s.\\-#]*)?0*(\\p{N}+)(?:\\s+\\(?(\\p{L}[\\p{L}\\s\\-]*?)\\)?)?\\s*");

    private NumberedForms() {
    }

    /** Whether the two spellings are one number of one thing, no words after either: "P2" and "Priority 2". */
    static boolean same(String a, String b) {
        Numbered x = read(a);
        Numbered y = read(b);
        return x != null && y != null && x.number.equals(y.number) && x.rest.isEmpty() && y.rest.isEmpty()
                && sameThing(x.letters, y.letters) && !a.strip().equalsIgnoreCase(b.strip());
    }

    /**
     * Whether {@code s} is {@code l} without the words after its number: "s40" of "s40 personal data", "Type 1" of
     * "Type 1 Sub-base". Probably one value, not surely: a second thing may share the number.
     */
    static boolean shortOf(String s, String l) {
        Numbered x = read(s);
        Numbered y = read(l);
        return x != null && y != null && x.number.equals(y.number) && x.rest.isEmpty() && !y.rest.isEmpty()
                && !x.letters.isEmpty() && sameThing(x.letters, y.letters);
    }

    /**
     * Letters of one thing: the same, one the start of the other ("pri" of priority) or its consonants ("rm" of room),
     * one the head of the other's compound ("room" of courtroom), or none (a bare number).
     */
    private static boolean sameThing(String a, String b) {
        return a.startsWith(b) || b.startsWith(a) || head(a, b) || head(b, a) || contracted(a, b) || contracted(b, a);
    }

    private static boolean head(String s, String l) {
        return s.length() >= 3 && l.endsWith(s);
    }

    /** "rm" of room, and of courtroom's head. */
    private static boolean contracted(String s, String l) {
        for (int i = 0; s.length() >= 2 && l.length() - i > s.length() && l.length() - i >= 3; i++) {
            if (ColumnLinker.contraction(s, l.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private record Numbered(String letters, String number, String rest) {
    }

    private static Numbered read(String value) {
        Matcher m = NUMBERED.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String letters = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(3) == null ? "" : m.group(3).strip().toLowerCase(Locale.ROOT);
        return new Numbered(letters, m.group(2), rest);
    }
}
