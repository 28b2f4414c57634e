package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Conditions written the way reviews and receipts are asked about: words the free text mentions, star counts ("1 star
 * reviews", "4 or more stars", "1-2 star"), the days from one date to another named differently, and money net of
 * discounts.
 */
class TextAndRangesTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void aWordTheTextMentionsKeepsTheRowsThatSayIt() {
        Plan plan = PLANNER.plan("how many reviews mention crashes", TestCatalogs.reviews());
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("regexp_matches(\"review_text\", ?, 'i')");
        assertThat(sql.params()).singleElement().satisfies(p -> assertThat(p.toString()).contains("crash"));
        assertThat(plan.ignored()).isEmpty();
        // "battery" is searched whole, never as "batter"; "city" (a lemma of which is "cite") is no verb of saying
        assertThat(SqlWriter.write(PLANNER.plan("share of reviews mentioning battery", TestCatalogs.reviews())).params())
                .anySatisfy(p -> assertThat(p.toString()).contains("battery"));
        assertThat(PLANNER.plan("how many distinct city names", TestCatalogs.zipcodes()).filters()).isEmpty();
    }

    @Test
    void starsSaidWithANumberAreThatRating() {
        assertThat(SqlWriter.write(PLANNER.plan("how many 1 star reviews", TestCatalogs.reviews())).sql())
                .contains("\"Star Rating\" = ?");
        assertThat(SqlWriter.write(PLANNER.plan("pct of reviews with 4 or more stars", TestCatalogs.reviews())).sql())
                .contains("\"Star Rating\" >= ?");
        assertThat(SqlWriter.write(PLANNER.plan("avg helpful votes on reviews with 2 stars or less", TestCatalogs.reviews()))
                .sql()).contains("\"Star Rating\" <= ?");
        Plan range = PLANNER.plan("avg helpful votes for 1-2 star reviews", TestCatalogs.reviews());
        assertThat(range.measure().name()).isEqualTo("helpful_votes");
        assertThat(SqlWriter.write(range).params()).containsExactly(1.0, 2.0);
    }

    @Test
    void twoRangesOfOneColumnComparedAreNeverBothKept() {
        Plan plan = PLANNER.plan("reply rate for 1-2 star reviews vs 4-5 star", TestCatalogs.reviews());
        assertThat(plan.filters().stream().filter(f -> f.column().name().equals("Star Rating"))).hasSizeLessThan(2);
        assertThat(plan.ignored()).isNotEmpty();
    }

    @Test
    void theOnlyStartAndTheOnlyEndDateMakeATimeInDays() {
        Plan plan = PLANNER.plan("avg days to reply", TestCatalogs.reviews());
        assertThat(plan.measure().formula())
                .isEqualTo("date_diff('day', CAST(\"submitted_at\" AS DATE), CAST(\"developer_reply_date\" AS DATE)) / 1.0");
        Plan fastest = PLANNER.plan("which app has the fastest reply", TestCatalogs.reviews());
        assertThat(fastest.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("App Name"));
        assertThat(fastest.descending()).isFalse();
    }

    @Test
    void revenueIsWhatWasPaidAndGrossIsBeforeTheDiscount() {
        Plan net = PLANNER.plan("total revenue net of discounts by store", TestCatalogs.posLines());
        assertThat(net.measure().formula()).isEqualTo("\"Qty\" * \"UnitPrice\" - coalesce(\"discount_amt\", 0)");
        assertThat(net.ignored()).isEmpty();
        Plan gross = PLANNER.plan("gross sales by dept", TestCatalogs.posLines());
        assertThat(gross.measure().formula()).isEqualTo("\"Qty\" * \"UnitPrice\"");
        assertThat(gross.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("dept"));
        assertThat(PLANNER.plan("revenue by department", TestCatalogs.posLines()).groups())
                .singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("dept"));
    }

    @Test
    void wordsOfLeavingAreTheOneEndDate() {
        Plan rate = PLANNER.plan("attrition rate by department", TestCatalogs.roster());
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(SqlWriter.write(rate).sql()).contains("count(*) FILTER (WHERE \"term_date\" IS NOT NULL)");
        Plan worst = PLANNER.plan("which dept has the worst turnover?", TestCatalogs.roster());
        assertThat(worst.measure()).isNull();
        assertThat(worst.descending()).isTrue(); // more people leaving is worse
        Plan left = PLANNER.plan("how many ppl left in 2023, broken down by reason", TestCatalogs.roster());
        assertThat(left.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("term_date"));
        Plan chart = PLANNER.plan("chart terminations per year", TestCatalogs.roster());
        assertThat(chart.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("term_date"));
        assertThat(chart.aggregate()).isEqualTo(Aggregate.COUNT);
    }

    @Test
    void theFirstConditionOfAShareIsItsWhole() {
        Plan plan = PLANNER.plan("what pct of current employees are remote?", TestCatalogs.roster());
        String sql = SqlWriter.write(plan).sql();
        assertThat(sql).contains("FILTER (WHERE CAST(\"remote\" AS VARCHAR) = ?)");
        assertThat(sql).contains("WHERE \"term_date\" IS NULL");
    }

    @Test
    void aDateSomeRowsLackIsSomethingTheyHave() {
        Plan plan = PLANNER.plan("share of reviews that got a developer reply", TestCatalogs.reviews());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(SqlWriter.write(plan).sql()).contains("\"developer_reply_date\" IS NOT NULL");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theFirstAndLastRowsAreTheTimeRange() {
        Plan plan = PLANNER.plan("when are the first and last orders in this file", TestCatalogs.meals());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(PLANNER.plan("first and last close", TestCatalogs.index()).kind()).isNotEqualTo(Plan.Kind.TIME_RANGE);
    }
}
