package io.insightx.orchestrator.agent.offline.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;

/**
 * A question that builds on the chat's previous one ("and by island?", "only females", "what about the max?"),
 * recognised by its structure rather than by phrases: it opens with a coordinating conjunction or "what/how about",
 * or it is a fragment, with no computation and subject of its own (only a group, a filter, a period, an aggregate
 * word or a measure to swap). A complete question stays a question of its own. The fragment's parts are merged into
 * the previous plan by their role ({@link PlanMerge}).
 */
public final class FollowUp {

    /** Coordinating conjunctions: a sentence that opens with one continues the one before it. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "plus", "so", "also", "then");
    /** Openings that add to the previous question rather than swap a part of it. */
    private static final Set<String> ADDING = Set.of("and", "plus", "also");
    /** Words that add a part in any place of the fragment: "by island too", "as well". */
    private static final Set<String> ADDING_ADVERBS = Set.of("also", "too", "well");
    /** The kinds of computation whose words make a question complete, with a subject to compute them on. */
    private static final List<Set<String>> COMPUTATIONS = List.of(Vocabulary.CHART, Vocabulary.CORRELATION,
            Vocabulary.HISTOGRAM, Vocabulary.DESCRIBE, Vocabulary.DIFFERENCE);

    private final Planner planner;

    public FollowUp(Planner planner) {
        this.planner = planner;
    }

    /** How a question reads against the previous plan: its own question, or merged into that plan. */
    public Optional<Plan> read(String question, String previousQuestion, Plan previous) {
        List<Token> tokens = planner.tokenizer().tokens(question);
        int opening = opening(tokens);
        String rest = after(question, tokens, opening);
        Reading r = new Reading(planner.tokenizer().tokens(rest));
        Draft d = new Draft(previous.catalog());
        if (r.tokens.isEmpty() || planner.answeredApart(r, d) != null) {
            return Optional.empty();
        }
        boolean adds = opening > 0 && tokens.get(0).isAny(ADDING) || r.has(ADDING_ADVERBS);
        r.take(PlanMerge.MARKERS);
        Token edge = loneSuperlative(r);
        if (edge != null && previous.limit() != null && PlanMerge.buildsOn(previous)) {
            // "and the lowest?" after a ranking turns it, even where a column is named "low"
            r.use(edge.index());
            d.superlative = true;
            d.low = edge.isAny(Vocabulary.LOW);
            d.aggregate = d.low ? Aggregate.MIN : Aggregate.MAX;
            return Optional.of(new PlanMerge(r, d, adds).into(previous, previousQuestion));
        }
        planner.read(r, d, Set.of());
        Set<Integer> open = planner.open(r.tokens, r.ignored());
        if (!open.isEmpty()) {
            // "and the lightest?": a word no column is named by may still mean one, as in a whole question
            Reading again = new Reading(r.tokens);
            Draft other = new Draft(previous.catalog());
            again.take(PlanMerge.MARKERS);
            planner.read(again, other, open);
            if (again.ignored().size() < r.ignored().size()) {
                r = again;
                d = other;
            }
        }
        boolean fragment = !complete(r, d);
        if (!fragment && COMPUTATIONS.stream().anyMatch(r::has)) {
            return Optional.empty(); // "and the correlation with flipper length?": a computation of its own kind
        }
        if (opening == 0 && (!fragment || !PlanMerge.buildsOn(previous) || !contributes(d))) {
            return Optional.empty(); // a question of its own, or nothing to build on: read alone
        }
        return Optional.of(new PlanMerge(r, d, adds).into(previous, previousQuestion));
    }

    /** The fragment's one word when it is a superlative ("the lowest?", "highest"), else null. */
    private static Token loneSuperlative(Reading r) {
        List<Token> words = r.tokens.stream().filter(t -> r.free(t.index()) && t.text().matches("\\p{L}+")
                && !t.isAny(Vocabulary.ARTICLES)).toList();
        return words.size() == 1 && Planner.superlative(words.get(0)) ? words.get(0) : null;
    }

    /** "Following on from “average body mass by species”": what an answer built on says first. */
    public static String basis(String previousQuestion) {
        return "Following on from “" + previousQuestion.strip() + "”";
    }

    /** How many leading tokens open a follow-up: a conjunction (1), "what/how about" (2), or none (0). */
    static int opening(List<Token> tokens) {
        if (tokens.size() >= 2 && tokens.get(0).isAny(Set.of("what", "how")) && tokens.get(1).is("about")) {
            return 2;
        }
        return !tokens.isEmpty() && tokens.get(0).isAny(CONJUNCTIONS) ? 1 : 0;
    }

    /** The question after its first {@code count} tokens, as written. */
    private static String after(String question, List<Token> tokens, int count) {
        String lower = question.toLowerCase(Locale.ROOT);
        int at = 0;
        for (int i = 0; i < count; i++) {
            int found = lower.indexOf(tokens.get(i).lower(), at);
            at = found < 0 ? at : found + tokens.get(i).lower().length();
        }
        return question.substring(at).strip();
    }

    /**
     * A complete question asks for a computation (an aggregate, a count, a ranking, a change, a chart) and names what
     * it is computed on (a measure, or the things counted); a fragment lacks one of the two.
     */
    private static boolean complete(Reading r, Draft d) {
        boolean computation = d.aggregate != null || d.countWords || d.ranking || !d.change.isEmpty()
                || COMPUTATIONS.stream().anyMatch(r::has);
        boolean subject = !d.measures.isEmpty() || d.entity != null || d.countWords;
        return computation && subject;
    }

    /**
     * Whether a fragment without an opening read anything a plan is made of. A column of names alone does not count:
     * "list the islands" asks for the names, not for the previous figure by island ("and island?" does, with its opening).
     */
    private static boolean contributes(Draft d) {
        return !d.filters.isEmpty() || !d.groups.isEmpty() || d.aggregate != null || d.countWords || d.limit != null
                || d.measures.stream().anyMatch(c -> c.role().numeric());
    }
}
