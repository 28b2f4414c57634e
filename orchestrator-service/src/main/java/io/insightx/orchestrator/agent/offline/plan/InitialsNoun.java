package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * A column named by initials ("F&B Spend", "P&L") said in full words: "food and bev spend", "food + drinks". Each
 * word starts with its initial, or means the same as a word that does (a drink is a beverage); the rest of the
 * column's name may follow ("spend").
 */
final class InitialsNoun {

    private static final Set<String> JOINS = Set.of("and", "&", "+", "/", "n");

    private InitialsNoun() {
    }

    static Optional<ColumnMention> mention(Reading r, Draft d, List<ColumnMention> mentions, Lexicon lexicon) {
        for (DataColumn c : d.catalog.columns()) {
            List<String> words = c.words();
            if (words.size() < 2 || words.get(0).length() != 1 || words.get(1).length() != 1) {
                continue;
            }
            for (Token t : r.tokens) {
                List<Integer> said = spelled(r, t.index(), words.get(0), words.get(1), lexicon);
                if (said.isEmpty()) {
                    continue;
                }
                int next = said.get(said.size() - 1) + 1;
                for (String rest : words.subList(2, words.size())) {
                    if (r.at(next) != null && r.free(next) && r.at(next).lemmas().contains(rest)) {
                        said.add(next++);
                    }
                }
                mentions.removeIf(m -> m.tokens().stream().anyMatch(said::contains));
                return Optional.of(new ColumnMention(c, said, 1.0, true, List.of()));
            }
        }
        return Optional.empty();
    }

    /** The tokens of two words joined ("food and bev") that start with the two initials, or none. */
    private static List<Integer> spelled(Reading r, int i, String first, String second, Lexicon lexicon) {
        Token join = r.at(i + 1);
        Token other = r.at(i + 2);
        if (join == null || other == null || !join.isAny(JOINS) || !r.free(i) || !r.free(i + 2)
                || !initial(r.at(i), first, lexicon) || !initial(other, second, lexicon)) {
            return List.of();
        }
        return new ArrayList<>(List.of(i, i + 1, i + 2));
    }

    private static boolean initial(Token t, String letter, Lexicon lexicon) {
        if (!t.lower().matches("\\p{L}{3,}")) {
            return false;
        }
        return t.lower().startsWith(letter) || t.lemmas().stream().flatMap(l -> lexicon.synonyms(l).stream())
                .anyMatch(s -> s.startsWith(letter) && s.matches("\\p{L}{4,}"));
    }
}
