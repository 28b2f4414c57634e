package io.insightx.orchestrator.agent.offline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.FunctionWords;
import io.insightx.orchestrator.agent.offline.lang.HowMany;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.SpellingCandidates.Candidate;

/**
 * Words the first reading left unplaced that are correctly spelled pieces of the catalog's names: one word of a
 * single value of several words ("robin" for American Robin, "bullfrog's" for American Bullfrog), or two words that
 * the data writes as one ("year round" for the column word yearround, "garter snake" for Gartersnake). Each is
 * read as the whole name, and the answer says so; a word found in several values names none of them, and a word for
 * an idea or a measure ("energy", "score") names no value even when one holds it (Nuclear Energy, "The Score"): only
 * a thing does ("robin"), or a word WordNet does not know ("bayern"). A code the data writes in capitals is named by a
 * word for people that begins with it: "republicans" for REP.
 */
public final class NamePieces {

    private static final int SHORTEST = 4;
    /** The most words a name has ("Federated States of Micronesia"); more make a note. */
    private static final int NAME_WORDS = 4;

    private final Lexicon lexicon;

    public NamePieces(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The readings of the {@code unplaced} tokens as whole names of the catalog. */
    public Spellings read(List<Token> tokens, Set<Integer> unplaced, Catalog catalog) {
        Map<String, Candidate> names = SpellingCandidates.of(catalog);
        List<Spellings.Correction> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!unplaced.contains(i) || t.isNumber() || FunctionWords.is(t) || ValueLinker.doneBySubject(tokens, i)) {
                continue; // "did we teach" is what was done, no piece of a value ("Teach Pool")
            }
            // the second word may have been placed on its own: "black birds" was read as the data's birds
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            Candidate joined = next == null || next.isNumber() ? null : joined(t, next, names);
            if (joined != null) {
                String written = t.text() + " " + next.text();
                found.add(new Spellings.Correction(written, joined.meant().contains(" ") ? joined.meant()
                        : joined.written(), joined.meant()));
                i++;
                continue;
            }
            Candidate piece = HowMany.counts(tokens, i) || namesColumn(t, catalog) ? null : piece(t, names);
            String code = piece == null ? code(t, catalog) : null;
            if (piece != null) {
                found.add(new Spellings.Correction(t.lower(), piece.meant(), piece.meant()));
            } else if (code != null) {
                found.add(new Spellings.Correction(t.lower(), code, code));
            }
        }
        return new Spellings(found, List.of());
    }

    /**
     * The one code of three or four capitals that begins a word for people ("republicans" → REP, "democrats" → DEM,
     * "independents" → IND), or null.
     */
    private String code(Token t, Catalog catalog) {
        boolean people = t.lemmas().stream().anyMatch(lexicon::person) || lexicon.person(t.lower());
        if (!people) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (DataColumn c : catalog.columns()) {
            if (c.role().labels()) {
                c.values().stream().filter(v -> v.matches("[A-Z]{3,4}") && t.lower().startsWith(v.toLowerCase(Locale.ROOT))
                        && t.lower().length() > v.length() + 2 && !codes.contains(v)).forEach(codes::add);
            }
        }
        return codes.size() == 1 ? codes.get(0) : null;
    }

    /**
     * "the elite runners" beside runner_id: a word for what a column holds names those things, never the one value
     * that ends in it (the club "Capital Runners").
     */
    private static boolean namesColumn(Token t, Catalog catalog) {
        return catalog.columns().stream().anyMatch(c -> c.words().contains(t.lower())
                || t.lemmas().stream().anyMatch(c.words()::contains));
    }

    /** The catalog word two tokens spell together, the second in any of its forms ("black birds": blackbird). */
    private static Candidate joined(Token first, Token second, Map<String, Candidate> names) {
        Candidate c = names.get(first.lower() + second.lower());
        for (String form : second.lemmas()) {
            c = c != null ? c : names.get(first.lower() + form.toLowerCase(Locale.ROOT));
        }
        return c;
    }

    /** The one value of several words the token is a word of, or null. */
    private Candidate piece(Token t, Map<String, Candidate> names) {
        boolean thing = lexicon.thing(t.lower()) || t.lemmas().stream().anyMatch(lexicon::thing);
        if (t.lower().length() < SHORTEST || !thing && !lexicon.unknown(t.lower())) {
            return null;
        }
        if (ValueLinker.inflected(t) && !lexicon.thing(t.lower())) {
            return null; // "sessions taught by each instructor": a verb's past form, no piece of "Teach Pool"
        }
        for (String form : t.lemmas().isEmpty() ? Set.of(t.lower()) : t.lemmas()) {
            Candidate c = names.get(form.toLowerCase(Locale.ROOT));
            // a note of many words ("customer asked for no onions") is no name a word of it stands for
            boolean name = c != null && c.meant().strip().split("\\s+").length <= NAME_WORDS;
            if (name && c.meant().contains(" ") && !c.meant().equalsIgnoreCase(form)) {
                return c;
            }
        }
        return null;
    }
}
