package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * "reviews that mention crashes", "tickets containing refund", "complain about ads": a verb of saying followed by
 * a word no other step placed keeps the rows whose free text holds that word in any of its forms. Only where the data
 * has one column of free text (or one named as text: a review, comment, description, note), and only for one word.
 */
final class TextSearch {

    private static final Set<String> SAYING = Set.of("mention", "mentions", "mentioning", "mentioned", "contain",
            "contains", "containing", "contained", "say", "says", "saying", "said", "include", "includes",
            "including", "cite", "cites", "citing", "complain", "complains", "complaining");
    private static final Set<String> TEXT_WORDS = Set.of("text", "comment", "comments", "description", "note", "notes",
            "review", "body", "message", "summary", "feedback", "remarks", "content");
    /** Words between the verb and the word searched: "complain about ads", "mention the word refund". */
    private static final Set<String> BETWEEN = Set.of("about", "the", "word", "of", "a", "an");

    private TextSearch() {
    }

    static void read(Reading r, Draft d, List<ColumnMention> mentions) {
        DataColumn text = textColumn(d);
        if (text == null) {
            return;
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            if (!r.free(i) || !SAYING.contains(r.at(i).lower())) { // as written: "city" has a lemma "cite"
                continue;
            }
            int k = i + 1;
            while (r.at(k) != null && r.free(k) && r.at(k).isAny(BETWEEN)) {
                k++;
            }
            Token word = r.at(k);
            int at = k;
            if (word == null || !r.free(k) || !word.lower().matches("\\p{L}{2,}") || FunctionWords.is(word)
                    || mentions.stream().anyMatch(m -> m.tokens().contains(at))) {
                continue;
            }
            // "crashes" → crash (the forms are matched again in SQL); "battery" stays whole, never "batter"
            String stem = word.lemmas().stream().filter(l -> l.matches("\\p{L}+") && word.lower().startsWith(l)
                    && word.lower().substring(l.length()).matches("s|es|ed|ing")).findFirst().orElse(word.lower());
            d.filters.add(new Filter.Contains(text, stem));
            for (int j = i; j <= k; j++) {
                r.use(j);
            }
            return;
        }
    }

    /** The one column of free text: text with many distinct values, named as text if there are several. */
    private static DataColumn textColumn(Draft d) {
        List<DataColumn> texts = d.catalog.columns().stream().filter(c -> c.type().startsWith("VARCHAR")
                && "text".equals(c.dna().path("semanticType").asText()) && c.role() != ColumnRole.IDENTIFIER
                && !c.words().contains("name")).toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        List<DataColumn> named = texts.stream().filter(c -> c.words().stream().anyMatch(TEXT_WORDS::contains)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }
}
