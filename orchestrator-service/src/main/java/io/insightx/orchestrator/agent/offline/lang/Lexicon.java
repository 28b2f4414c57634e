package io.insightx.orchestrator.agent.offline.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English words as WordNet knows them: base forms (islands → island, tallest → tall, travelled → travel),
 * synonyms (bill ↔ beak, revenue ↔ receipts), antonyms (light ↔ heavy) and the attribute an adjective measures
 * (tall → stature/height, old → age, fast → speed). WordNet loads in the background at startup; until it has loaded, or if it cannot,
 * a suffix-stripping fallback gives the base forms and there are no synonyms (the health check says which).
 */
@ApplicationScoped
public class Lexicon {

    private static final int SENSES = 3;
    /** Synonyms look at every sense of a noun: "bill" is a beak only in its eighth. */
    private static final int SYNONYM_SENSES = 12;
    /** Senses read for {@link #sameMeaning}: the common ones, where two values of a column would meet. */
    private static final int SAME_MEANING_SENSES = 3;
    private static final int KIND_SENSES = 2;
    /** Verbs that say little by themselves, whose senses in WordNet reach almost any word. */
    private static final Set<String> LIGHT_VERBS = Set.of("take", "make", "have", "get", "do", "go", "give", "put",
            "set", "come", "keep");

    private final CompletableFuture<Dictionary> wordNet = new CompletableFuture<>();
    private final Map<String, Set<String>> lemmaCache = new ConcurrentHashMap<>();
    /** What WordNet's files said of a word, asked again for every question that uses it: the files are slow. */
    private final Map<Query, Set<String>> wordCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> kindCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> derivationCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> qualityCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> opposedVerbCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> verbAntonymCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> commonVerbAntonymCache = new ConcurrentHashMap<>();
    /** Asked of each word of each question ({@code Tokenizer} looks for swapped letters); WordNet's files are slow. */
    private final Map<String, Boolean> unknownCache = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "wordnet-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads WordNet now (tests and the first question call it; at startup it runs in the background). */
    public synchronized void load() {
        if (wordNet.isDone()) {
            return;
        }
        try {
            wordNet.complete(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException | RuntimeException | LinkageError e) {
            Log.warnf("WordNet is unavailable, the offline analyst reads words without it: %s", e.toString());
            wordNet.complete(null);
        }
    }

    public boolean loading() {
        return !wordNet.isDone();
    }

    public boolean loaded() {
        return wordNet.isDone() && wordNet.join() != null;
    }

    private Dictionary dictionary() {
        if (!wordNet.isDone()) {
            load();
        }
        return wordNet.join();
    }

    /** The word and its base forms as noun, verb and adjective. */
    public Set<String> lemmas(String word) {
        return lemmaCache.computeIfAbsent(word, this::findLemmas);
    }

    private Set<String> findLemmas(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        Dictionary d = dictionary();
        boolean nounOnly = false;
        if (d != null && word.length() > 2) {
            try {
                nounOnly = d.getIndexWord(POS.NOUN, word) != null && d.getIndexWord(POS.ADJECTIVE, word) == null;
                // "guest", "interest", "request": a noun and no adjective has no superlative's base ("gu", "inter");
                // "warmer", "longer" are nouns too, and still the comparatives of warm and long
                boolean superlativeLike = nounOnly && word.endsWith("est");
                for (POS pos : superlativeLike ? new POS[] {POS.NOUN, POS.VERB} : new POS[] {POS.NOUN, POS.VERB, POS.ADJECTIVE}) {
                    d.getMorphologicalProcessor().lookupAllBaseForms(pos, word).stream().map(f -> f.toLowerCase(Locale.ROOT))
                            .filter(f -> f.length() >= 3 || word.equals(f + "s")).forEach(forms::add); // "ids" → id
                }
            } catch (JWNLException e) {
                Log.debugf("WordNet could not read '%s'", word);
            }
        }
        if (forms.size() == 1 && unknown(word)) {
            // "cancelation", "traveled", "labeling": American spellings of one l that WordNet writes with two
            String doubled = word.replaceAll("([aeiou])l([aeiou])", "$1ll$2");
            if (!doubled.equals(word) && d != null && !unknown(doubled)) {
                forms.addAll(findLemmas(doubled));
            }
        }
        boolean noun = nounOnly;
        // a noun in y keeps a root WordNet derives it from ("delivery" → deliver), never one it only looks like
        forms.addAll(Stems.of(word, noun, root -> !noun || derivations(word).contains(root)));
        return Collections.unmodifiableSet(forms);
    }

    /**
     * Whether WordNet has loaded and does not know the word in any form ("ibm", "msft"): a name or a code rather than
     * an English word. False while WordNet is not there, so that nothing is taken for a code by default.
     */
    public boolean unknown(String word) {
        Dictionary d = dictionary();
        if (d == null) {
            return false;
        }
        return unknownCache.computeIfAbsent(word, w -> indexWords(d, w) == 0);
    }

    /**
     * Whether WordNet knows the word in some form, asked without keeping the answer: the spelling step tries
     * hundreds of strings one edit from a misspelled word, which {@link #unknown}'s cache would keep for good.
     */
    public boolean knownUncached(String word) {
        Dictionary d = dictionary();
        return d != null && indexWords(d, word) > 0;
    }

    /** How many of WordNet's index words the word is a form of, or -1 when WordNet could not be read. */
    private static int indexWords(Dictionary d, String word) {
        try {
            return d.lookupAllIndexWords(word).size();
        } catch (JWNLException e) {
            return -1;
        }
    }

    /** Words that mean the same as the noun in its first senses ("bill" → beak, neb), lower-cased. */
    public Set<String> synonyms(String noun) {
        return words(noun, POS.NOUN, null, SYNONYM_SENSES);
    }

    /**
     * Whether two words share a meaning among the first senses of either as a noun, an adjective or a verb: "yearly"
     * and "annual", "large" and "big". Only a hint: words share senses the data may not use.
     */
    public boolean sameMeaning(String a, String b) {
        return java.util.stream.Stream.of(POS.NOUN, POS.ADJECTIVE, POS.VERB)
                .anyMatch(pos -> words(a, pos, null, SAME_MEANING_SENSES).contains(b));
    }

    /** Whether {@code other} is a word of the verb's first sense: "buy" of purchase, never "take" of hire (a third). */
    public boolean firstSenseOfVerb(String verb, String other) {
        return words(verb, POS.VERB, null, 1).contains(other);
    }

    /** Words that mean the same as the noun in its first {@code senses} senses: movie → film, flick. */
    public Set<String> synonyms(String noun, int senses) {
        return words(noun, POS.NOUN, null, senses);
    }

    /**
     * The verbs a noun is made from, as WordNet links the words themselves (its derivations): conversion → convert,
     * approval → approve, delivery → deliver. Only those of the noun's first senses.
     */
    public Set<String> derivations(String noun) {
        return derivationCache.computeIfAbsent(noun, w -> derived(w, POS.VERB));
    }

    /** The adjectives a noun names the state of, as WordNet links them: absence → absent, lateness → late. */
    public Set<String> qualities(String noun) {
        return qualityCache.computeIfAbsent(noun, w -> derived(w, POS.ADJECTIVE));
    }

    /**
     * The verbs of what an adjective of "-ful" is the opposite of: successful → success, whose opposite failure is made
     * from fail. WordNet links the noun to its opposite, not the adjective to the noun.
     */
    public Set<String> opposedVerbs(String adjective) {
        return opposedVerbCache.computeIfAbsent(adjective, w -> {
            Set<String> verbs = new LinkedHashSet<>();
            if (w.endsWith("ful") && w.length() > 6) {
                words(w.substring(0, w.length() - 3), POS.NOUN, PointerType.ANTONYM, SENSES)
                        .forEach(n -> verbs.addAll(derivations(n)));
            }
            return verbs;
        });
    }

    private Set<String> derived(String noun, POS pos) {
        Set<String> found = new LinkedHashSet<>();
        Dictionary d = dictionary();
        if (d == null) {
            return found;
        }
        try {
            IndexWord index = d.getIndexWord(POS.NOUN, noun);
            if (index == null) {
                return found;
            }
            int senses = 0;
            for (Synset sense : index.getSenses()) {
                if (senses++ == SENSES) {
                    break;
                }
                for (Word w : sense.getWords()) {
                    if (!w.getLemma().equalsIgnoreCase(noun)) {
                        continue;
                    }
                    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                        if (p.getTarget() instanceof Word target && target.getPOS() == pos) {
                            found.add(target.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            Log.debugf("WordNet could not read '%s'", noun);
        }
        found.remove(noun);
        return found;
    }

    /** The nouns an adjective pertains to (WordNet's pertainyms): japanese → japan, european → europe. */
    public Set<String> pertainyms(String adjective) {
        return words(adjective, POS.ADJECTIVE, PointerType.PERTAINYM, SENSES);
    }

    /** The nouns an adjective measures: tall → stature, height; heavy → weight; old → age. */
    public Set<String> attributes(String adjective) {
        Set<String> found = words(adjective, POS.ADJECTIVE, PointerType.ATTRIBUTE, SENSES);
        Set<String> measured = MEASURED.get(adjective);
        if (measured != null) {
            found = new LinkedHashSet<>(found);
            found.addAll(measured);
        }
        return found;
    }

    /**
     * Adjectives whose WordNet attribute names no column ("expensiveness", "wealthiness"): what a column measuring
     * them is called.
     */
    private static final Map<String, Set<String>> MEASURED = Map.of(
            "expensive", Set.of("price", "cost"), "cheap", Set.of("price", "cost"), "costly", Set.of("price", "cost"),
            "pricey", Set.of("price", "cost"), "pricy", Set.of("price", "cost"), "inexpensive", Set.of("price", "cost"),
            "rich", Set.of("income", "wealth", "gdp"), "poor", Set.of("income", "wealth", "gdp"),
            "wealthy", Set.of("income", "wealth", "gdp"));

    /**
     * What a verb and its particle mean together, in their first sense: "go up" → rise, "go down" → fall, descend, "add
     * up" → total. Empty where WordNet knows no such phrase.
     */
    public Set<String> phrasal(String verb, String particle) {
        Set<String> found = new LinkedHashSet<>();
        Dictionary d = dictionary();
        if (d == null) {
            return found;
        }
        try {
            Set<String> bases = new LinkedHashSet<>(List.of(verb)); // "went" → go, a base too short for lemmas()
            d.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, verb).forEach(b -> bases.add(b.toLowerCase(Locale.ROOT)));
            bases.forEach(b -> found.addAll(words(b + "_" + particle, POS.VERB, null, 1)));
        } catch (JWNLException e) {
            Log.debugf("WordNet could not read '%s'", verb);
        }
        found.removeIf(w -> w.contains(" ") || w.contains("_"));
        return found;
    }

    /**
     * Whether the word is a verb's past form, regular or not: "visited", "came" (come), "got" (get), "paid" (pay). A
     * form ending in -s or -ing is no past, and neither is a base form ("bid", "set").
     */
    public boolean pastTense(String word) {
        if (word.matches("\\p{L}{3,}ed")) {
            return true;
        }
        Dictionary d = dictionary();
        if (d == null || word.endsWith("s") || word.endsWith("ing")) {
            return false;
        }
        try {
            return d.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, word).stream()
                    .anyMatch(b -> !b.equalsIgnoreCase(word));
        } catch (JWNLException e) {
            Log.debugf("WordNet could not read '%s'", word);
            return false;
        }
    }

    /**
     * The adjectives of opposite meaning: light → heavy, poor → rich. An antonym leads a low-end superlative to the
     * attribute its pair measures ("lightest" → heavy → weight), which WordNet may not give the word itself.
     */
    public Set<String> antonyms(String adjective) {
        return words(adjective, POS.ADJECTIVE, PointerType.ANTONYM, SENSES);
    }

    /** Whether the lemma is a light verb ("have", "take"): its many senses reach almost any word, they say little. */
    public static boolean lightVerb(String lemma) {
        return LIGHT_VERBS.contains(lemma);
    }

    /**
     * The verbs of opposite meaning, of the verb itself in any of its senses: pass → fail, win → lose, attend → miss,
     * accept → reject. Antonymy is a strong tie, so no sense is too far ("pass" a test is its fourteenth).
     */
    public Set<String> verbAntonyms(String verb) {
        return verbAntonymCache.computeIfAbsent(verb, v -> findVerbAntonyms(v, Integer.MAX_VALUE));
    }

    /**
     * The verbs of opposite meaning in the verb's common senses: "miss" → attend (its third), "win" → lose; not "run" →
     * idle (an engine's, its 26th).
     */
    public Set<String> commonVerbAntonyms(String verb) {
        return commonVerbAntonymCache.computeIfAbsent(verb, v -> findVerbAntonyms(v, SENSES));
    }

    private Set<String> findVerbAntonyms(String v, int senses) {
        Set<String> found = new LinkedHashSet<>();
        Dictionary d = dictionary();
        if (d == null) {
            return found;
        }
        try {
            IndexWord index = d.getIndexWord(POS.VERB, v);
            if (index == null) {
                return found;
            }
            for (Synset sense : index.getSenses().stream().limit(senses).toList()) {
                for (Word w : sense.getWords()) {
                    if (!w.getLemma().equalsIgnoreCase(v)) {
                        continue;
                    }
                    for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
                        if (p.getTarget() instanceof Word opposite) {
                            found.add(opposite.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            Log.debugf("WordNet could not read '%s'", v);
        }
        return found;
    }

    /** WordNet's files of nouns for things one can point at: animals, plants, people, objects, foods, places. */
    private static final Set<String> THINGS = Set.of("noun.animal", "noun.plant", "noun.person", "noun.artifact",
            "noun.food", "noun.substance", "noun.object", "noun.location", "noun.body");

    /**
     * Whether the noun's first sense is a thing ("robin", "sparrow", "fuel") rather than an idea, a measure or an
     * event ("energy", "score", "rating"): a thing may name one value of the data, an idea usually names a column.
     */
    public boolean thing(String noun) {
        String file = firstFile(noun);
        return file != null && THINGS.contains(file);
    }

    /** WordNet's file of the noun's first sense ("noun.animal"), or null. */
    private String firstFile(String noun) {
        List<String> files = files(noun, 1);
        return files.isEmpty() ? null : files.get(0);
    }

    /** WordNet's files of the noun's first senses, at most {@code senses} of them; empty for a word it does not know. */
    private List<String> files(String noun, int senses) {
        Dictionary d = dictionary();
        if (d == null) {
            return List.of();
        }
        try {
            IndexWord index = d.getIndexWord(POS.NOUN, noun);
            if (index == null) {
                return List.of();
            }
            // "sessions" is the plural of "session" before it is the composer Roger Sessions: a plural of a common
            // noun keeps only the senses of its own that are no proper names
            boolean plural = noun.endsWith("s")
                    && d.getIndexWord(POS.NOUN, noun.substring(0, noun.length() - 1)) != null;
            return index.getSenses().stream().filter(s -> !plural || !properName(s, noun)).limit(senses)
                    .map(Synset::getLexFileName).toList();
        } catch (JWNLException e) {
            return List.of();
        }
    }

    private static boolean properName(Synset sense, String noun) {
        return sense.getWords().stream().filter(w -> w.getLemma().equalsIgnoreCase(noun))
                .allMatch(w -> Character.isUpperCase(w.getLemma().charAt(0)));
    }

    /** Whether the word is a noun WordNet knows. */
    public boolean noun(String word) {
        return firstFile(word) != null;
    }

    /** Whether the noun's first sense is a stretch of time ("reign", "tenure", "wait", "lifetime"). */
    public boolean span(String noun) {
        return "noun.time".equals(firstFile(noun));
    }

    /**
     * Whether one of the noun's first two senses is an act or an event ("test", "visit", "flight", "payment"): each
     * one happens, once. Two, since WordNet puts "test" as a mental test before "trying something to find out".
     */
    public boolean event(String noun) {
        return files(noun, 2).stream().anyMatch(f -> f.equals("noun.act") || f.equals("noun.event"));
    }

    /**
     * Whether the noun's first sense is a property of a thing ("weight", "size", "distance"), not an amount of money or
     * of something else ("amount", "total").
     */
    public boolean property(String noun) {
        return "noun.attribute".equals(firstFile(noun));
    }

    /** Whether the noun's first sense is a food or a substance ("honey", "milk", "fuel"), not a property or a body. */
    public boolean substance(String noun) {
        String file = firstFile(noun);
        return "noun.food".equals(file) || "noun.substance".equals(file);
    }

    /** Whether the noun's first sense is a place ("site", "venue", "premises"). */
    public boolean place(String noun) {
        return "noun.location".equals(firstFile(noun));
    }

    /** Whether the noun's first sense is a kind of person ("republican", "nurse"). */
    public boolean person(String noun) {
        return "noun.person".equals(firstFile(noun));
    }

    /**
     * Whether one of the noun's first four senses is, one step up WordNet's hierarchy, a kind of the other: a goal is a
     * score ("a successful attempt at scoring", its fourth sense), a run is a score, a victory is a success.
     */
    public boolean kindOf(String noun, String kind) {
        Dictionary d = dictionary();
        if (d == null) {
            return false;
        }
        try {
            IndexWord index = d.getIndexWord(POS.NOUN, noun);
            if (index == null) {
                return false;
            }
            List<Synset> senses = index.getSenses();
            for (Synset sense : senses.subList(0, Math.min(4, senses.size()))) {
                for (Synset up : parents(sense)) {
                    if (up.getWords().stream().anyMatch(w -> w.getLemma().equalsIgnoreCase(kind))) {
                        return true;
                    }
                }
            }
        } catch (JWNLException e) {
            Log.debugf("WordNet could not read '%s'", noun);
        }
        return false;
    }

    /**
     * Whether two words may name one thing: they share a meaning ({@link #sameMeaning}: "yearly", "annual"), or one is
     * the kind the other is ("cat", "feline"; "bunny", "rabbit"). Only a hint, as sameMeaning is.
     */
    public boolean akin(String a, String b) {
        // "Kids" beside "child": each word in its dictionary forms
        return lemmas(a).stream().anyMatch(x -> lemmas(b).stream().anyMatch(y -> sameMeaning(x, y)
                || kinds(x).contains(y) || kinds(y).contains(x)));
    }

    /**
     * The kinds a name or a noun is, two steps up WordNet's hierarchy: Seattle → city, port; New York → city, state;
     * nurse → health professional. Empty for words WordNet does not know (most values of a dataset).
     */
    public Set<String> kinds(String name) {
        return kindCache.computeIfAbsent(name.toLowerCase(Locale.ROOT), this::findKinds);
    }

    private Set<String> findKinds(String name) {
        Set<String> found = new LinkedHashSet<>();
        Dictionary d = dictionary();
        if (d == null || name.length() < 3) {
            return found;
        }
        try {
            IndexWord index = d.getIndexWord(POS.NOUN, name);
            if (index == null) {
                return found;
            }
            int senses = 0;
            for (Synset sense : index.getSenses()) {
                if (senses++ == KIND_SENSES) {
                    break;
                }
                for (Synset up : parents(sense)) {
                    up.getWords().forEach(w -> found.add(w.getLemma().toLowerCase(Locale.ROOT)));
                    for (Synset higher : parents(up)) {
                        higher.getWords().forEach(w -> found.add(w.getLemma().toLowerCase(Locale.ROOT)));
                    }
                }
            }
        } catch (JWNLException e) {
            Log.debugf("WordNet could not read '%s'", name);
        }
        return found;
    }

    private static List<Synset> parents(Synset sense) throws JWNLException {
        List<Synset> up = new ArrayList<>();
        for (PointerType type : new PointerType[] {PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM}) {
            for (Pointer p : sense.getPointers(type)) {
                up.add(p.getTargetSynset());
            }
        }
        return up;
    }

    /** One question put to WordNet: the words of a lemma's first senses, or of what they point to. */
    private record Query(String lemma, POS pos, PointerType pointer, int senses) {
    }

    private Set<String> words(String lemma, POS pos, PointerType pointer, int senseLimit) {
        return wordCache.computeIfAbsent(new Query(lemma, pos, pointer, senseLimit), this::findWords);
    }

    private Set<String> findWords(Query query) {
        Dictionary d = dictionary();
        if (d == null) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>();
        try {
            IndexWord index = d.getIndexWord(query.pos(), query.lemma());
            if (index == null) {
                return Set.of();
            }
            int senses = 0;
            for (Synset sense : index.getSenses()) {
                if (senses++ == query.senses()) {
                    break;
                }
                if (query.pointer() == null) {
                    sense.getWords().forEach(w -> found.add(w.getLemma().toLowerCase(Locale.ROOT)));
                    continue;
                }
                for (Pointer p : sense.getPointers(query.pointer())) {
                    for (Word w : p.getTargetSynset().getWords()) {
                        found.add(w.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (JWNLException e) {
            Log.debugf("WordNet could not read '%s'", query.lemma());
        }
        found.remove(query.lemma());
        return Collections.unmodifiableSet(found);
    }
}
