package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.insightx.orchestrator.agent.offline.lang.Period;
import io.insightx.orchestrator.agent.offline.lang.Periods;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Conditions on rows said the way people say them: hours on the clock ("between 9am and 5pm"), numbers of degrees
 * (a temperature, or a latitude or longitude with a compass word) and one measure against another ("closed higher
 * than they opened").
 */
class ConditionsTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    private static List<Period> hours(String text) {
        return new Periods(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 5, 30)).read(TestCatalogs.tokenizer().tokens(text));
    }

    private static String sql(Plan plan) {
        return SqlWriter.write(plan).sql();
    }

    @Test
    void hoursOnTheClockAreHoursOfEveryDay() {
        assertThat(hours("commits at 3pm")).singleElement().satisfies(p -> assertThat(p.hours()).containsExactly(15));
        assertThat(hours("between 9am and 5pm")).singleElement()
                .satisfies(p -> assertThat(p.hours()).containsExactly(9, 10, 11, 12, 13, 14, 15, 16));
        assertThat(hours("from 10pm to 2am")).singleElement().satisfies(p -> assertThat(p.hours()).containsExactly(22, 23, 0, 1));
        assertThat(hours("between 1 and 5pm")).singleElement().satisfies(p -> assertThat(p.hours()).containsExactly(13, 14, 15, 16));
        assertThat(hours("before 6am")).singleElement().satisfies(p -> assertThat(p.hours()).containsExactly(0, 1, 2, 3, 4, 5));
        assertThat(hours("at noon")).singleElement().satisfies(p -> assertThat(p.hours()).containsExactly(12));
        // a bare number is no hour: "top 3", "more than 5"
        assertThat(hours("top 3 days with more than 5 commits")).isEmpty();
    }

    @Test
    void aShareOfTheHoursIsAShareOfTheRows() {
        Plan plan = PLANNER.plan("what share of commits happen between 9am and 5pm", TestCatalogs.commits());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("FILTER (WHERE hour(\"time\") IN (");
        Plan night = PLANNER.plan("how many commits at night (midnight to 6am)", TestCatalogs.commits());
        assertThat(night.ignored()).isEmpty();
        assertThat(SqlWriter.write(night).params()).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void twoHoursAreComparedNeverBothRequired() {
        Plan warmer = PLANNER.plan("on avg how much warmer is it at 3pm than at 5am", TestCatalogs.hourly());
        assertThat(warmer.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(warmer.change()).extracting(Period::hours).containsExactly(List.of(5), List.of(15));
        assertThat(warmer.filters()).isEmpty();
        Plan versus = PLANNER.plan("avg temperature at 3pm vs 5am", TestCatalogs.hourly());
        assertThat(versus.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY));
        assertThat(sql(versus)).contains("(hour(\"date\") = ? OR hour(\"date\") = ?)");
    }

    @Test
    void hoursCountedAreTheDistinctHoursOfATimestamp() {
        Plan plan = PLANNER.plan("# of hours above 20 degrees", TestCatalogs.hourly());
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("count(DISTINCT date_trunc('hour', \"date\"))").contains("\"temperature\" > ?");
    }

    @Test
    void hoursOfDaysWithNoTimeOfDayAreLeftUnread() {
        assertThat(PLANNER.plan("avg wind at 3pm", TestCatalogs.weather()).ignored()).contains("3", "pm");
    }

    @Test
    void degreesAreATemperatureItsHighAboveAndItsLowBelow() {
        Plan hot = PLANNER.plan("how many days above 30 degrees", TestCatalogs.weather());
        assertThat(hot.ignored()).isEmpty();
        assertThat(sql(hot)).contains("\"temp_max\" > ?");
        assertThat(hot.notes()).anyMatch(n -> n.contains("temp_max"));
        assertThat(sql(PLANNER.plan("how many days below 0 degrees", TestCatalogs.weather()))).contains("\"temp_min\" < ?");
    }

    @Test
    void degreesWithACompassWordAreALatitudeOrALongitude() {
        Plan west = PLANNER.plan("how many zip codes are west of 100 degrees W longitude", TestCatalogs.zipcodes());
        assertThat(west.ignored()).isEmpty();
        assertThat(sql(west)).contains("\"longitude\" < ?");
        assertThat(SqlWriter.write(west).params()).containsExactly(-100.0);
        Plan band = PLANNER.plan("# of zip codes between 35 and 40 degrees north", TestCatalogs.zipcodes());
        assertThat(band.ignored()).isEmpty();
        assertThat(sql(band)).contains("\"latitude\" BETWEEN ? AND ?");
        assertThat(SqlWriter.write(band).params()).containsExactly(35.0, 40.0);
    }

    @Test
    void eachYearIsOfTheYearColumnNamedJustBeforeIt() {
        Plan plan = PLANNER.plan("value for budget year 2000 forecast year 2005", TestCatalogs.budgets());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).isEmpty();
        assertThat(sql(plan)).contains("\"budgetYear\" >= ? AND \"budgetYear\" < ?")
                .contains("\"forecastYear\" >= ? AND \"forecastYear\" < ?");
    }

    @Test
    void rowsAskedForByTheirConditionAreCountedAndListed() throws Exception {
        Plan plan = PLANNER.plan("penguins with a beak longer than 50", TestCatalogs.penguins());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.MATCHES);
        assertThat(sql(plan)).isEqualTo("SELECT *, count(*) OVER () AS \"rows matching\" FROM \"penguins\" WHERE"
                + " \"Beak Length (mm)\" > ? ORDER BY \"Beak Length (mm)\" DESC LIMIT 50");
        var result = TestCatalogs.JSON.readTree("{\"columns\": [{\"name\": \"Species\"}, {\"name\": \"Beak Length (mm)\"},"
                + " {\"name\": \"rows matching\"}], \"rows\": [[\"Gentoo\", 59.6, 2], [\"Chinstrap\", 58.0, 2]]}");
        assertThat(io.insightx.orchestrator.agent.offline.answer.AnswerWriter.write(plan, result))
                .startsWith("Listed the penguins with beak length above 50 mm: **2** in all.");
        assertThat(PLANNER.plan("days where the close was above the open", TestCatalogs.index()).kind())
                .isEqualTo(Plan.Kind.MATCHES);
        // a figure asked of them is never a list: a chart, the first one, the most
        assertThat(PLANNER.plan("bar chart of penguins with a beak longer than 50", TestCatalogs.penguins()).kind())
                .isNotEqualTo(Plan.Kind.MATCHES);
        assertThat(PLANNER.plan("first year the close was above 3000", TestCatalogs.index()).kind())
                .isNotEqualTo(Plan.Kind.MATCHES);
    }

    @Test
    void aHashBeforeANounIsTheNumberOfIt() {
        Plan plan = PLANNER.plan("# of capitals between 35 and 40 degrees north", TestCatalogs.capitals());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(sql(plan)).contains("\"lat\" BETWEEN ? AND ?");
    }

    @Test
    void oneMeasureAgainstAnotherOfTheSameRow() {
        Plan up = PLANNER.plan("how many days closed higher than they opened", TestCatalogs.index());
        assertThat(up.ignored()).isEmpty();
        assertThat(sql(up)).contains("WHERE \"close\" > \"open\"");
        assertThat(sql(PLANNER.plan("how many days did it close below the open", TestCatalogs.index())))
                .contains("WHERE \"close\" < \"open\"");
        Plan share = PLANNER.plan("what share of days closed above the open", TestCatalogs.index());
        assertThat(share.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(sql(share)).contains("FILTER (WHERE \"close\" > \"open\")");
    }

    @Test
    void aNegatedValueIsTheShareItselfUnlessItSetsRowsAside() {
        Plan not = PLANNER.plan("of the no-show bookings, what share were not direct", TestCatalogs.bookings());
        assertThat(sql(not)).contains("FILTER (WHERE \"market_segment\" <> ?)").endsWith("WHERE \"Status\" = ?");
        Plan excluding = PLANNER.plan("what share of bookings excluding groups were no-shows", TestCatalogs.bookings());
        assertThat(sql(excluding)).contains("FILTER (WHERE \"Status\" = ?)").endsWith("WHERE \"market_segment\" <> ?");
    }
}
