package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the spelling step made of a question's unplaced words: the corrections it takes (one catalog word is closest)
 * and the words it cannot settle (several are as close), which the analyst asks about rather than guess.
 */
public record Spellings(List<Correction> corrections, List<Ambiguity> ambiguities) {

    /** {@code written} read as {@code replacement}, a form of the catalog word the answer names as {@code meant}. */
    public record Correction(String written, String replacement, String meant) {
    }

    /** {@code written} is as close to each of {@code meant}. */
    public record Ambiguity(String written, List<String> meant) {
    }

    public static Spellings none() {
        return new Spellings(List.of(), List.of());
    }

    /** These corrections and those of {@code more} for words these do not correct. */
    public Spellings and(Spellings more) {
        List<Correction> all = new ArrayList<>(corrections);
        more.corrections().stream().filter(c -> corrections.stream().noneMatch(k -> k.written().equalsIgnoreCase(c.written())))
                .forEach(all::add);
        List<Ambiguity> open = new ArrayList<>(ambiguities);
        open.addAll(more.ambiguities());
        return new Spellings(all, open);
    }

    /** The question with each corrected word replaced, wherever it is written as a whole word. */
    public String corrected(String question) {
        String text = question;
        for (Correction c : corrections) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(c.written()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            text = word.matcher(text).replaceAll(Matcher.quoteReplacement(c.replacement()));
        }
        return text;
    }

    /** What the answer says about the corrections: "Taking “Electronics” for “electroncs”." */
    public List<String> notes() {
        return corrections.stream().map(c -> "Taking “" + c.meant() + "” for “" + c.written() + "”.").toList();
    }

    /** The question back to the user: "Did you mean “Iran” or “Iraq”?", one sentence per unsettled word. */
    public List<String> questions() {
        List<String> asked = new ArrayList<>();
        for (Ambiguity a : ambiguities) {
            List<String> quoted = a.meant().stream().map(m -> "“" + m + "”").toList();
            asked.add("“" + a.written() + "” is not in the data: did you mean "
                    + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1) + "?");
        }
        return asked;
    }
}
