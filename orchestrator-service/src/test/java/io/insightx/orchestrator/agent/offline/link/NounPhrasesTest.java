package io.insightx.orchestrator.agent.offline.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.lang.Token;
import org.junit.jupiter.api.Test;

/**
 * How a noun phrase names a column or a value: its head noun wins over a modifier, a word for a row names no column,
 * a preposition says which of two columns of places is meant, and a verb of the question is no title.
 */
class NounPhrasesTest {

    private final ColumnLinker columns = new ColumnLinker(TestCatalogs.LEXICON);
    private final ValueLinker values = new ValueLinker(TestCatalogs.tokenizer());

    private List<String> columnsOf(String text, Catalog catalog) {
        List<Token> tokens = TestCatalogs.tokenizer().tokens(text);
        return columns.link(tokens, catalog.columns(), Set.of()).stream().map(m -> m.column().name()).toList();
    }

    private List<String> valuesOf(String text, Catalog catalog) {
        List<Token> tokens = TestCatalogs.tokenizer().tokens(text);
        return values.link(tokens, catalog.columns(), Set.of()).stream()
                .map(v -> v.column().name() + "=" + v.value()).toList();
    }

    @Test
    void theHeadNounOfACompoundNamesTheColumn() {
        assertThat(columnsOf("which product category has the most skus", TestCatalogs.inventory()))
                .containsExactly("category", "sku");
        assertThat(columnsOf("total units on hand", TestCatalogs.inventory())).containsExactly("on_hand");
        // a superlative before a noun ranks it; the noun is no modifier of the superlative's column
        assertThat(columnsOf("the most expensive product", TestCatalogs.inventory()))
                .containsExactly("unit_cost", "product_name");
    }

    @Test
    void aWordForARowNamesNoColumn() {
        assertThat(columnsOf("most expensive item", TestCatalogs.inventory())).containsExactly("unit_cost");
    }

    @Test
    void aPrepositionSaysWhichColumnOfPlacesIsMeant() {
        assertThat(valuesOf("flights from SFO", TestCatalogs.flights())).containsExactly("origin=SFO");
        assertThat(valuesOf("flights to SFO", TestCatalogs.flights())).containsExactly("destination=SFO");
        assertThat(valuesOf("SFO to LAX", TestCatalogs.flights())).containsExactly("origin=SFO", "destination=LAX");
        assertThat(valuesOf("how many flights from sfo to lax", TestCatalogs.flights()))
                .containsExactly("origin=SFO", "destination=LAX");
    }

    @Test
    void anEnglishWordIsACodeOnlyWhereAPlaceIsSaid() {
        assertThat(valuesOf("flights to lax", TestCatalogs.flights())).containsExactly("destination=LAX");
        assertThat(valuesOf("is the delay policy lax", TestCatalogs.flights())).isEmpty();
    }

    @Test
    void aVerbOfTheQuestionIsNoTitle() {
        Catalog films = TestCatalogs.films();
        assertThat(valuesOf("how many movies made more than 1 billion", films)).isEmpty();
        assertThat(valuesOf("what did jaws make", films)).containsExactly("Title=Jaws");
    }

    @Test
    void aUnitPriceIsALevelAndRoundQuantitiesStayNumbers() {
        Catalog inventory = TestCatalogs.inventory();
        assertThat(role(inventory, "unit_cost")).isEqualTo(ColumnRole.LEVEL);
        assertThat(role(inventory, "reorder_point")).isEqualTo(ColumnRole.MEASURE);
    }

    private static ColumnRole role(Catalog catalog, String name) {
        return catalog.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().role();
    }
}
