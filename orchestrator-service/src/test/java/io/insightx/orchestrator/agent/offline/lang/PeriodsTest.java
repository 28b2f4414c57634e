package io.insightx.orchestrator.agent.offline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import org.junit.jupiter.api.Test;

/** Periods as people say them, anchored where needed on the data's own time range (2012 to 2015). */
class PeriodsTest {

    private final Tokenizer tokenizer = TestCatalogs.tokenizer();
    private final Periods periods = new Periods(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31));

    private List<Period> read(String text) {
        return periods.read(tokenizer.tokens(text));
    }

    @Test
    void openSpansAndRanges() {
        assertThat(read("rain since 2000")).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(LocalDate.of(2000, 1, 1));
            assertThat(p.to()).isNull();
        });
        assertThat(read("after 2010")).singleElement().satisfies(p -> assertThat(p.from()).isEqualTo(LocalDate.of(2011, 1, 1)));
        assertThat(read("before 1950")).singleElement().satisfies(p -> assertThat(p.to()).isEqualTo(LocalDate.of(1950, 1, 1)));
        assertThat(read("between March 2013 and June 2014")).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(LocalDate.of(2013, 3, 1));
            assertThat(p.to()).isEqualTo(LocalDate.of(2014, 7, 1));
        });
        // a noun after the first end says what is compared; the range still runs to the second
        assertThat(read("avg price from 2013 listings to 2014 listings")).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(LocalDate.of(2013, 1, 1));
            assertThat(p.to()).isEqualTo(LocalDate.of(2015, 1, 1));
        });
    }

    @Test
    void monthsDecadesAndTheDataEdges() {
        assertThat(read("in December 2014")).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(LocalDate.of(2014, 12, 1));
            assertThat(p.to()).isEqualTo(LocalDate.of(2015, 1, 1));
        });
        assertThat(read("in December")).singleElement().satisfies(p -> assertThat(p.monthOfYear()).isEqualTo(12));
        assertThat(read("the 1990s")).singleElement().satisfies(p -> assertThat(p.from()).isEqualTo(LocalDate.of(1990, 1, 1)));
        assertThat(read("in the 90s")).singleElement().satisfies(p -> assertThat(p.to()).isEqualTo(LocalDate.of(2000, 1, 1)));
        assertThat(read("the last year of the data")).singleElement()
                .satisfies(p -> assertThat(p.from()).isEqualTo(LocalDate.of(2015, 1, 1)));
    }
}
