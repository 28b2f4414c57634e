package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Met in heldout22 (esports matches, EV charging sessions, room bookings, blood donations): a season that is a year, a
 * ranking by a yes/no, a superlative said of another noun than the column it could name, the hour on the clock named
 * twice, a yes/no said of its subject, rows set aside in many words, two quarters compared, time spent between a start
 * and an end, and a value's sign spelled out.
 */
class BookingsAndMatchesTest {

    private static String groupNames(Plan plan) {
        return String.join(",", plan.groups().stream().map(g -> g.column().name()).toList());
    }

    @Test
    void aSeasonNamedByItsYearIsThatSeasonNotTheCalendarYear() {
        Plan plan = plan("wins per team in the 2023 season", TestCatalogs.leagueSeasons());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        // the season's own column, a year as the data writes it, never the calendar year of a match's date
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("season"))
                .noneMatch(f -> f.column().role() == io.insightx.orchestrator.agent.offline.link.ColumnRole.TIME)
                .anySatisfy(f -> assertThat(f.column().name()).isEqualTo("won"));
        assertThat(groupNames(plan("number of matches per season", TestCatalogs.leagueSeasons()))).isEqualTo("season");
    }

    @Test
    void theGroupsRankedByAYesOrNoAreRankedByTheRowsWhereItHolds() {
        Plan plan = plan("for the 3 teams with the most wins overall, whats their avg kills per match",
                TestCatalogs.leagueSeasons());
        String sql = sql(plan);
        // the ranking counts the wins, and so does the figure shown beside the kills; the kills are of every match
        String ranking = sql.substring(sql.indexOf(" IN (SELECT "), sql.indexOf(" LIMIT 3)"));
        assertThat(ranking).contains("WHERE CAST((lower(trim(\"won\"))");
        assertThat(sql).contains("count(*) FILTER (WHERE CAST((lower(trim(\"won\"))");
        assertThat(sql.substring(sql.indexOf(" LIMIT 3)"))).doesNotContain("won");
    }

    @Test
    void aSuperlativeOfTheRowsCountedNamesNoColumnOfMaximums() {
        Plan plan = plan("which charger has the most failed sessions", TestCatalogs.chargerFaults());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(groupNames(plan)).isEqualTo("charger_id");
        assertThat(plan.measure()).isNull();
    }

    @Test
    void theHourOfTheDayNamedAgainWithItsDateIsOneGrouping() {
        Plan plan = plan("sessions per hour of day (by plug-in hour)", TestCatalogs.chargerFaults());
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY);
            assertThat(g.column().name()).isEqualTo("plug_in_time");
        });
        Plan byStart = plan("bookings by start hour", TestCatalogs.roomBookings());
        assertThat(byStart.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY));
    }

    @Test
    void aUnitSaidBeforePerIsWhatIsDividedNotWhatItIsDividedBy() {
        Plan plan = plan("total kwh per site", TestCatalogs.chargerFaults());
        assertThat(plan.measure().name()).isEqualTo("energy_delivered_kwh");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan("avg price per kwh", TestCatalogs.chargerFaults()).measure().name()).isEqualTo("price_per_kwh_usd");
    }

    @Test
    void aYesOrNoIsSaidOfTheNounBeforeIt() {
        Plan plan = plan("which member cancels the most", TestCatalogs.roomBookings());
        assertThat(groupNames(plan)).isEqualTo("memberId");
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("cancelled"));
    }

    @Test
    void rowsSetAsideInManyWordsAreLeftOut() {
        for (String q : new String[] {"bookings not counting cancelled", "# of bookings, leave out the cancelled ones",
            "how many bookings ignoring cancelled", "how many bookings excl cancelled"}) {
            Plan plan = plan(q, TestCatalogs.roomBookings());
            assertThat(plan.filters()).as(q).singleElement()
                    .satisfies(f -> assertThat(((Filter.Values) f).negated()).isTrue());
            assertThat(plan.ignored()).as(q).isEmpty();
        }
    }

    @Test
    void twoQuartersComparedAreGroupedByQuarterAndOneQuarterOfTwoYearsByYear() {
        Plan plan = plan("q1 2025 vs q1 2024 # of bookings", TestCatalogs.roomBookings());
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.grain()).isEqualTo(Grain.YEAR);
            // a booking is in the quarter it starts in, not the one it was made in
            assertThat(g.column().name()).isEqualTo("start");
        });
        assertThat(plan.filters()).singleElement().isInstanceOf(Filter.AnyOf.class);
        Plan quarters = plan("bookings q1 2025 vs q2 2025", TestCatalogs.roomBookings());
        assertThat(quarters.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.QUARTER));
    }

    @Test
    void hoursBookedAreTheTimeFromStartToEnd() {
        Plan most = plan("which company books the most hours", TestCatalogs.roomBookings());
        assertThat(groupNames(most)).isEqualTo("company");
        assertThat(most.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(sql(most)).contains("date_diff('second', \"start\", \"end\") / 3600.0");
        Plan perRoom = plan("total hours booked per room, not counting cancelled", TestCatalogs.roomBookings());
        // the room by its key and named, never by its hourly rate, whose word "hourly" shares the root of "hours"
        assertThat(groupNames(perRoom)).isEqualTo("room_room_id");
        assertThat(sql(perRoom)).contains("mode(trim(\"room_name\"))");
        assertThat(perRoom.ignored()).isEmpty();
        assertThat(sql(perRoom)).contains("sum((date_diff('second', \"start\", \"end\") / 3600.0))");
    }

    @Test
    void arithmeticWrittenWithoutSpacesDefinesTheFigureOfTheTeamNotItsOpponents() {
        Plan plan = plan("nova syndicate kda overall ((kills+assists)/deaths)", TestCatalogs.leagueSeasons());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        var sql = SqlWriter.write(plan);
        // every spelling of the team ("NOVA SYNDICATE " among the samples) is the team
        assertThat(sql.sql()).contains("sum((\"kills\" + \"assists\")) / nullif(sum(\"deaths\"), 0)")
                .contains("lower(\"team\")").doesNotContain("opponent");
        assertThat(sql.params()).containsExactly("novasyndicate");
    }

    @Test
    void aTotalOverATotalDefinesTheWordsBeforeIt() {
        Plan plan = plan("what did drivers pay per kwh overall (total cost / total kwh)", TestCatalogs.chargerFaults());
        assertThat(sql(plan)).contains("sum(\"cost_usd\") / nullif(sum(\"energy_delivered_kwh\"), 0)")
                .doesNotContain("price_per_kwh_usd");
    }

    @Test
    void thingsThatDidSomethingMoreThanOnceHaveThatManyRows() {
        Plan plan = plan("# members who came more than once", TestCatalogs.roomBookings());
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("GROUP BY \"memberId\" HAVING count(*) > ?");
    }

    @Test
    void aNumberBeforeAUnitOfTimeIsATimeTheRowsTook() {
        for (String q : new String[] {"# of matches that went over 40 min", "how many matches lasted more than 40 minutes"}) {
            Plan plan = plan(q, TestCatalogs.leagueSeasons());
            assertThat(plan.limit()).as(q).isNull();
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(plan.filters()).as(q).singleElement().satisfies(f -> {
                assertThat(f.column().name()).isEqualTo("duration");
                assertThat(f).isEqualTo(new Filter.Compare(f.column(), ">", 40));
            });
        }
    }

    @Test
    void aFigureDefinedInParenthesesMayBeInPercentOrSaidWithVersus() {
        Plan percent = plan("avg seat occupancy % (attendees / room seats), excl cancelled", TestCatalogs.roomBookings());
        assertThat(percent.ignored()).isEmpty();
        assertThat(sql(percent)).contains("avg((100.0 * \"attendees\" / nullif(\"room_seats\", 0)))");
        Plan versus = plan("room with the lowest avg occupancy (attendees vs seats)", TestCatalogs.roomBookings());
        assertThat(versus.ignored()).isEmpty();
        assertThat(groupNames(versus)).isEqualTo("room_room_id");
        assertThat(sql(versus)).contains("avg((\"attendees\" / nullif(\"room_seats\", 0)))");
    }

    @Test
    void aSignSpelledOutIsTheValueWithThatSign() {
        var sql = SqlWriter.write(plan("how many o neg donors do we have", TestCatalogs.bloodDonations()));
        // "O-" and "o- " are one value, never "O+"
        assertThat(sql.params()).containsExactly("ominus");
    }

    @Test
    void theTimeBetweenRowsPerKeyIsBetweenTheKeysOwnRowsAndTakesTheAggregateAsked() {
        Plan perDonor = plan("avg days between donations per donor", TestCatalogs.bloodDonationDates());
        assertThat(perDonor.ignored()).isEmpty();
        assertThat(perDonor.groups()).isEmpty();
        assertThat(sql(perDonor)).contains("lag(\"donation_date\") OVER (PARTITION BY \"donorId\" ORDER BY");
        Plan median = plan("median days between donations", TestCatalogs.bloodDonationDates());
        assertThat(median.aggregate()).isEqualTo(Aggregate.MEDIAN);
    }

    @Test
    void aLeadTimeIsFromTheBookingToTheStart() {
        Plan plan = plan("avg lead time in hours", TestCatalogs.roomBookings());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        assertThat(sql(plan)).contains("date_diff('second', \"booked_at\", \"start\") / 3600.0");
    }

    @Test
    void theOppositeOfAFailureIsSaidByItsAdjective() {
        Plan plan = plan("avg kwh of successful sessions", TestCatalogs.chargerFaults());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).singleElement().satisfies(f -> {
            assertThat(f.column().name()).isEqualTo("failed");
            assertThat(((Filter.Values) f).negated()).isTrue();
        });
        assertThat(plan("avg kwh per site, successful sessions only", TestCatalogs.chargerFaults()).ignored()).isEmpty();
    }

    @Test
    void rowsSetAsideAreLeftOutOfAShareWholeNotOnlyItsPart() {
        String sql = sql(plan("catering rate by company (leave out cancelled bookings)", TestCatalogs.roomBookings()));
        String part = sql.substring(0, sql.indexOf(" FROM "));
        assertThat(part).contains("catering").doesNotContain("cancelled");
        assertThat(sql.substring(sql.indexOf(" FROM "))).contains("lower(trim(\"cancelled\"))");
    }
}
