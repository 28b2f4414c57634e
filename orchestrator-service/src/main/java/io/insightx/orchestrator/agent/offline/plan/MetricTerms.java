package io.insightx.orchestrator.agent.offline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ColumnLinker;
import io.insightx.orchestrator.agent.offline.link.ColumnMention;
import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.link.DataColumn;

/**
 * The ratios that analysts name by initials or a name of their own ("CTR", "click-through rate", "cost per
 * conversion") are read as their standard definitions in words ("clicks / impressions"), which the rest of the
 * reading links to columns like any other words. A term is read so only where the data holds a different amount for
 * each part of its definition and no column is named for the term itself; the answer says how it was read. Money
 * spent goes by several words ("cost", "spend", "expense"): a word of it that names no column is read as the one that
 * does, unless it is said of the people who pay ("top customers by total spend": what they paid, not the costs).
 */
public final class MetricTerms {

    /** A term's names and its definition: the amount divided, and the amount it is divided by. */
    private record Term(List<String> names, String dividend, String divisor) {
    }

    /** What a question becomes: the text the reading takes, and what the answer says about it. */
    public record Expansion(String question, List<String> notes) {
    }

    private static final String COST = "cost";
    private static final String CUSTOMER = "customer";
    private static final List<String> COST_WORDS = List.of("cost", "costs", "spend", "spent", "spending", "expense",
            "expenses", "expenditure", "outlay");
    private static final List<Term> TERMS = List.of(
            new Term(List.of("click through rate", "click rate", "ctr"), "clicks", "impressions"),
            new Term(List.of("cost per click", "cpc"), COST, "clicks"),
            new Term(List.of("cost per conversion", "cost per acquisition", "cost per action", "cpa"), COST, "conversions"),
            new Term(List.of("conversion rate", "conv rate", "cvr"), "conversions", "clicks"),
            new Term(List.of("return on ad spend", "roas"), "revenue", COST));

    private final Tokenizer tokenizer;
    private final ColumnLinker linker;
    private final Lexicon lexicon;

    MetricTerms(Tokenizer tokenizer, ColumnLinker linker, Lexicon lexicon) {
        this.tokenizer = tokenizer;
        this.linker = linker;
        this.lexicon = lexicon;
    }

    /** The question with each term the data can compute written as its definition, or empty when there is none. */
    Optional<Expansion> expand(String question, Catalog catalog) {
        String text = question;
        List<String> notes = new ArrayList<>();
        for (Term term : TERMS) {
            for (String name : term.names()) {
                Matcher found = pattern(name).matcher(text);
                if (!found.find() || named(name, catalog)) {
                    continue;
                }
                Optional<String> dividend = word(term.dividend(), catalog);
                Optional<String> divisor = word(term.divisor(), catalog);
                if (dividend.isEmpty() || divisor.isEmpty()
                        || linked(dividend.get(), catalog).equals(linked(divisor.get(), catalog))) {
                    break;
                }
                String definition = dividend.get() + " / " + divisor.get();
                notes.add("Reading “" + found.group() + "” as " + definition + ".");
                text = found.replaceAll(Matcher.quoteReplacement(definition));
                break;
            }
        }
        Optional<String> spent = paidBy(text, catalog) ? Optional.empty() : word(COST, catalog);
        for (String cost : COST_WORDS) {
            Matcher found = pattern(cost).matcher(text);
            if (spent.isPresent() && !spent.get().equals(cost) && found.find() && !named(cost, catalog)) {
                notes.add("Taking " + linked(spent.get(), catalog).orElseThrow().name() + " for “" + found.group() + "”.");
                text = found.replaceAll(Matcher.quoteReplacement(spent.get()));
            }
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(new Expansion(text, notes));
    }

    /** Whether the question names the people who pay by their key or name: "customers", "clients", "guests". */
    private boolean paidBy(String text, Catalog catalog) {
        return linker.link(tokenizer.tokens(text), catalog.columns(), Set.of()).stream().map(ColumnMention::column)
                .anyMatch(c -> (c.role() == ColumnRole.IDENTIFIER || c.role() == ColumnRole.NAME)
                        && !c.words().isEmpty() && payer(c.words().get(0)));
    }

    /** A customer, a client, or a kind of customer (WordNet's: a guest, a buyer). */
    private boolean payer(String noun) {
        return noun.equals(CUSTOMER) || lexicon.synonyms(CUSTOMER).contains(noun) || lexicon.kindOf(noun, CUSTOMER);
    }

    /** The word of a definition as the data names it: money spent by whichever word names its column. */
    private Optional<String> word(String word, Catalog catalog) {
        List<String> candidates = COST.equals(word) ? COST_WORDS : List.of(word);
        return candidates.stream().filter(w -> linked(w, catalog).isPresent()).findFirst();
    }

    /** Whether a column is named by all of these words: a column "CTR" is the data's own. */
    private boolean named(String words, Catalog catalog) {
        var tokens = tokenizer.tokens(words);
        return linker.link(tokens, catalog.columns(), Set.of()).stream().anyMatch(m -> m.tokens().size() == tokens.size());
    }

    /** The amount column that the words name whole, if one does. */
    private Optional<DataColumn> linked(String words, Catalog catalog) {
        var tokens = tokenizer.tokens(words);
        List<ColumnMention> mentions = linker.link(tokens, catalog.columns(), Set.of());
        return mentions.size() == 1 && mentions.get(0).tokens().size() == tokens.size()
                && mentions.get(0).column().role() == ColumnRole.MEASURE && mentions.get(0).column().numericType()
                ? Optional.of(mentions.get(0).column()) : Optional.empty();
    }

    /** A name as people write it: any case, its words apart, hyphenated or run together ("click-through rate"). */
    private static Pattern pattern(String name) {
        String words = String.join("[-\\s]*", List.of(name.toLowerCase(Locale.ROOT).split(" ")).stream().map(Pattern::quote).toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
