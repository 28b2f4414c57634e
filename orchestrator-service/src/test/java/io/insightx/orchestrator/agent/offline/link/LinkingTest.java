package io.insightx.orchestrator.agent.offline.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.lang.Token;
import org.junit.jupiter.api.Test;

/** Words link to columns by lemma, abbreviation, synonym and attribute; values by their words, codes by case. */
class LinkingTest {

    private final ColumnLinker columns = new ColumnLinker(TestCatalogs.LEXICON);
    private final ValueLinker values = new ValueLinker(TestCatalogs.tokenizer());

    private List<ColumnMention> link(String text, Catalog catalog) {
        List<Token> tokens = TestCatalogs.tokenizer().tokens(text);
        return columns.link(tokens, catalog.columns(), Set.of());
    }

    @Test
    void synonymsAndAttributesReachColumnNames() {
        assertThat(link("bill length", TestCatalogs.penguins())).first()
                .satisfies(m -> assertThat(m.column().name()).isEqualTo("Beak Length (mm)"));
        assertThat(link("the longest flipper", TestCatalogs.penguins())).singleElement()
                .satisfies(m -> assertThat(m.column().name()).isEqualTo("Flipper Length (mm)"));
        assertThat(link("islands", TestCatalogs.penguins())).singleElement()
                .satisfies(m -> assertThat(m.column().name()).isEqualTo("Island"));
    }

    @Test
    void aNameWithDigitsIsTheColumnThatSpellsIt() {
        assertThat(link("avg pm10", TestCatalogs.airReadings())).singleElement().satisfies(m -> {
            assertThat(m.column().name()).isEqualTo("pollutants_pm10");
            assertThat(m.alternatives()).isEmpty();
        });
        // "pm2.5" is one word, not "pm2" and a number .5
        assertThat(TestCatalogs.tokenizer().tokens("avg pm2.5 by city")).extracting(Token::text)
                .containsExactly("avg", "pm2.5", "by", "city");
        assertThat(link("avg pm2.5", TestCatalogs.airReadings())).singleElement()
                .satisfies(m -> assertThat(m.column().name()).isEqualTo("pollutants_pm2_5"));
    }

    @Test
    void aNameWrittenInInitialsIsLinkedByThePhraseItAbbreviates() {
        assertThat(link("avg first call resolution by team", TestCatalogs.agentKpis())).first().satisfies(m -> {
            assertThat(m.column().name()).isEqualTo("fcr");
            assertThat(m.tokens()).containsExactly(1, 2, 3);
        });
        assertThat(link("average handle time", TestCatalogs.agentKpis())).singleElement()
                .satisfies(m -> assertThat(m.column().name()).isEqualTo("aht_sec"));
        // initials of function words at either end spell nothing: "dials" is no "d" + "of" + ...
        assertThat(link("days of the week", TestCatalogs.agentKpis())).noneSatisfy(
                m -> assertThat(m.column().name()).isIn("fcr", "aht_sec"));
    }

    @Test
    void aTripsEndsHaveTheirOwnWords() {
        Catalog rides = TestCatalogs.bikeRidesWithStations();
        assertThat(link("most common drop-off station", rides)).singleElement()
                .satisfies(m -> assertThat(m.column().name()).isEqualTo("end_station"));
        assertThat(link("top pickup stations", rides)).singleElement()
                .satisfies(m -> assertThat(m.column().name()).isEqualTo("start_station"));
    }

    @Test
    void anAmbiguousWordKeepsItsAlternatives() {
        assertThat(link("temperature", TestCatalogs.weather())).singleElement()
                .satisfies(m -> assertThat(m.alternatives()).isNotEmpty());
    }

    @Test
    void valuesMatchByTheirWordsAndRolesAreInferred() {
        Catalog weather = TestCatalogs.weather();
        List<ValueMention> found = values.link(TestCatalogs.tokenizer().tokens("sunny days"), weather.columns(), Set.of());
        assertThat(found).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("sun"));
        assertThat(weather.columns().get(2).role()).isEqualTo(ColumnRole.LEVEL);
        assertThat(TestCatalogs.population().columns().get(1).role()).isEqualTo(ColumnRole.YEAR);
        assertThat(TestCatalogs.population().columns().get(2).role()).isEqualTo(ColumnRole.MEASURE);
        assertThat(TestCatalogs.population().columns().get(0).totals()).containsExactly("World");
    }

    @Test
    void aSingularWordReachesAPluralValue() {
        Catalog electricity = TestCatalogs.electricity();
        List<ValueMention> found = values.link(TestCatalogs.tokenizer().tokens("renewable and fossil fuel generation"),
                electricity.columns(), Set.of());
        assertThat(found).extracting(ValueMention::value).containsExactly("Renewables", "Fossil Fuels");
    }
}
