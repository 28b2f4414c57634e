package io.insightx.orchestrator.agent.offline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import org.junit.jupiter.api.Test;

/** Quarters, halves, seasons, weekdays, ranges whose year is said once, full dates and the edges of a year. */
class MorePeriodsTest {

    private final Tokenizer tokenizer = TestCatalogs.tokenizer();
    private final Periods periods = new Periods(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31));

    private List<Period> read(String text) {
        return read(periods, text);
    }

    private List<Period> read(Periods in, String text) {
        return in.read(tokenizer.tokens(text));
    }

    private static void span(Period p, LocalDate from, LocalDate to) {
        assertThat(p.from()).isEqualTo(from);
        assertThat(p.to()).isEqualTo(to);
        assertThat(p.cyclic()).isFalse();
    }

    @Test
    void quartersAndHalvesWithTheirYear() {
        assertThat(read("units in texas in q3 2021")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 10, 1)));
        assertThat(read("charges in h2 2023")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 1)));
        assertThat(read("visits in the second half of 2022")).singleElement().satisfies(p -> {
            span(p, LocalDate.of(2022, 7, 1), LocalDate.of(2023, 1, 1));
            assertThat(p.words()).isEqualTo("the second half of 2022");
        });
        assertThat(read("first half of 2021")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 7, 1)));
        assertThat(read("sales in the 1st quarter of 2014")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2014, 1, 1), LocalDate.of(2014, 4, 1)));
    }

    @Test
    void aQuarterWithoutItsYear() {
        // several years of data: the quarter of every year
        assertThat(read("sales in Q3")).singleElement().satisfies(p -> {
            assertThat(p.months()).containsExactly(7, 8, 9);
            assertThat(p.from()).isNull();
        });
        // one year of data, or another year named: that year's quarter
        Periods oneYear = new Periods(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 12, 30));
        assertThat(read(oneYear, "sales in the 1st quarter")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 1)));
        assertThat(read("in 2014, sales in Q4")).filteredOn(p -> p.words().equals("Q4")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2014, 10, 1), LocalDate.of(2015, 1, 1)));
        assertThat(read("the last 3 quarters")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2015, 4, 1), LocalDate.of(2016, 1, 1)));
    }

    @Test
    void rangesWhoseYearIsSaidOnce() {
        assertThat(read("orders between march and june 2022")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 7, 1)));
        assertThat(read("from jan to mar 2021")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 1)));
        assertThat(read("jan to dec 2008")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2008, 1, 1), LocalDate.of(2009, 1, 1)));
        assertThat(read("between nov 2021 and feb")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 11, 1), LocalDate.of(2022, 3, 1)));
        assertThat(read("gain over 2008, jan to dec")).extracting(Period::words).contains("jan to dec");
        assertThat(read("rain from march to june")).singleElement().satisfies(p -> assertThat(p.months()).containsExactly(3, 4, 5, 6));
        // two years in a row said as one stretch; apart, they stay two periods
        assertThat(read("avg price during 2001 and 2002")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2001, 1, 1), LocalDate.of(2003, 1, 1)));
        assertThat(read("avg price during 2001 and 2005")).hasSize(2);
    }

    @Test
    void fullDates() {
        assertThat(read("units sold between nov 15 2021 and jan 15 2022")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 11, 15), LocalDate.of(2022, 1, 16)));
        assertThat(read("orders on 2021-03-04")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 3, 4), LocalDate.of(2021, 3, 5)));
        assertThat(read("orders on march 4th 2021")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2021, 3, 4), LocalDate.of(2021, 3, 5)));
        assertThat(read("orders on 4 march 2021")).singleElement()
                .satisfies(p -> assertThat(p.tokens()).hasSize(3));
    }

    @Test
    void theEdgesOfAYearAndOfTheData() {
        Periods monthly = new Periods(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 3, 1), java.time.Period.ofMonths(1));
        assertThat(read(monthly, "price of each stock at the end of 2009")).singleElement().satisfies(p -> {
            span(p, LocalDate.of(2009, 12, 1), LocalDate.of(2010, 1, 1));
            assertThat(p.words()).isEqualTo("at the end of 2009");
        });
        assertThat(read(monthly, "price at the start of 2005")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2005, 1, 1), LocalDate.of(2005, 2, 1)));
        // the data ends within the year: the one month up to its last point (2010-03-01)
        assertThat(read(monthly, "price at the end of 2010")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2010, 2, 2), LocalDate.of(2010, 3, 2)));
        assertThat(read(monthly, "growth from the first to the last month in the data")).singleElement()
                .satisfies(p -> span(p, LocalDate.of(2000, 1, 1), LocalDate.of(2010, 4, 1)));
        // irregular data: no step, so "the end of 2009" is not guessed
        assertThat(read("price at the end of 2009")).singleElement().satisfies(p -> assertThat(p.words()).isEqualTo("2009"));
    }

    @Test
    void daysOfTheWeekAndSeasons() {
        assertThat(read("avg order value on weekends vs weekdays")).extracting(Period::weekdays)
                .containsExactly(List.of(6, 7), List.of(1, 2, 3, 4, 5));
        assertThat(read("visits on mondays")).singleElement().satisfies(p -> assertThat(p.weekdays()).containsExactly(1));
        assertThat(read("visits by weekday")).isEmpty();
        assertThat(read("rain in summer")).singleElement().satisfies(p -> assertThat(p.months()).containsExactly(6, 7, 8));
        assertThat(read("the winter months")).singleElement().satisfies(p -> {
            assertThat(p.months()).containsExactly(12, 1, 2);
            assertThat(p.words()).isEqualTo("the winter months");
        });
        assertThat(read("rain in the fall of 2014")).singleElement().satisfies(p -> {
            assertThat(p.months()).containsExactly(9, 10, 11);
            assertThat(p.from()).isEqualTo(LocalDate.of(2014, 1, 1));
        });
        assertThat(read("did sales fall")).isEmpty();
    }
}
