package io.insightx.orchestrator.agent.offline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.lang.Embeddings;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import io.insightx.orchestrator.agent.offline.lang.Tokenizer;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.persistence.DatasetRecord;

/** Catalogs built from hand-written Data DNA, for the offline analyst's unit tests. */
public final class TestCatalogs {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Lexicon LEXICON = new Lexicon();
    /** Loaded on first use, by the first question that needs a link by meaning. */
    public static final Embeddings EMBEDDINGS = new Embeddings();

    static {
        LEXICON.load();
    }

    private TestCatalogs() {
    }

    /** Penguins: species and island categories, measures with units, a sex flag; no time. */
    public static Catalog penguins() {
        return Catalog.of(penguinsRecord(), JSON, tokenizer());
    }

    /** The penguins dataset as the session holds it. */
    public static DatasetRecord penguinsRecord() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "Species", 3, "Adelie", "Gentoo", "Chinstrap");
        category(columns, "Island", 3, "Biscoe", "Dream", "Torgersen");
        number(columns, "Beak Length (mm)", "DOUBLE", 32.1, 59.6);
        number(columns, "Beak Depth (mm)", "DOUBLE", 13.1, 21.5);
        number(columns, "Flipper Length (mm)", "BIGINT", 172, 231);
        number(columns, "Body Mass (g)", "BIGINT", 2700, 6300);
        category(columns, "Sex", 2, "MALE", "FEMALE");
        return record("penguins.json", "penguins", 344, columns);
    }

    /** Weather: a date column, measures, a category with a totals-free set of values. */
    public static Catalog weather() {
        ArrayNode columns = JSON.createArrayNode();
        ObjectNode date = columns.addObject().put("name", "date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 1461).put("min", "2012-01-01").put("max", "2015-12-31");
        date.putArray("topValues");
        number(columns, "precipitation", "DOUBLE", 0, 55.9);
        number(columns, "temp_max", "DOUBLE", -1.6, 35.6);
        number(columns, "temp_min", "DOUBLE", -7.1, 18.3);
        number(columns, "wind", "DOUBLE", 0.4, 9.5);
        category(columns, "weather", 5, "rain", "sun", "fog", "drizzle", "snow");
        return catalog("seattle-weather.csv", "seattle_weather", 1461, columns);
    }

    /** Population by country and year, with a "World" totals row and an integer year. */
    public static Catalog population() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "country", 4, "World", "India", "China", "France");
        number(columns, "year", "BIGINT", 1960, 2020);
        number(columns, "population", "BIGINT", 1, 8_000_000_000L);
        number(columns, "life_expect", "DOUBLE", 30, 85);
        return catalog("population.json", "population", 244, columns);
    }

    /** US census counts: people by year, age group and sex, sex coded as ISO/IEC 5218 numbers (1 male, 2 female). */
    public static Catalog census() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "year", "BIGINT", 1850, 2000);
        number(columns, "age", "BIGINT", 0, 90);
        ObjectNode sex = columns.addObject().put("name", "sex").put("type", "BIGINT").put("semanticType", "numeric")
                .put("distinctCount", 2).put("min", 1).put("max", 2);
        sex.putArray("topValues").add(JSON.createObjectNode().put("value", "1").put("count", 285))
                .add(JSON.createObjectNode().put("value", "2").put("count", 285));
        number(columns, "people", "BIGINT", 5259, 11635647);
        return catalog("population.json", "population", 570, columns);
    }

    /** US airports: codes and names, states as two-letter codes, a country column, coordinates. */
    public static Catalog airports() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "iata").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 3376).putArray("topValues");
        category(columns, "state", 56, "AK", "TX", "CA", "OK", "FL", "OH", "GA", "NY", "OR", "IN", "ME");
        category(columns, "country", 4, "USA", "Thailand", "Palau", "Federated States of Micronesia");
        number(columns, "latitude", "DOUBLE", 7.4, 71.3);
        number(columns, "longitude", "DOUBLE", -176.6, 145.6);
        return catalog("airports.csv", "airports", 3376, columns);
    }

    /** A shop's orders: integer order and customer ids the profiler sees as plain numbers, a category, units. */
    public static Catalog orders() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "order_id", "BIGINT", 5001, 5240);
        ((ObjectNode) columns.get(0)).put("distinctCount", 240); // one row per order
        number(columns, "customerId", "BIGINT", 1001, 1080);
        category(columns, "category", 4, "Electronics", "Office Supplies", "Furniture", "Toys");
        number(columns, "quantity", "BIGINT", 1, 12);
        return catalog("orders.csv", "orders", 240, columns);
    }

    /** Electricity by source and year: category values in the plural ("Renewables", "Fossil Fuels"). */
    public static Catalog electricity() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "year", "BIGINT", 2001, 2017);
        category(columns, "source", 3, "Fossil Fuels", "Nuclear Energy", "Renewables");
        number(columns, "net_generation", "BIGINT", 0, 60000);
        return catalog("iowa-electricity.csv", "iowa_electricity", 51, columns);
    }

    /** Monthly prices of a few stocks: a symbol, a date and a level measure (a price is never summed over time). */
    public static Catalog stocks() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "symbol", 5, "MSFT", "AMZN", "IBM", "GOOG", "AAPL");
        ObjectNode date = columns.addObject().put("name", "date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 123).put("min", "2000-01-01").put("max", "2010-03-01");
        date.putArray("topValues");
        number(columns, "price", "DOUBLE", 5.97, 707.0);
        return catalog("stocks.csv", "stocks", 560, columns);
    }

    /**
     * A clinic's visits: a visit id, a date, departments with a "Total" row, a priority coded 1–3 whose legend is in
     * its name, and a wait time with missing values.
     */
    public static Catalog clinic() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "Visit ID").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 421).putArray("topValues");
        ObjectNode date = columns.addObject().put("name", "visit_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 300).put("min", "2022-01-03").put("max", "2023-12-29");
        date.putArray("topValues");
        category(columns, "department", 6, "General Medicine", "Pediatrics", "Orthopedics", "Cardiology", "Dermatology", "Total");
        ObjectNode priority = columns.addObject().put("name", "priority (1=urgent 2=normal 3=routine)").put("type", "BIGINT")
                .put("semanticType", "numeric").put("distinctCount", 3).put("min", 1).put("max", 3);
        ArrayNode codes = priority.putArray("topValues");
        for (String v : List.of("2", "3", "1")) {
            codes.addObject().put("value", v).put("count", 100);
        }
        number(columns, "Wait Time (min)", "BIGINT", 0, 180);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 28);
        number(columns, "charge_usd", "DOUBLE", 40, 640);
        return catalog("clinic_visits.csv", "clinic_visits", 421, columns);
    }

    /** Fertility and life expectancy by country and year. */
    public static Catalog fertility() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "year", "BIGINT", 1955, 2005);
        category(columns, "country", 100, "India", "Nigeria", "China");
        number(columns, "fertility", "DOUBLE", 0.9, 8.5);
        number(columns, "life_expect", "DOUBLE", 20, 83);
        return catalog("countries.json", "countries", 620, columns);
    }

    /** Sales lines: an order number, a category, units and a returned flag written yes/no. */
    public static Catalog sales() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "order_no").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 500).putArray("topValues");
        category(columns, "productCategory", 3, "Office Supplies", "Technology", "Furniture");
        number(columns, "units", "BIGINT", 1, 12);
        category(columns, "returned", 2, "no", "yes");
        return catalog("regional_sales.csv", "regional_sales", 500, columns);
    }

    /** Cars (vega-datasets): measures named with units and underscores, a name per row, an origin, a model year. */
    public static Catalog cars() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Name", 311);
        number(columns, "Miles_per_Gallon", "DOUBLE", 9, 46.6);
        number(columns, "Horsepower", "BIGINT", 46, 230);
        number(columns, "Weight_in_lbs", "BIGINT", 1613, 5140);
        category(columns, "Origin", 3, "USA", "Japan", "Europe");
        columns.addObject().put("name", "Year").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 12).put("min", "1970-01-01").put("max", "1982-01-01").putArray("topValues");
        return catalog("cars.json", "cars", 406, columns);
    }

    /** Countries by year, gapminder-like: income per person, population and a health score. */
    public static Catalog countries() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "country", 180, "Afghanistan", "Albania", "Algeria", "Angola", "Argentina");
        category(columns, "region", 4, "asia", "europe", "africa", "americas");
        number(columns, "year", "BIGINT", 1800, 2020);
        number(columns, "income", "BIGINT", 250, 120_000);
        number(columns, "population", "BIGINT", 1_000, 1_400_000_000L);
        number(columns, "health", "DOUBLE", 20, 85);
        return catalog("countries.csv", "countries", 39_600, columns);
    }

    /** Natural disasters (vega-datasets): deaths by kind of disaster and year. */
    public static Catalog disasters() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "Entity", 11, "All natural disasters", "Drought", "Earthquake", "Epidemic", "Flood");
        number(columns, "Year", "BIGINT", 1900, 2017);
        number(columns, "Deaths", "BIGINT", 1, 3_700_000);
        return catalog("disasters.csv", "disasters", 803, columns);
    }

    /** Movies (vega-datasets): grosses, a budget, ratings and a genre per film. */
    public static Catalog movies() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Title", 3100);
        number(columns, "US_Gross", "BIGINT", 0, 760_000_000);
        number(columns, "Worldwide_Gross", "BIGINT", 0, 2_700_000_000L);
        number(columns, "Production_Budget", "BIGINT", 218, 300_000_000);
        category(columns, "Major_Genre", 12, "Drama", "Comedy", "Action", "Adventure", "Thriller/Suspense");
        number(columns, "IMDB_Rating", "DOUBLE", 1.4, 9.2);
        number(columns, "Rotten_Tomatoes_Rating", "BIGINT", 1, 100);
        return catalog("movies.json", "movies", 3201, columns);
    }

    /** Films with a rating whose values include a negation ("Not Rated") beside the letters it negates. */
    public static Catalog ratedFilms() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Title", 3100);
        category(columns, "MPAA Rating", 7, "R", "PG-13", "PG", "Not Rated", "G", "NC-17", "Open");
        number(columns, "Running_Time_min", "BIGINT", 46, 222);
        return catalog("films.json", "films", 3201, columns);
    }

    /** Countries of the world, one row each: a name, a region, income, health (life expectancy) and population. */
    public static Catalog gapminder() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "country").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 187).putArray("topValues");
        number(columns, "income", "BIGINT", 599, 132877);
        number(columns, "health", "DOUBLE", 48.5, 84.8);
        number(columns, "population", "BIGINT", 52993, 1376048943);
        category(columns, "region", 6, "europe_central_asia", "sub_saharan_africa", "america", "east_asia_pacific",
                "middle_east_north_africa", "south_asia");
        return catalog("gapminder-health-income.csv", "gapminder_health_income", 187, columns);
    }

    /** Bird strikes: names with spaces and "of", a species whose values start with English words, a time of day. */
    public static Catalog strikes() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "Wildlife Species", 300, "Unknown bird - small", "European starling", "Common nighthawk",
                "Mourning dove");
        category(columns, "Time of day", 4, "Day", "Night", "Dusk", "Dawn");
        category(columns, "Effect Amount of damage", 4, "None", "Minor", "Medium", "Substantial");
        number(columns, "Speed IAS in knots", "BIGINT", 0, 350);
        return catalog("birdstrikes.csv", "birdstrikes", 10000, columns);
    }

    /** Deaths in a riot, one row each: a date named after the event, a type whose values include "Death". */
    public static Catalog riots() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "last_name", 60);
        number(columns, "age", "BIGINT", 15, 80);
        category(columns, "race", 4, "Black", "Latino", "White", "Asian");
        columns.addObject().put("name", "death_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 9).put("min", "1992-04-29").put("max", "1992-05-07").putArray("topValues");
        category(columns, "neighborhood", 40, "Hollywood", "Compton", "Koreatown");
        category(columns, "type", 4, "Homicide", "Officer-involved shooting", "Not riot-related", "Death");
        return catalog("la-riots.csv", "la_riots", 63, columns);
    }

    /** Monthly unemployment per industry: a year and a month as numbers beside an ISO timestamp kept as text. */
    public static Catalog unemployment() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "series", 14, "Government", "Construction", "Manufacturing", "Agriculture");
        number(columns, "year", "BIGINT", 2000, 2010);
        number(columns, "month", "BIGINT", 1, 12);
        number(columns, "count", "BIGINT", 19, 2440);
        number(columns, "rate", "DOUBLE", 0.3, 27.1);
        columns.addObject().put("name", "date").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 122).put("min", "2000-01-01T08:00:00.000Z").put("max", "2010-02-01T08:00:00.000Z")
                .putArray("topValues");
        return catalog("unemployment-across-industries.json", "unemployment", 1708, columns);
    }

    /** A workout log whose start times are ISO text to the second: a time of day, not only a day. */
    public static Catalog workoutLog() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "workout_id", 1000);
        category(columns, "activity", 3, "ride", "run", "swim");
        columns.addObject().put("name", "start_time").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 1000).put("min", "2024-03-04T08:16:25").put("max", "2024-10-03T19:08:24")
                .putArray("topValues");
        number(columns, "duration_min", "BIGINT", 15, 180);
        return catalog("workouts.json", "workouts", 1000, columns);
    }

    /** Loan applications: an interest rate, and a Y/N default recorded only for the approved loans. */
    public static Catalog loanApplications() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "application_id", 2000);
        category(columns, "decision", 3, "Approved", "Declined", "Pending");
        category(columns, "EmploymentType", 3, "Full-time", "Part-time", "Retired");
        number(columns, "interest_rate_pct", "DOUBLE", 5.5, 24.9);
        category(columns, "defaulted", 2, "N", "Y");
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 1139);
        number(columns, "approved_amount", "BIGINT", 0, 50000);
        return catalog("loan_applications.csv", "loan_applications", 2000, columns);
    }

    /** Ticket orders whose sales channel is written "Web" and "web" and "Box Office " by the export. */
    public static Catalog ticketOrders() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "order_id", 2400);
        category(columns, "sales_channel", 6, "Web", "App", "Box Office", "web", "Box Office ", "Phone");
        category(columns, "tier", 3, "GA", "VIP", "Balcony");
        number(columns, "quantity", "BIGINT", 1, 8);
        category(columns, "event_name", 12, "Comedy Night", "City Philharmonic", "Brightside Tour");
        date(columns, "event_date", "DATE", 40, "2025-01-10", "2025-12-20");
        date(columns, "purchase_ts", "TIMESTAMP", 2398, "2024-07-19 19:43:51", "2025-09-30 21:10:00");
        columns.addObject().put("name", "refunded").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).putArray("topValues");
        return catalog("event_tickets.csv", "event_tickets", 2400, columns);
    }

    /** Parking citations: when issued, a fine in dollars, a district, a make, paid or not, and a paid date once paid. */
    public static Catalog citations() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "citation_id", 2150);
        date(columns, "issued_at", "TIMESTAMP", 2148, "2024-01-01 07:12:00", "2025-06-30 18:40:00");
        number(columns, "violation_fine_usd", "DOUBLE", 25, 250);
        category(columns, "location_district", 5, "Downtown", "University", "Harbor");
        category(columns, "vehicle_make", 8, "Toyota", "Honda", "Tesla");
        columns.addObject().put("name", "paid").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).putArray("topValues").add(JSON.createObjectNode().put("value", true))
                .add(JSON.createObjectNode().put("value", false));
        date(columns, "paid_date", "DATE", 400, "2024-01-05", "2025-06-30").put("nullCount", 700);
        return catalog("parking_citations.json", "parking_citations", 2150, columns);
    }

    /** Food deliveries: a status (refunded among them), a zone, and a customer rating whose name holds "rat…". */
    public static Catalog deliveries() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "order_id", 2500);
        category(columns, "status", 3, "delivered", "canceled", "refunded");
        category(columns, "zone", 4, "Downtown", "Airport", "Suburbs", "Campus");
        number(columns, "customer_rating", "DOUBLE", 1, 5);
        return catalog("delivery_orders.csv", "delivery_orders", 2500, columns);
    }

    /** Job applications: the stage each reached ("hired"), departments one of which is "People", pay for offers. */
    public static Catalog applications() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "application_id", 1850);
        category(columns, "department", 8, "Engineering", "Sales", "People", "Design");
        category(columns, "stage_reached", 6, "applied", "screen", "interview", "offer", "hired", "rejected");
        number(columns, "offer_salary", "BIGINT", 52000, 198000);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 1700);
        number(columns, "days_to_hire", "BIGINT", 14, 90);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 1777);
        return catalog("job_applications.csv", "job_applications", 1850, columns);
    }

    /** Lab results: tests by name, patients who repeat, ordered and resulted (43 pending), a priority written two ways. */
    public static Catalog labResults() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "result_id", 2380);
        columns.addObject().put("name", "patient_id").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 566).putArray("topValues");
        category(columns, "test_name", 8, "HbA1c", "LDL", "TSH", "Hemoglobin", "Creatinine");
        category(columns, "clinic", 5, "Riverside Family Medicine", "Eastgate Internal Medicine");
        category(columns, "ordering_physician", 10, "Dr. Laura Chen", "Dr. Sarah Kim");
        category(columns, "priority", 3, "routine", "STAT", "Routine");
        date(columns, "ordered_at", "TIMESTAMP", 2380, "2025-01-02 07:12:20", "2025-06-30 18:00:00");
        date(columns, "resulted_at", "TIMESTAMP", 2337, "2025-01-02 09:00:00", "2025-06-30 19:23:21").put("nullCount", 43);
        number(columns, "result_value", "DOUBLE", 0.5, 250);
        return catalog("lab_results.csv", "lab_results", 2380, columns);
    }

    /** Monthly snapshots of SaaS accounts: an account repeats once a month; MRR, a churned flag, a plan. */
    public static Catalog saasAccounts() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "account_id").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 165).putArray("topValues");
        category(columns, "plan", 3, "starter", "pro", "enterprise");
        date(columns, "snapshot_month", "DATE", 18, "2024-01-01", "2025-06-01");
        number(columns, "mrr_usd", "DOUBLE", 0, 20000);
        ObjectNode churned = columns.addObject().put("name", "churned").put("type", "BOOLEAN")
                .put("semanticType", "boolean").put("distinctCount", 2);
        churned.putArray("topValues").add(JSON.createObjectNode().put("value", false).put("count", 1837))
                .add(JSON.createObjectNode().put("value", true).put("count", 54));
        return catalog("saas_accounts.csv", "saas_accounts", 1891, columns);
    }

    /** The SaaS snapshots with a plan left blank on 40 rows. */
    public static Catalog saasAccountsWithBlanks() {
        Catalog all = saasAccounts();
        return all.withColumns(all.columns().stream().map(c -> !c.name().equals("plan") ? c
                : c.withDna(((ObjectNode) c.dna().deepCopy()).put("nullCount", 40))).toList());
    }

    /** Daily attendance: a student repeats every school day; a status written in several cases, a reason code. */
    public static Catalog schoolAttendance() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "student_id", 56, "S20250106", "S20250112", "S20250117");
        category(columns, "school", 3, "Maple Elementary", "Lincoln High School", "Cedar Middle School");
        category(columns, "grade_level", 13, "11", "3", "6", "K");
        date(columns, "attendance_date", "DATE", 43, "2025-09-02", "2025-10-31");
        category(columns, "status", 12, "Present", "present", "PRESENT", "Absent", "Tardy", "Excused", "absent", "tardy");
        number(columns, "minutes_late", "BIGINT", 1, 45);
        category(columns, "reason_code", 11, "ILL", "UNK", "BUS", "OVR", "MED").put("nullCount", 2198);
        return catalog("school_attendance.csv", "school_attendance", 2408, columns);
    }

    /** Gym visits: a member's home club and the club visited, check-in and check-out times, guest passes. */
    public static Catalog gymCheckins() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "checkin_id", 2600);
        columns.addObject().put("name", "member_id").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 383).putArray("topValues");
        category(columns, "home_club", 5, "Downtown", "Riverside", "Westfield", "Northgate", "Harbor Point");
        category(columns, "visited_club", 5, "Downtown", "Westfield", "Northgate", "Riverside", "Harbor Point");
        category(columns, "membership_tier", 9, "Basic", "Plus", "Premium", "basic", "plus", "BASIC");
        date(columns, "checkin_time", "TIMESTAMP", 2600, "2025-01-01 05:02:00", "2025-06-30 21:40:00");
        date(columns, "checkout_time", "TIMESTAMP", 2460, "2025-01-01 06:10:00", "2025-06-30 23:01:00").put("nullCount", 140);
        category(columns, "age_band", 6, "25-34", "35-44", "18-24");
        number(columns, "guest_passes_used", "BIGINT", 0, 2);
        return catalog("gym_checkins.csv", "gym_checkins", 2600, columns);
    }

    /** Power outages flattened from nested JSON: a start, a restore time (open outages blank), region and county. */
    public static Catalog outages() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "outage_id", 1350);
        date(columns, "started_at", "TIMESTAMP", 1350, "2024-01-01 03:14:25", "2024-12-31 22:34:45");
        date(columns, "restored_at", "TIMESTAMP", 1331, "2024-01-01 05:00:00", "2025-01-01 09:00:00").put("nullCount", 19);
        category(columns, "cause", 8, "storm", "equipment failure", "vegetation", "animal");
        number(columns, "customers_affected", "BIGINT", 1, 20000);
        ObjectNode priority = columns.addObject().put("name", "priority").put("type", "BIGINT").put("semanticType", "numeric")
                .put("distinctCount", 3).put("min", 1).put("max", 3);
        priority.putArray("topValues");
        category(columns, "region_name", 7, "Metro Central", "Eastside", "North Valley");
        category(columns, "region_county", 4, "Brenton County", "Alder County", "Carver County", "Dunmore County");
        return catalog("utility_outages.json", "utility_outages", 1350, columns);
    }

    /** Warehouse shifts: a worker's time in and time out, a site. */
    public static Catalog shifts() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "shift_id", 900);
        category(columns, "worker", 40, "Ana Ruiz", "Bo Chen");
        category(columns, "site", 3, "North", "South", "East");
        date(columns, "time_in", "TIMESTAMP", 900, "2025-02-01 06:00:00", "2025-04-30 14:00:00");
        date(columns, "time_out", "TIMESTAMP", 880, "2025-02-01 14:00:00", "2025-04-30 22:00:00").put("nullCount", 20);
        return catalog("shifts.csv", "shifts", 900, columns);
    }

    /** Song plays: a user (by id) plays many tracks; the user's plan and age group repeat on each play. */
    public static Catalog streams() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "stream_id", 3000);
        identifier(columns, "user_id", 150);
        category(columns, "user_plan", 2, "free", "premium");
        category(columns, "user_age_group", 5, "18-24", "25-34", "35-44");
        number(columns, "seconds_played", "BIGINT", 1, 600);
        return catalog("music_streams.json", "music_streams", 3000, columns);
    }

    /**
     * Timesheets: an overtime flag written six ways (Y, yes, Yes, N, no, No), departments, breaks, a work date, and who
     * approved each entry (blank while pending).
     */
    public static Catalog timesheets() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "entry_id", 2150);
        category(columns, "department", 3, "Engineering", "Support", "Design");
        date(columns, "work_date", "DATE", 132, "2025-01-06", "2025-06-27");
        number(columns, "break_minutes", "BIGINT", 0, 60);
        category(columns, "overtime", 6, "N", "Y", "no", "yes", "No", "Yes");
        category(columns, "approved_by", 3, "Priya Raman", "June Park", "Tom Becker").put("nullCount", 272);
        category(columns, "employee_name", 56, "Grace Huang", "Hassan Lopez", "Bianca Chen");
        number(columns, "hourly_rate", "DOUBLE", 27.25, 75);
        ((ObjectNode) columns.get(columns.size() - 1)).putArray("constantPer").add("employee_name");
        date(columns, "clock_in", "TIMESTAMP", 2034, "2025-01-06 06:20:00", "2025-06-27 09:55:00");
        date(columns, "clock_out", "TIMESTAMP", 2076, "2025-01-06 13:41:41", "2025-06-27 20:25:00").put("nullCount", 61);
        return catalog("timesheets.csv", "timesheets", 2150, columns);
    }

    /**
     * Pull requests: labels held as a list in each row (their values as sql-tool's look-up lists them), an author,
     * lines added.
     */
    public static Catalog pullRequests() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "pr_number", 400);
        category(columns, "author_login", 30, "dev1", "dev2", "dev3");
        ObjectNode labels = columns.addObject().put("name", "labels").put("type", "VARCHAR[]").put("semanticType", "text")
                .put("distinctCount", 17);
        ArrayNode top = labels.putArray("topValues");
        List.of("bug", "docs", "feature", "chore").forEach(v -> top.addObject().put("value", v).put("count", 10));
        number(columns, "additions", "BIGINT", 1, 900);
        category(columns, "state", 3, "open", "closed", "merged");
        category(columns, "merge_policy", 3, "Auto Merge", "Non Squash", "Squash");
        return catalog("pull_requests.json", "pull_requests", 400, columns);
    }

    /**
     * Pull requests as GitHub's API writes them: a bare "number" on each (a key, restarting per repository so it
     * repeats), a state, opened/closed/merged
     * timestamps, the author nested as user_login beside a user_type holding "User" and "Bot".
     */
    public static Catalog githubPulls() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "number").put("type", "BIGINT").put("semanticType", "numeric")
                .put("distinctCount", 250).put("min", 100).put("max", 349).putArray("topValues");
        category(columns, "state", 2, "closed", "open");
        date(columns, "created_at", "TIMESTAMP", 563, "2025-01-01 00:00:00", "2025-07-19 00:00:00");
        date(columns, "closed_at", "TIMESTAMP", 440, "2025-01-01 05:00:00", "2025-07-30 00:00:00").put("nullCount", 137);
        date(columns, "merged_at", "TIMESTAMP", 301, "2025-01-01 05:00:00", "2025-07-30 00:00:00").put("nullCount", 284);
        number(columns, "additions", "BIGINT", 1, 900);
        category(columns, "user_login", 25, "dev18", "dev23", "dev20");
        category(columns, "user_type", 2, "User", "Bot");
        return catalog("pull_requests.json", "pull_requests", 600, columns);
    }

    /**
     * Daily solar readings: twelve sites (a key and a name, one each), regions, energy in kWh, an inverter status, and
     * each site's installed capacity repeated on its every row (as sql-tool's look-up marks it).
     */
    public static Catalog solarReadings() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "site_id", 12, "SITE-01", "SITE-02", "SITE-03");
        category(columns, "site_name", 12, "Granite Peak", "Pine Hollow", "Sandhill");
        category(columns, "region", 4, "North", "South", "East", "West");
        date(columns, "reading_date", "DATE", 245, "2025-03-01", "2025-10-31");
        number(columns, "energy_kwh", "DOUBLE", 0, 12000);
        number(columns, "sunshine_hours", "DOUBLE", 0, 14);
        category(columns, "inverter_status", 3, "ok", "fault", "offline");
        number(columns, "capacity_kw", "BIGINT", 250, 2000);
        ObjectNode capacity = (ObjectNode) columns.get(columns.size() - 1);
        capacity.putArray("constantPer").add("site_id").add("site_name");
        capacity.putArray("snapshotsOf").add("site_id").add("site_name");
        return catalog("solar_production.csv", "solar_production", 2911, columns);
    }

    /** Auction bids: an amount each, a winning flag, the lot (a key the bids repeat) and its reserve price, some missing. */
    public static Catalog auctionBids() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "bid_id", 1604);
        date(columns, "placed_at", "TIMESTAMP", 1603, "2025-01-02 09:00:00", "2025-09-30 18:00:00");
        number(columns, "amount", "DOUBLE", 10, 72800);
        columns.addObject().put("name", "is_winning").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).putArray("topValues");
        columns.addObject().put("name", "lot_id").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 330).putArray("topValues");
        category(columns, "lot_category", 8, "wine", "art", "watches");
        number(columns, "lot_reserve_price", "DOUBLE", 100, 50000);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 84);
        return catalog("auction_bids.json", "auction_bids", 1604, columns);
    }

    /** Vet appointments: a no-show coded 0/1 (a yes or no by its profile), the owner's city, a fee, a date. */
    public static Catalog vetAppointments() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "appointment_id", 2380);
        category(columns, "owner_city", 6, "Portland", "Hillsboro", "Tigard");
        date(columns, "appointment_date", "DATE", 343, "2024-01-02", "2025-06-30");
        number(columns, "fee", "DOUBLE", 40, 900);
        ObjectNode noShow = columns.addObject().put("name", "no_show").put("type", "BIGINT").put("semanticType", "boolean")
                .put("distinctCount", 2);
        ArrayNode top = noShow.putArray("topValues");
        top.addObject().put("value", 0).put("count", 2200);
        top.addObject().put("value", 1).put("count", 180);
        return catalog("vet_appointments.csv", "vet_appointments", 2380, columns);
    }

    /** Bike rides: a start and an end time, a bike's type and id, a rider's type and birth year (a year), a price, a distance. */
    public static Catalog bikeRides() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "ride_id", 2150);
        number(columns, "distance_km", "DOUBLE", 0.2, 25);
        number(columns, "price_usd", "DOUBLE", 0, 30);
        date(columns, "start_time", "TIMESTAMP", 2150, "2025-04-01 06:22:03", "2025-06-30 22:44:29");
        date(columns, "end_time", "TIMESTAMP", 2150, "2025-04-01 06:41:07", "2025-06-30 23:04:18");
        category(columns, "bike_type", 2, "classic", "electric");
        columns.addObject().put("name", "bike_id").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 250).putArray("topValues");
        category(columns, "rider_member_type", 2, "member", "casual");
        number(columns, "rider_birth_year", "BIGINT", 1950, 2007);
        return catalog("bike_rides.json", "bike_rides", 2150, columns);
    }

    /** The bike rides with the stations they started and ended at. */
    public static Catalog bikeRidesWithStations() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "ride_id", 2150);
        category(columns, "start_station", 14, "Central Station", "University Ave & 5th");
        category(columns, "end_station", 14, "Central Station", "Harbor Point");
        return catalog("bike_rides.json", "bike_rides", 2150, columns);
    }

    /**
     * Restaurant reservations: booked on one date for another (the reservation's own), a status written many ways
     * ("no-show", "No Show", "noshow", "cancelled", "canceled"), deposits and bills in dollars.
     */
    public static Catalog reservations() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "reservation_id", 2640);
        category(columns, "restaurant", 7, "Kumo Sushi", "Osteria Lupa", "Casa Verde");
        number(columns, "party_size", "BIGINT", 1, 12);
        date(columns, "booked_at", "TIMESTAMP", 2600, "2023-12-08 13:11:36", "2024-12-30 15:08:03");
        date(columns, "reservation_date", "DATE", 366, "2024-01-01", "2024-12-31");
        category(columns, "status", 11, "seated", "Seated", "cancelled", "no-show", "SEATED", "Cancelled", "No-Show",
                "canceled", "no show", "CANCELLED", "noshow");
        number(columns, "deposit_usd", "DOUBLE", 0, 200);
        number(columns, "bill_total_usd", "DOUBLE", 12, 1300);
        return catalog("restaurant_reservations.csv", "restaurant_reservations", 2640, columns);
    }

    /** An agent's daily figures under their initials: fcr (first call resolution), aht_sec, csat; a team. */
    public static Catalog agentKpis() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "agent", 12, "Ana", "Ben", "Chloe");
        category(columns, "team", 3, "Billing", "Tech", "Sales");
        date(columns, "day", "DATE", 300, "2025-01-01", "2025-10-27");
        number(columns, "fcr", "DOUBLE", 0.4, 0.95);
        number(columns, "aht_sec", "BIGINT", 120, 900);
        number(columns, "dials", "BIGINT", 10, 80);
        return catalog("agent_kpis.csv", "agent_kpis", 3600, columns);
    }

    /** Inbound calls: waits and talk times in seconds, an abandoned flag written 0/1, a team, fcr written Y/N. */
    public static Catalog callCenter() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "call_id", 2800);
        category(columns, "team", 3, "Billing", "Tech", "Sales");
        date(columns, "call_start", "TIMESTAMP", 2790, "2025-01-01 08:00:00", "2025-10-28 19:40:00");
        number(columns, "wait_seconds", "BIGINT", 5, 900);
        number(columns, "talk_seconds", "BIGINT", 0, 1800);
        number(columns, "csat", "BIGINT", 1, 5);
        ((ObjectNode) columns.get(columns.size() - 1)).put("distinctCount", 5).put("nullCount", 1100);
        ObjectNode abandoned = columns.addObject().put("name", "abandoned").put("type", "BIGINT")
                .put("semanticType", "boolean").put("distinctCount", 2);
        abandoned.putArray("topValues").add(JSON.createObjectNode().put("value", 0).put("count", 2450))
                .add(JSON.createObjectNode().put("value", 1).put("count", 350));
        category(columns, "fcr", 2, "Y", "N");
        return catalog("call_center.csv", "call_center", 2800, columns);
    }

    /** Car rentals: a class written as capitals (SUV), pickup and return dates, the days rented, a daily rate. */
    public static Catalog rentals() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "rental_id", "BIGINT", 1, 900);
        ((ObjectNode) columns.get(0)).put("semanticType", "identifier").put("distinctCount", 900);
        category(columns, "branch", 3, "Downtown", "Airport", "Harbor");
        category(columns, "car_class", 4, "Compact", "Luxury", "SUV", "Economy");
        date(columns, "pickup_date", "DATE", 650, "2024-01-01", "2025-11-30");
        date(columns, "return_date", "DATE", 650, "2024-01-02", "2025-12-14");
        number(columns, "daily_rate", "DOUBLE", 39, 129);
        number(columns, "days", "BIGINT", 1, 14);
        return catalog("rentals.csv", "rentals", 900, columns);
    }

    /** Candidates for election: an id and a name each, a status coded C/I/O, a party coded and spelled, a discount-like share. */
    public static Catalog candidates() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Candidate_Identification", 58);
        columns.addObject().put("name", "Candidate_Name").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 56).putArray("topValues");
        category(columns, "Incumbent_Challenger_Status", 4, "C", "I", "O");
        category(columns, "Party_Affiliation", 3, "DEM", "REP", "IND");
        number(columns, "Total_Receipts", "DOUBLE", 0, 5_000_000);
        number(columns, "customer_id", "BIGINT", 1, 60);
        number(columns, "debts_owed", "DOUBLE", 0, 106148);
        number(columns, "discount", "DOUBLE", 0, 0.2);
        return catalog("political-contributions.json", "contributions", 58, columns);
    }

    /** Order lines that hold units and a unit price but no amount, and a channel whose name says "sales". */
    public static Catalog orderLines() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "order_no", 500);
        category(columns, "state", 12, "CA", "TX", "NY", "WA");
        number(columns, "units", "BIGINT", 1, 12);
        number(columns, "Unit Price ($)", "DOUBLE", 4.5, 899);
        category(columns, "Sales Channel", 3, "Online", "Retail", "Phone");
        return catalog("regional_sales.csv", "regional_sales", 500, columns);
    }

    /** Orders that carry their amount beside a quantity. */
    public static Catalog payments() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "customer_id", 200);
        category(columns, "region", 4, "North", "South", "East", "West");
        number(columns, "qty", "BIGINT", 1, 10);
        number(columns, "amount", "DOUBLE", 3.5, 980);
        return catalog("orders.csv", "orders", 360, columns);
    }

    /** The us-state-capitals file: one row per state, its capital city and the city's coordinates. */
    public static Catalog capitals() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "lon", "DOUBLE", -157.8, -69.8);
        number(columns, "lat", "DOUBLE", 21.3, 58.3);
        category(columns, "state", 50, "Alabama", "Alaska", "Arizona", "Arkansas");
        category(columns, "city", 50, "Montgomery", "Juneau", "Phoenix", "Little Rock");
        return catalog("us-state-capitals.json", "us_state_capitals", 50, columns);
    }

    /** US zip codes: a code kept as text, a city, a state, and where each is. */
    public static Catalog zipcodes() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "zip_code", 42049);
        number(columns, "latitude", "DOUBLE", -14.3, 71.3);
        number(columns, "longitude", "DOUBLE", -176.6, 145.8);
        identifier(columns, "city", 19000);
        category(columns, "state", 51, "TX", "CA", "NY", "PA");
        return catalog("zipcodes.csv", "zipcodes", 42049, columns);
    }

    /** Bird strikes' costs: three cost columns, one of them the total, and a flight date. */
    public static Catalog strikeCosts() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "Origin State", 50, "Texas", "California", "Florida");
        columns.addObject().put("name", "Flight Date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 3000).put("min", "2000-01-02").put("max", "2011-12-31").putArray("topValues");
        number(columns, "Cost Other", "BIGINT", 0, 1_000_000);
        number(columns, "Cost Repair", "BIGINT", 0, 2_000_000);
        number(columns, "Cost Total $", "BIGINT", 0, 2_500_000);
        return catalog("birdstrikes.csv", "birdstrikes", 10000, columns);
    }

    /** Playfair's wheat (vega-datasets): a year kept as text in JSON, the price of wheat and weekly wages. */
    public static Catalog wheat() {
        ArrayNode columns = JSON.createArrayNode();
        ObjectNode year = columns.addObject().put("name", "year").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 52).put("min", "1565").put("max", "1820");
        year.putArray("topValues");
        year.putArray("sampleValues").add("1565").add("1570").add("1575");
        number(columns, "wheat", "DOUBLE", 26, 99);
        number(columns, "wages", "DOUBLE", 5, 30);
        return catalog("wheat.json", "wheat", 52, columns);
    }

    /** Commits per hour (vega-datasets' github.csv): a timestamp and a column of counts. */
    public static Catalog commits() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "time").put("type", "TIMESTAMP").put("semanticType", "datetime")
                .put("distinctCount", 2479).put("min", "2015-01-01T01:00").put("max", "2015-05-30T11:00").putArray("topValues");
        number(columns, "count", "BIGINT", 1, 54);
        return catalog("github.csv", "github", 2479, columns);
    }

    /** Seattle's hourly weather normals: one row per hour of 2010, a timestamp with its time of day. */
    public static Catalog hourly() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "date").put("type", "TIMESTAMP").put("semanticType", "datetime")
                .put("distinctCount", 8760).put("min", "2010-01-01T00:00").put("max", "2010-12-31T23:00").putArray("topValues");
        number(columns, "pressure", "DOUBLE", 990, 1040);
        number(columns, "temperature", "DOUBLE", -2, 30);
        number(columns, "wind", "DOUBLE", 0, 12);
        return catalog("seattle-weather-hourly-normals.csv", "seattle_weather_hourly_normals", 8760, columns);
    }

    /** SaaS customers: a plan tier, seats, a monthly price, signup and churn dates (active customers have none). */
    public static Catalog subscriptions() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "customer_id", 800);
        category(columns, "Plan", 3, "Starter", "Growth", "Enterprise");
        number(columns, "seats", "BIGINT", 1, 250);
        number(columns, "monthly_price_usd", "DOUBLE", 12, 9000);
        columns.addObject().put("name", "Signup Date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 700).put("min", "2021-01-03").put("max", "2025-12-31").putArray("topValues");
        columns.addObject().put("name", "churn_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 300).put("nullCount", 465).put("min", "2021-03-01").put("max", "2025-12-30")
                .putArray("topValues");
        category(columns, "region", 3, "EMEA", "North America", "APAC");
        return catalog("subscriptions.csv", "subscriptions", 800, columns);
    }

    /** Gym members: a plan, join and cancel dates (active members have none), visits last month and a monthly fee. */
    public static Catalog members() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "member_id", 612);
        category(columns, "plan", 4, "Basic", "Standard", "Premium", "Student");
        columns.addObject().put("name", "join_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 500).put("min", "2022-01-04").put("max", "2024-12-28").putArray("topValues");
        columns.addObject().put("name", "cancel_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 180).put("nullCount", 427).put("min", "2022-03-01").put("max", "2024-12-30")
                .putArray("topValues");
        number(columns, "age", "BIGINT", 16, 79);
        category(columns, "gender", 3, "F", "M", "X");
        number(columns, "visits_last_month", "BIGINT", 0, 30);
        number(columns, "monthly_fee", "DOUBLE", 19.99, 89.99);
        return catalog("members.csv", "members", 612, columns);
    }

    /** Homes for sale: a city, bedrooms (a handful of counts), square feet and a list price. */
    public static Catalog listings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "listing_id", 900);
        category(columns, "city", 4, "Austin", "Denver", "Portland", "Raleigh");
        columns.addObject().put("name", "bedrooms").put("type", "BIGINT").put("semanticType", "numeric")
                .put("distinctCount", 5).put("min", 1).put("max", 5).putArray("topValues");
        number(columns, "sqft", "BIGINT", 600, 4800);
        number(columns, "price", "DOUBLE", 150000, 2400000);
        return catalog("listings.json", "listings", 900, columns);
    }

    /** A restaurant chain's orders: a time of day, items, a subtotal and a tip, delivery or pickup, a rating. */
    public static Catalog meals() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "order_id", 1200);
        category(columns, "restaurant", 6, "Bella Napoli", "Sushi Go", "Burger Barn");
        category(columns, "city", 4, "Austin", "Houston", "Dallas", "El Paso");
        columns.addObject().put("name", "order_time").put("type", "TIMESTAMP").put("semanticType", "datetime")
                .put("distinctCount", 1190).put("min", "2023-01-01 11:02:00").put("max", "2024-06-30 22:41:00")
                .putArray("topValues");
        number(columns, "items", "BIGINT", 1, 9);
        number(columns, "subtotal", "DOUBLE", 8.5, 140);
        number(columns, "tip", "DOUBLE", 0, 30);
        category(columns, "fulfillment", 2, "delivery", "pickup");
        number(columns, "rating", "BIGINT", 1, 5);
        return catalog("orders.csv", "orders", 1200, columns);
    }

    /** App-store reviews: the app, a star rating, the review's text, helpful votes, when it came and when it was answered. */
    public static Catalog reviews() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "review_id", 1000);
        category(columns, "App Name", 5, "BudgetBuddy", "FitTrack Pro", "TransitNow", "RecipeBox", "SleepWell");
        category(columns, "platform", 2, "ios", "android");
        columns.addObject().put("name", "submitted_at").put("type", "TIMESTAMP").put("semanticType", "datetime")
                .put("distinctCount", 1000).put("min", "2024-01-01 08:00:00").put("max", "2024-10-31 22:00:00")
                .putArray("topValues");
        columns.addObject().put("name", "Star Rating").put("type", "BIGINT").put("semanticType", "numeric")
                .put("distinctCount", 5).put("min", 1).put("max", 5).putArray("topValues");
        columns.addObject().put("name", "review_text").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 990).putArray("topValues");
        number(columns, "helpful_votes", "BIGINT", 0, 40);
        columns.addObject().put("name", "developer_reply_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 250).put("nullCount", 707).put("min", "2024-01-02").put("max", "2024-11-20")
                .putArray("topValues");
        return catalog("app_reviews.csv", "app_reviews", 1000, columns);
    }

    /** Point-of-sale lines: a department, a quantity, a unit price and a discount amount taken off each line. */
    public static Catalog posLines() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "Receipt #", "BIGINT", 501000, 501900);
        category(columns, "store_name", 4, "Downtown", "Riverside", "Northgate", "Airport");
        category(columns, "dept", 8, "Snacks", "Dairy", "Produce", "Household");
        number(columns, "Qty", "BIGINT", 1, 9);
        number(columns, "UnitPrice", "DOUBLE", 0.99, 16.09);
        number(columns, "discount_amt", "DOUBLE", 0, 4.5);
        return catalog("pos_transactions.csv", "pos_transactions", 2500, columns);
    }

    /** An HR roster with hire and termination dates (current staff have none) and the reason people left. */
    public static Catalog roster() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "emp_id", 801);
        category(columns, "Department", 9, "Engineering", "Sales", "Customer Support", "Operations", "Marketing");
        columns.addObject().put("name", "hire_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 700).put("min", "2012-03-05").put("max", "2024-12-20").putArray("topValues");
        columns.addObject().put("name", "term_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 190).put("nullCount", 609).put("min", "2014-02-01").put("max", "2024-12-30")
                .putArray("topValues");
        category(columns, "Termination Reason", 5, "Resigned", "Terminated", "Laid Off", "Relocation", "Retired");
        number(columns, "Annual Salary", "BIGINT", 42000, 385000);
        columns.addObject().put("name", "remote").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).putArray("topValues");
        return catalog("employees_hr.csv", "employees_hr", 801, columns);
    }

    /** Shipments: shipped, promised and delivered dates (none yet for those in transit), a carrier and a service level. */
    public static Catalog shipments() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Shipment ID", 1500);
        category(columns, "Carrier", 5, "UPS", "FedEx", "DHL", "USPS", "OnTrac");
        category(columns, "Service Level", 3, "Ground", "Express", "Overnight");
        columns.addObject().put("name", "Ship Date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 700).put("min", "2023-01-02").put("max", "2024-12-30").putArray("topValues");
        columns.addObject().put("name", "Promised Date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 700).put("min", "2023-01-04").put("max", "2025-01-06").putArray("topValues");
        columns.addObject().put("name", "Delivered Date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 700).put("nullCount", 60).put("min", "2023-01-05").put("max", "2025-01-03")
                .putArray("topValues");
        number(columns, "Shipping Cost", "DOUBLE", 4.5, 180);
        category(columns, "Status", 4, "Delivered", "In Transit", "Returned", "Lost");
        return catalog("shipments.csv", "shipments", 1500, columns);
    }

    /**
     * A warehouse's stock, one row per SKU: a product name, a category, units on hand, a reorder point, a unit cost,
     * the date last restocked.
     */
    public static Catalog inventory() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "sku", 351);
        columns.addObject().put("name", "product_name").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 105).putArray("topValues");
        category(columns, "category", 5, "Electronics", "Kitchen", "Furniture", "Cleaning", "Office Supplies");
        category(columns, "warehouse", 5, "Dallas TX", "Reno NV", "Newark NJ", "Columbus OH", "Atlanta GA");
        number(columns, "on_hand", "BIGINT", 0, 500);
        ObjectNode reorder = columns.addObject().put("name", "reorder_point").put("type", "BIGINT")
                .put("semanticType", "numeric").put("distinctCount", 5).put("min", 10).put("max", 100);
        ArrayNode points = reorder.putArray("topValues");
        for (int p : new int[] {10, 20, 25, 50, 100}) {
            points.addObject().put("value", p).put("count", 70);
        }
        number(columns, "unit_cost", "DOUBLE", 1.06, 578.84);
        date(columns, "last_restock_date", "DATE", 224, "2024-01-02", "2024-11-25");
        return catalog("inventory.csv", "inventory", 351, columns);
    }

    /** SaaS invoices: an invoice number, a customer, a plan, issue, due and paid dates, an amount. */
    public static Catalog invoices() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "invoice_no", 1163);
        category(columns, "customer", 20, "Acme Corp", "Nakatomi", "Pied Piper");
        category(columns, "plan", 4, "Starter", "Pro", "Business", "Enterprise");
        for (String date : new String[] {"issue_date", "due_date", "paid_date"}) {
            date(columns, date, "DATE", 700, "2022-01-03", "2024-12-30")
                    .put("nullCount", date.equals("paid_date") ? 77 : 0);
        }
        number(columns, "amount", "DOUBLE", 12.5, 18846.68);
        return catalog("invoices.csv", "invoices", 1163, columns);
    }

    /** Insurance claims, one row each: the amount claimed and the amount approved, two sums of money. */
    public static Catalog insuranceClaims() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "claim_id", 800);
        number(columns, "claimAmount", "DOUBLE", 120, 98000);
        number(columns, "approvedAmount", "DOUBLE", 0, 91000);
        category(columns, "adjuster", 7, "Marcus Bell", "Anita Rao", "Derek Ng");
        category(columns, "policy_type", 5, "Auto", "Home", "Travel");
        return catalog("insurance_claims.json", "insurance_claims", 800, columns);
    }

    /** Flights between airports written as codes, in two columns that share their values. */
    public static Catalog flights() {
        ArrayNode columns = JSON.createArrayNode();
        date(columns, "date", "TIMESTAMP", 9393, "2001-01-01 00:47:00", "2001-03-31 23:59:00");
        number(columns, "delay", "BIGINT", -60, 500);
        number(columns, "distance", "BIGINT", 30, 4475);
        category(columns, "origin", 201, "LAX", "SFO", "ORD", "DEN", "SEA");
        category(columns, "destination", 212, "ORD", "LAX", "SFO", "SEA", "DEN");
        return catalog("flights.json", "flights", 10000, columns);
    }

    /** Bike trips keyed by a trip id: stations, a rider type, a start time and a duration in seconds. */
    public static Catalog trips() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "trip_id", 3127);
        category(columns, "start_station", 12, "Central Station", "City Hall", "Museum Mile");
        category(columns, "member_type", 2, "member", "casual");
        date(columns, "started_at", "TIMESTAMP", 3127, "2023-01-01 00:10:00", "2024-12-30 22:00:00");
        number(columns, "duration_sec", "BIGINT", 60, 9000);
        return catalog("trips.csv", "trips", 3127, columns);
    }

    /**
     * Ride-hailing rides: a key per trip (the file is called rides), riders and drivers on many rows, a status, a fare
     * and a tip (blank on cancelled trips) in dollars and a surge flag written several ways.
     */
    public static Catalog hailedRides() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "trip_id", 3000);
        category(columns, "rider_id", 900, "R10572", "R28850", "R25587");
        category(columns, "driver_id", 60, "DRV-021", "DRV-024", "DRV-005");
        category(columns, "status", 3, "completed", "cancelled_rider", "cancelled_driver");
        category(columns, "vehicle_type", 4, "Standard", "Comfort", "XL", "Green");
        number(columns, "fare_usd", "DOUBLE", 4, 90);
        number(columns, "tip_usd", "DOUBLE", 0, 25);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 340);
        number(columns, "driver_rating", "BIGINT", 1, 5);
        category(columns, "surge", 6, "N", "Y", "no", "yes", "FALSE", "TRUE");
        return catalog("rides.csv", "rides", 3000, columns);
    }

    /** Pharmacy fills by patient: a fill date (a date) and a pick-up time (a timestamp, blank until picked up), days of supply. */
    public static Catalog pharmacyFills() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Fill ID", 3150);
        category(columns, "Patient ID", 523, "P927408", "P953994", "P301264");
        category(columns, "Drug Class", 8, "Statin", "Antidiabetic", "SSRI");
        date(columns, "Fill Date", "DATE", 360, "2024-01-02", "2024-12-30");
        number(columns, "Days Supply", "BIGINT", 5, 90);
        date(columns, "Picked Up At", "TIMESTAMP", 2900, "2024-01-02 11:06:00", "2025-01-05 18:00:00").put("nullCount", 219);
        return catalog("pharmacy_fills.csv", "pharmacy_fills", 3150, columns);
    }

    /** Daily readings per turbine, its nested object flattened (turbine_turbine_id, turbine_commissioned). */
    public static Catalog turbineReadings() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "turbine_turbine_id", 12, "WT-01", "WT-02", "WT-03", "WT-07");
        date(columns, "turbine_commissioned", "DATE", 12, "2015-04-01", "2021-09-30");
        date(columns, "reading_date", "DATE", 240, "2024-01-01", "2024-08-27");
        number(columns, "energy_kwh", "DOUBLE", 0, 52000);
        return catalog("wind_turbines.json", "wind_turbines", 2570, columns);
    }

    /**
     * Marathon results: chip and half-split times exported as clock readings (TIME), a wave offset in minutes, a
     * status, clubs that some runners lack, the race's name written in several cases.
     */
    public static Catalog raceResults() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "runner_id", 1092);
        category(columns, "gender", 4, "M", "F", "m", "f");
        category(columns, "country", 41, "USA", "UK", "Canada", "USA ");
        category(columns, "Race Name", 20, "Lakeshore Marathon", "Harborview Marathon", "Capital City Marathon",
                "LAKESHORE MARATHON", "Lakeshore Marathon ");
        date(columns, "race_date", "DATE", 12, "2022-04-10", "2024-11-10");
        number(columns, "wave_start_offset_min", "BIGINT", 0, 25);
        category(columns, "status", 9, "Finished", "finished", "DNF", "dnf ");
        date(columns, "half_split", "TIME", 2064, "01:00:23", "03:34:08");
        date(columns, "chip_time", "TIME", 2256, "02:04:02", "07:24:25");
        number(columns, "pace_min_km", "DOUBLE", 2.94, 10.53);
        category(columns, "club", 8, "Capital Runners", "Lakeside AC", "Harbor Striders").put("nullCount", 1376);
        return catalog("marathon_results.csv", "marathon_results", 2586, columns);
    }

    /**
     * Card payments in several currencies: the amount as charged and converted to USD, a refund amount, a status,
     * a decline reason, the card's type and limit (the same on every payment of a customer); one timestamp per payment.
     */
    public static Catalog cardPayments() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "txn_id", 3150);
        category(columns, "customerId", 307, "C-1306", "C-1134", "C-1214");
        date(columns, "txn_timestamp", "TIMESTAMP", 3150, "2024-01-01T10:32:16", "2024-12-31T23:10:05");
        number(columns, "amount", "DOUBLE", 2.73, 22800.33);
        category(columns, "currency", 5, "USD", "EUR", "GBP", "CAD", "MXN");
        number(columns, "amount_usd", "DOUBLE", 3.04, 1322.42);
        category(columns, "status", 8, "approved", "declined", "APPROVED");
        category(columns, "decline_reason", 4, "suspected fraud", "limit exceeded", "insufficient funds");
        number(columns, "refund_amount_usd", "DOUBLE", 2.26, 554.2);
        category(columns, "card_type", 2, "credit", "debit");
        number(columns, "Card Limit USD", "BIGINT", 2000, 25000);
        ((ObjectNode) columns.get(columns.size() - 1)).putArray("constantPer").add("customerId"); // sql-tool's look-up
        return catalog("card_transactions.csv", "card_transactions", 3150, columns);
    }

    /** Crowdfunding campaigns: a state (successful, failed, canceled, live), a country, money pledged against a goal. */
    public static Catalog crowdfunding() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "campaign_id", 1900);
        category(columns, "category", 35, "Games", "Technology", "Publishing", "games");
        category(columns, "country", 14, "US", "GB", "DE", "us");
        number(columns, "goal_usd", "BIGINT", 500, 400500);
        number(columns, "pledged_usd", "DOUBLE", 0, 1198344.83);
        category(columns, "state", 15, "failed", "successful", "canceled", "successful ", "live", "FAILED");
        return catalog("crowdfunding_campaigns.csv", "crowdfunding_campaigns", 1900, columns);
    }

    /**
     * Podcast episodes: a show's name written in several cases, a host, a guest (often blank), an episode's number
     * within its show (1 to 55, many times over), downloads, a rating, an explicit flag written yes/no, guests counted,
     * and the show's followers (the same on every episode of a show).
     */
    public static Catalog podcastEpisodes() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "episode_id", 1042);
        category(columns, "Show Name", 59, "Night Shift Stories", "Deep Field Notes", "Small Bets", "night shift stories",
                "NIGHT SHIFT STORIES ").put("semanticType", "text");
        category(columns, "host", 13, "Marcus Hale", "Ravi Menon", "Priya Nair");
        category(columns, "guest", 24, "Diego Rojas", "Chris Doyle").put("nullCount", 634);
        date(columns, "release_date", "DATE", 737, "2022-01-04", "2024-12-31");
        number(columns, "downloads_30d", "BIGINT", 752, 43187);
        number(columns, "rating", "DOUBLE", 3.0, 5.0);
        category(columns, "explicit", 8, "N", "FALSE", "no", "yes", "Y", "TRUE", "No", "Yes");
        number(columns, "episode_number", "BIGINT", 1, 55);
        ((ObjectNode) columns.get(columns.size() - 1)).put("distinctCount", 55);
        number(columns, "guest_count", "BIGINT", 0, 3);
        number(columns, "Show Followers", "BIGINT", 12640, 126400);
        ((ObjectNode) columns.get(columns.size() - 1)).putArray("constantPer").add("Show Name"); // sql-tool's look-up
        return catalog("podcast_episodes.csv", "podcast_episodes", 1042, columns);
    }

    /**
     * Bakery batches: a branch, a quality check passed or not (written several ways), units produced and wasted, when
     * each batch started.
     */
    public static Catalog bakeryBatches() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "batch_id", 3256);
        category(columns, "branch", 9, "Riverside", "Northgate", "riverside");
        category(columns, "qcPassed", 8, "TRUE", "Y", "yes", "FALSE", "N", "no", "Yes", "No");
        number(columns, "units_produced", "BIGINT", 40, 320);
        number(columns, "units_wasted", "BIGINT", 0, 60);
        date(columns, "start_ts", "TIMESTAMP", 3200, "2024-01-01T03:23:00", "2024-12-31T22:40:00");
        return catalog("bakery_batches.csv", "bakery_batches", 3256, columns);
    }

    /** Esports matches, one row per team: a map, a won flag, and how long the match took written as text ("38:29"). */
    public static Catalog esportsMatches() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "match_id", 627, "M22-0001", "M22-0002");
        category(columns, "map", 6, "Skyreach", "Ember Rift", "Ember Rift ");
        category(columns, "won", 6, "TRUE", "FALSE", "Y", "N", "yes", "no");
        number(columns, "kills", "BIGINT", 0, 45);
        columns.addObject().put("name", "duration").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 493).put("min", "17:00").put("max", "49:02").putArray("sampleValues")
                .add("38:29").add("31:43");
        date(columns, "match_datetime", "TIMESTAMP", 627, "2022-01-14T15:00:00", "2024-11-30T18:00:00");
        return catalog("esports_matches.csv", "esports_matches", 1254, columns);
    }

    /** EV charging sessions: a site, a driver's key, when the car was plugged in, the charge at the start, energy. */
    public static Catalog chargingSessions() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "session_id", 3180);
        category(columns, "Site Name", 14, "Northgate Mall", "NORTHGATE MALL", "Airport Cell Lot");
        category(columns, "userId", 590, "U10451", "U10002");
        date(columns, "plug_in_time", "TIMESTAMP", 3180, "2023-01-01T08:04:40", "2024-12-31T21:10:00");
        number(columns, "soc_start_pct", "BIGINT", 5, 80);
        number(columns, "energy_delivered_kwh", "DOUBLE", 1.2, 95.5);
        number(columns, "volume_ml", "BIGINT", 0, 500);
        return catalog("ev_charging_sessions.csv", "ev_charging_sessions", 3180, columns);
    }

    /**
     * A league's matches, one row per team per match: a season that is a year (2022 to 2024), a team, a won flag
     * written several ways, kills.
     */
    public static Catalog leagueSeasons() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "match_id", 627, "M22-0001", "M22-0002");
        columns.addObject().put("name", "season").put("type", "BIGINT").put("semanticType", "numeric")
                .put("distinctCount", 3).put("min", 2022).put("max", 2024).putArray("topValues")
                .add(JSON.createObjectNode().put("value", 2022).put("count", 418))
                .add(JSON.createObjectNode().put("value", 2023).put("count", 418))
                .add(JSON.createObjectNode().put("value", 2024).put("count", 418));
        category(columns, "team", 99, "Crimson Wolves", "Iron Lotus", "Nova Syndicate").putArray("sampleValues")
                .add("Rogue Titans").add("NOVA SYNDICATE ");
        category(columns, "opponent", 96, "Iron Lotus", "Nova Syndicate", "Crimson Wolves");
        category(columns, "won", 6, "TRUE", "FALSE", "Y", "N", "yes", "no");
        number(columns, "kills", "BIGINT", 0, 45);
        number(columns, "deaths", "BIGINT", 0, 45);
        number(columns, "assists", "BIGINT", 0, 90);
        columns.addObject().put("name", "duration").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 493).put("min", "17:00").put("max", "49:02").putArray("sampleValues")
                .add("38:29").add("31:43");
        date(columns, "match_datetime", "TIMESTAMP", 627, "2022-01-14T15:00:00", "2024-11-30T18:00:00");
        return catalog("esports_matches.csv", "esports_matches", 1254, columns);
    }

    /** Households by income bracket: ten rows per state (its name as text), each a bracket's share of its total. */
    public static Catalog householdsByBracket() {
        ArrayNode columns = JSON.createArrayNode();
        ObjectNode name = columns.addObject().put("name", "name").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 52);
        ArrayNode top = name.putArray("topValues");
        for (String state : List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado")) {
            top.addObject().put("value", state).put("count", 10);
        }
        category(columns, "region", 5, "south", "west", "midwest", "northeast", "other");
        number(columns, "pct", "DOUBLE", 0.006, 0.289);
        category(columns, "group", 10, "<10000", "10000 to 14999", "200000+");
        return catalog("income.json", "income", 520, columns);
    }

    /** Football results: a match's date and division, the two teams (home and away) and each side's goals. */
    public static Catalog footballResults() {
        ArrayNode columns = JSON.createArrayNode();
        date(columns, "date", "DATE", 1200, "2013-07-20", "2017-05-28");
        category(columns, "division", 6, "English Premier League", "Deutsche Bundesliga", "Spanish La Liga");
        category(columns, "home_team", 116, "Arsenal", "Barcelona", "Chelsea");
        category(columns, "away_team", 116, "Arsenal", "Barcelona", "Chelsea");
        number(columns, "home_score", "BIGINT", 0, 10);
        number(columns, "away_score", "BIGINT", 0, 9);
        return catalog("football.json", "football", 6508, columns);
    }

    /** Basketball games: home and away teams, their points written short, and the crowd (no side of its own). */
    public static Catalog basketballGames() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "game_id", 2460);
        date(columns, "game_date", "DATE", 900, "2021-10-19", "2024-04-14");
        category(columns, "home_team", 30, "Celtics", "Lakers", "Knicks");
        category(columns, "away_team", 30, "Celtics", "Lakers", "Knicks");
        number(columns, "home_pts", "BIGINT", 80, 157);
        number(columns, "away_pts", "BIGINT", 77, 150);
        number(columns, "attendance", "BIGINT", 9000, 21000);
        return catalog("nba_games.csv", "nba_games", 2460, columns);
    }

    /**
     * Dental visits: a clinic written out and in initials ("DT" of Downtown), a level of care in words that begin one
     * another ("Low", "Lowest"), and a no-show flag written Y/N and yes/no.
     */
    public static Catalog dentalVisits() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "visit_id", 2870);
        category(columns, "clinic", 6, "Downtown", "Hillcrest", "Lakeview", "Riverside", "DT", "HC");
        category(columns, "urgency", 3, "Low", "Lowest", "High");
        category(columns, "no_show", 6, "Y", "N", "yes", "no", "TRUE", "FALSE");
        date(columns, "appt_start", "TIMESTAMP", 2721, "2023-01-03 10:00:00", "2025-06-30 15:45:00");
        number(columns, "fee", "DOUBLE", 40, 900);
        return catalog("dental_visits.csv", "dental_visits", 2870, columns);
    }

    /** A shelter's intakes: an outcome written as a noun and as a participle ("Adoption", "Adopted"), an adopter's city. */
    public static Catalog shelterIntakes() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "record_id", 2460);
        date(columns, "intake_ts", "TIMESTAMP", 2453, "2023-01-02 08:00:00", "2025-10-30 17:00:00");
        category(columns, "Intake Type", 4, "Stray", "Owner Surrender", "Transfer In", "Seized");
        category(columns, "animal_species", 4, "Dog", "Cat", "Rabbit", "Guinea Pig");
        category(columns, "outcome_type", 5, "Adoption", "Transfer Out", "Return to Owner", "Adopted", "Euthanasia");
        category(columns, "adopter_city", 6, "Springfield", "Shelbyville", "Ogden");
        return catalog("shelter_intakes.json", "shelter_intakes", 2460, columns);
    }

    /**
     * An animal shelter's stays: an intake and an outcome time whose names say neither start nor end, the outcome
     * missing while an animal is still in care.
     */
    public static Catalog shelterStays() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "record_id", 2460);
        date(columns, "intake_ts", "TIMESTAMP", 2453, "2023-01-02 17:52:00", "2025-10-30 15:28:00");
        date(columns, "outcome_ts", "TIMESTAMP", 2441, "2023-01-05 17:59:00", "2025-11-14 16:17:00")
                .put("nullCount", 19);
        category(columns, "animal_species", 4, "Dog", "Cat", "Rabbit", "Guinea Pig");
        category(columns, "animal_breed", 40, "Domestic Shorthair", "Husky Mix", "Beagle");
        return catalog("shelter_intakes.json", "shelter_intakes", 2460, columns);
    }

    /**
     * A bus depot's trips: scheduled and actual times to the minute, routes numbered as text ("12", "12X"), depots also
     * written short ("N. Depot"), a seat count per bus, a reason column next to no delay figure.
     */
    public static Catalog busTrips() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "trip_id", 3216);
        category(columns, "Route", 9, "12", "4", "33", "7", "40", "12X");
        category(columns, "depot", 11, "North Depot", "East Depot", "Harbor Depot", "north depot", "N. Depot");
        category(columns, "fuelType", 9, "Diesel", "Hybrid", "Electric", "diesel");
        date(columns, "Sched Departure", "TIMESTAMP", 3200, "2023-01-02 05:00:00", "2025-06-30 22:40:00");
        date(columns, "actual_departure", "TIMESTAMP", 3070, "2023-01-02 05:01:00", "2025-06-30 22:52:00")
                .put("nullCount", 140);
        date(columns, "actual_arrival", "TIMESTAMP", 3070, "2023-01-02 05:40:00", "2025-06-30 23:59:00")
                .put("nullCount", 140);
        number(columns, "boardings", "BIGINT", 0, 90);
        category(columns, "delay_reason", 8, "Traffic", "Mechanical", "Weather", "No driver");
        identifier(columns, "driver_id", 80);
        category(columns, "Cancelled", 6, "N", "FALSE", "no", "Y", "TRUE", "yes");
        return catalog("bus_depot_trips.csv", "bus_depot_trips", 3216, columns);
    }

    /**
     * A climbing gym's check-ins: locations written with the column's own word ("Riverside Gym"), plans cut short
     * ("Mthly") and as initials ("TR" of top-rope), a rental yes/no written as text, two fees, a desk staff name with an
     * accent, check-in and check-out times named in camelCase and snake_case.
     */
    public static Catalog climbingVisits() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "visit_id", 1900);
        identifier(columns, "Member ID", 583);
        date(columns, "checkInTime", "TIMESTAMP", 1895, "2023-01-02 06:10:00", "2024-12-30 21:40:00");
        date(columns, "checkout_time", "TIMESTAMP", 1794, "2023-01-02 07:30:00", "2024-12-30 23:10:00")
                .put("nullCount", 95);
        category(columns, "Gym Location", 8, "Northside", "North Side", "NORTHSIDE", "Riverside Gym", "Riverside",
                "RIVERSIDE");
        number(columns, "gym_capacity_ppl", "BIGINT", 140, 180);
        category(columns, "Membership Type", 9, "Monthly", "MONTHLY", "Mthly", "Annual", "Yearly", "DayPass", "day pass");
        category(columns, "wallArea", 8, "Bouldering", "BOULDER", "Boulder", "top-rope", "top rope", "TR", "Lead");
        category(columns, "Gear Rental?", 6, "N", "No", "FALSE", "Y", "yes", "TRUE");
        number(columns, "Rental Fee (USD)", "DOUBLE", 0, 12);
        number(columns, "Entry Fee $", "DOUBLE", 0, 22);
        category(columns, "staff_on_desk", 5, "Tomas", "Tomás", "Jen", "Priya", "Marco");
        return catalog("climbing_gym_visits.csv", "climbing_gym_visits", 1900, columns);
    }

    /**
     * A car wash's visits: a price on every row and a tip on few (blank on most), sites written in full and cut short
     * ("Main St", "Airport Rd"), a membership yes/no typed many ways with blanks, and how each visit was paid.
     */
    public static Catalog carWashVisits() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "visit_id", 2460);
        date(columns, "Visit Timestamp", "TIMESTAMP", 2460, "2024-01-01 14:35:40", "2025-12-30 17:02:11");
        category(columns, "site", 12, "MAIN STREET", "Main St", "Main Street", "main st.", "AIRPORT RD", "airport road",
                "Riverside");
        category(columns, "Wash Package", 6, "Basic", "basic", "Express", "Deluxe");
        number(columns, "price_usd", "DOUBLE", 8, 26);
        number(columns, "Tip Amount", "DOUBLE", 0.5, 9);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 1452).put("nullFraction", 0.59);
        category(columns, "member_flag", 7, "false", "n", "No", "Y", "yes", "TRUE", "").put("nullCount", 103);
        category(columns, "Payment Method", 5, "card", "CARD", "App", "APP", "cash");
        number(columns, "wait_minutes", "BIGINT", 0, 40);
        return catalog("car_wash_visits.csv", "car_wash_visits", 2460, columns);
    }

    /** A venue's bookings: one package price a booking, a coordinator, and a status with cancelled ones. */
    public static Catalog venueBookings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "booking_id", 1240);
        date(columns, "Event Date", "DATE", 719, "2023-01-07", "2025-12-27");
        number(columns, "Package Price (USD)", "DOUBLE", 1500, 40000);
        category(columns, "Coordinator", 6, "Ben Okafor", "Esther Lindqvist", "Farah Haddad");
        category(columns, "Status", 5, "Completed", "COMPLETED", "Confirmed", "Cancelled", "canceled");
        return catalog("wedding_venue_bookings.csv", "wedding_venue_bookings", 1240, columns);
    }

    /** A mover's jobs: a charge and the hours billed, and a packing service that says none three ways. */
    public static Catalog movingJobs() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "JobID", 1530);
        date(columns, "move_date", "DATE", 758, "2023-01-02", "2025-12-30");
        number(columns, "hours_billed", "DOUBLE", 2, 14);
        number(columns, "Total Charge ($)", "DOUBLE", 300, 4000);
        category(columns, "Packing Service", 6, "none", "no packing", "None", "partial", "Full", "full");
        return catalog("moving_jobs.csv", "moving_jobs", 1530, columns);
    }

    /** A marina's stays: arrivals and departures written as text to the minute, nights, a status, boats by name. */
    public static Catalog marinaStays() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "stayId", 1060);
        textTimes(columns, "Arrival Time", 0, "2024-04-01 16:00", "2024-07-10 21:15", "2025-10-31 19:30");
        textTimes(columns, "departure_time", 89, "2024-04-02 09:45", "2024-07-12 08:30", "2025-10-29 10:30");
        number(columns, "nights", "BIGINT", 0, 14);
        ((ObjectNode) columns.get(columns.size() - 1)).put("distinctCount", 9);
        category(columns, "Status", 6, "checked-out", "Checked Out", "Cancelled", "cancelled", "In Berth");
        category(columns, "boat_name", 71, "Aurora", "Halcyon", "Salty Dog");
        category(columns, "berth_dock", 4, "C", "D", "B", "A");
        category(columns, "berth_berth_id", 43, "D-05", "D-01", "C-05");
        number(columns, "berth_max_length_ft", "BIGINT", 30, 70);
        number(columns, "payment_amount_usd", "DOUBLE", 20, 900);
        return catalog("marina_berth_stays.json", "marina_berth_stays", 1060, columns);
    }

    /** A nursery's order lines: several lines an order, a plant's name and its category, a money total a line. */
    public static Catalog nurserySales() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Order Line ID", 2132);
        category(columns, "order_no", 917, "SO-70003", "SO-70005").put("semanticType", "text");
        date(columns, "sale_date", "DATE", 497, "2023-01-08", "2025-06-28");
        category(columns, "Customer Type", 12, "retail", "Retail", "Landscaper", "Wholesale");
        category(columns, "plant_category", 20, "Tree", "shrubs", "SHRUB", "Perennial");
        category(columns, "plant_name", 23, "Boxwood", "Eastern Redbud", "Japanese Maple");
        number(columns, "qty", "BIGINT", 1, 60);
        number(columns, "unit_price_usd", "DOUBLE", 3.75, 307.8);
        number(columns, "Line Total (USD)", "DOUBLE", 3.19, 7000);
        return catalog("plant_nursery_sales.csv", "plant_nursery_sales", 2131, columns);
    }

    /**
     * A kennel's stays: a check-in and a check-out, kennel sizes written several ways, branches some of whose names say
     * "Branch", a yes/no of medication, species by name and by kind ("Canine").
     */
    public static Catalog kennelStays() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "stay_id", 1480);
        category(columns, "species", 12, "dog", "Dog", "Canine", "Feline", "Cat", "cat", "rabbit", "Bunny");
        date(columns, "check_in", "TIMESTAMP", 1460, "2023-01-02T09:15", "2025-06-27T14:15");
        date(columns, "Check Out", "TIMESTAMP", 1450, "2023-01-04T13:45", "2025-07-03T11:15").put("nullCount", 11);
        category(columns, "kennel_size", 12, "Small", "SM", "small", "MEDIUM", "med", "Medium", "large ", "LG");
        category(columns, "meds_required", 15, "false", "no", "yes", "Y");
        number(columns, "total_charge", "DOUBLE", 38, 882);
        category(columns, "location", 12, "North Branch", "N. Branch", "north", "Eastside", "downtown ", "Down Town");
        return catalog("pet_boarding_stays.csv", "pet_boarding_stays", 1480, columns);
    }

    /** A music school's lessons, nested: a teacher's id, name, rate and notes; a fee, a length, how it was billed. */
    public static Catalog musicLessons() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "lesson_id", 1340);
        date(columns, "checked_in_at", "TIMESTAMP", 1105, "2023-09-01T17:58", "2025-06-19T16:40");
        number(columns, "Fee (USD)", "DOUBLE", 0, 71);
        category(columns, "status", 12, "COMPLETED", "Completed", "completed", "CANCELLED", "Cancelled");
        category(columns, "teacher_notes", 12, "", "great progress on sight reading", "worked on scales");
        category(columns, "teacher_teacher_id", 9, "T07", "T01", "T02");
        category(columns, "teacher_name", 9, "Grace Liu", "Ana Ruiz", "Ben Okafor");
        number(columns, "teacher_hourly_rate_usd", "DOUBLE", 49, 71);
        number(columns, "Duration (min)", "BIGINT", 30, 60);
        category(columns, "billing_method", 10, "card", "credit card", "Bank Transfer", "ACH", "Cash");
        return catalog("music_lessons.json", "music_lessons", 1340, columns);
    }

    /** A bowling alley's games: food and drink spend kept as text with and without a dollar sign. */
    public static Catalog bowlingGames() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "game_id", 1760);
        category(columns, "party_name", 16, "Church group", "Lee family", "Office social");
        ObjectNode spend = columns.addObject().put("name", "F&B Spend").put("type", "VARCHAR")
                .put("semanticType", "text").put("distinctCount", 1414).put("nullCount", 107).put("min", "$ 100.69")
                .put("max", "99.93");
        spend.putArray("topValues");
        spend.putArray("sampleValues").add("39.32").add("$ 72.22").add("$59.67").add("0");
        return catalog("bowling_lane_games.csv", "bowling_lane_games", 1760, columns);
    }

    /**
     * A driving school's lessons: instructors written several ways, a cancelled flag typed eleven ways with blanks,
     * a mock test result left blank where no test was taken, and km driven in each lesson.
     */
    public static Catalog drivingLessons() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "lesson_id", 1650);
        category(columns, "StudentID", 260, "S164", "S033", "S051");
        category(columns, "Instructor", 18, "DANA ", "Dana", "Ingrid", "ingrid", "Luis M.", "luis", "Tom", "T. Becker");
        date(columns, "Lesson Date", "DATE", 700, "2023-01-02", "2025-11-28");
        date(columns, "start_time", "TIME", 56, "07:00", "21:45");
        number(columns, "duration_min", "BIGINT", 45, 120);
        category(columns, "lesson_type", 19, "city", "CITY DRIVING", "Highway", "hwy", "parking", "Test Prep");
        category(columns, "Car ID", 6, "CAR-03", "CAR-02", "CAR-05", "CAR-01", "CAR-04", "CAR-06");
        number(columns, "Fee (EUR)", "DOUBLE", 39, 125);
        category(columns, "cancelled", 16, "", "0", "n", "FALSE", "N", "No", "no", "false", "YES", "TRUE", "true",
                "Yes", "y", "Y", "yes", "1").put("nullCount", 0);
        number(columns, "km_driven", "DOUBLE", 11.3, 118.8);
        category(columns, "Mock Test Result", 6, "Pass", "PASS", "pass", "FAIL ", "fail", "Fail").put("nullCount", 1437)
                .put("nullFraction", 0.87);
        return catalog("driving_school_lessons.csv", "driving_school_lessons", 1650, columns);
    }

    /** A tailor's alteration tickets: one ticket a row, customers with several each. */
    public static Catalog tailorTickets() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "ticket_id", 1240);
        date(columns, "Drop Off Date", "DATE", 600, "2023-01-02", "2025-12-20");
        identifier(columns, "customer_id", 400);
        category(columns, "Garment Type", 21, "Trousers", "dress", "Pants", "SHIRT", "Suit Jacket", "suit jkt");
        category(columns, "alteration", 19, "hem", "hemming", "take in", "Sleeve shorten", "shorten sleeves", "zipper",
                "zip replace");
        number(columns, "Price (USD)", "DOUBLE", 12, 80);
        return catalog("tailor_alterations.csv", "tailor_alterations", 1240, columns);
    }

    /**
     * A community garden's rentals: the season each is for as a year, the date its member joined the garden, and a
     * sign-up time written two ways.
     */
    public static Catalog gardenRentals() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "rental_id", 895);
        number(columns, "Season", "BIGINT", 2023, 2025);
        ObjectNode signup = columns.addObject().put("name", "signupTimestamp").put("type", "VARCHAR")
                .put("semanticType", "text").put("distinctCount", 890).put("min", "2023-01-02 05:06:00")
                .put("max", "2025-04-11T09:15:00");
        signup.putArray("topValues");
        signup.putArray("sampleValues").add("2023-02-21T04:35:00").add("2023-02-26 05:06:00");
        category(columns, "status", 10, "Active", "ACTIVE", "waitlist", "Waitlist", "cancelled", "canceled");
        category(columns, "Deposit Returned", 6, "true", "TRUE", "Y", "N", "no", "FALSE");
        category(columns, "plot_section", 16, "East", "SOUTH ", "north ", "S", "W", "N", "E", "West");
        identifier(columns, "member_member_id", 400);
        date(columns, "member_joined", "DATE", 800, "2015-01-03", "2024-12-28");
        return catalog("garden_plot_rentals.json", "garden_plot_rentals", 895, columns);
    }

    /** A table of one category column holding {@code values}, for what a column's values alone decide. */
    public static Catalog oneCategory(String name, String... values) {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, name, values.length, values);
        return catalog("one_category.csv", "one_category", 100, columns);
    }

    /**
     * A brewery's batches: three volumes in litres (a fermenter's capacity, brewed, packaged), styles written as
     * initials and in full ("IPA", "India Pale Ale") or cut short ("Pils" beside both "Pilsner" and "Pilsener"), package
     * formats in the plural, a brew date and a packaging date, and a last line whose batch number says "TOTAL".
     */
    public static Catalog breweryBatches() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "Batch No").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 961).put("min", "B-0001").put("max", "TOTAL").putArray("topValues");
        category(columns, "beer_style", 8, "IPA", "ipa", "India Pale Ale", "Pilsner", "Pilsener", "Pils", "Stout",
                "wheat beer", "Wheat");
        date(columns, "brewDate", "DATE", 650, "2022-01-03", "2024-12-28");
        date(columns, "packaged_on", "DATE", 597, "2022-01-20", "2025-01-20").put("nullCount", 85);
        number(columns, "Fermenter Capacity (L)", "BIGINT", 1000, 5000);
        number(columns, "volume_brewed_l", "BIGINT", 400, 4800);
        number(columns, "volume_packaged_l", "BIGINT", 350, 4700);
        category(columns, "packageFormat", 7, "KEG", "Keg", "kegs", "Can", "Cans", "Bottle", "bottles");
        number(columns, "Ingredient Cost ($)", "DOUBLE", 200, 4000);
        return catalog("brewery_batches.csv", "brewery_batches", 961, columns);
    }

    /**
     * A tutoring centre's sessions: a student key, a mode written "Online" and "In-person", a paid flag with empty
     * strings among its yes and no, a quiz score some sessions lack, each branch's few rooms on its every row.
     */
    public static Catalog tutoringSessions() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "session_id", 2932);
        identifier(columns, "studentId", 474);
        category(columns, "branch", 3, "Central", "Westfield", "Eastside");
        category(columns, "Mode", 5, "Online", "In-person", "online", "in person", "In Person");
        date(columns, "session_start", "TIMESTAMP", 2099, "2023-08-21 15:00:00", "2025-06-13 19:30:00");
        number(columns, "billed_amount", "DOUBLE", 0, 180);
        category(columns, "Paid", 7, "TRUE", "Y", "yes", "", "FALSE", "N", "no");
        number(columns, "pre_quiz", "BIGINT", 20, 100);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 1168);
        ObjectNode rooms = columns.addObject().put("name", "branch_rooms").put("type", "BIGINT")
                .put("semanticType", "numeric").put("distinctCount", 3).put("min", 4).put("max", 6);
        ArrayNode counts = rooms.putArray("topValues");
        List.of(6, 5, 4).forEach(n -> counts.addObject().put("value", n).put("count", 900));
        return catalog("tutoring_sessions.csv", "tutoring_sessions", 2932, columns);
    }

    /**
     * Print jobs: a quantity and a price whose name does not say whether it is the price of one unit or of the job, a
     * machine and its sheets per hour.
     */
    public static Catalog printJobs(String priceName) {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "job_id", 3215);
        identifier(columns, "customerId", 606);
        category(columns, "Customer Type", 2, "Business", "Individual");
        date(columns, "submitted_at", "TIMESTAMP", 3215, "2022-09-01 07:14:07", "2025-02-28 19:16:58");
        date(columns, "completed_at", "TIMESTAMP", 2808, "2022-09-03 00:09:49", "2025-03-03 16:31:08").put("nullCount", 407);
        category(columns, "product", 6, "Flyers", "Stickers", "Banners");
        number(columns, "qty", "BIGINT", 1, 5000);
        number(columns, priceName, "DOUBLE", 5, 4000);
        category(columns, "machine", 4, "Indigo 7900", "Iridesse", "Konica C4080", "SureColor P9000");
        number(columns, "machine_sheets_per_hr", "BIGINT", 900, 4000);
        return catalog("print_jobs.csv", "print_jobs", 3215, columns);
    }

    /** Public EV chargers: a charger's key and its power (the same on each of its sessions), a failed flag, prices. */
    public static Catalog chargerFaults() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "session_id", 3180);
        category(columns, "Site Name", 14, "Northgate Mall", "NORTHGATE MALL", "Airport Cell Lot");
        category(columns, "charger_id", 24, "NGM-03", "ACL-03", "ACL-04");
        number(columns, "charger_max_power_kw", "BIGINT", 7, 350);
        date(columns, "plug_in_time", "TIMESTAMP", 3180, "2023-01-01T08:04:40", "2024-12-31T21:10:00");
        date(columns, "plug_out_time", "TIMESTAMP", 3180, "2023-01-01T15:12:14", "2024-12-31T23:40:00");
        number(columns, "energy_delivered_kwh", "DOUBLE", 1.2, 95.5);
        number(columns, "price_per_kwh_usd", "DOUBLE", 0.25, 0.65);
        number(columns, "cost_usd", "DOUBLE", 0, 62.5);
        category(columns, "failed", 6, "N", "Y", "no", "yes", "FALSE", "TRUE");
        return catalog("ev_charging_sessions.csv", "ev_charging_sessions", 3180, columns);
    }

    /**
     * Bookings of meeting rooms, the room nested (its key, name, seats, floor and rate on every booking), a member's
     * key, a company, when it was booked, its start and end, the price, a cancelled flag written several ways.
     */
    public static Catalog roomBookings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "booking_id", 2340);
        category(columns, "memberId", 280, "MBR-3160", "MBR-3037", "MBR-3194");
        category(columns, "company", 24, "Brightlane Labs", "Quarry Analytics");
        date(columns, "booked_at", "TIMESTAMP", 2340, "2023-12-31T09:00:00", "2025-06-29T20:00:00");
        date(columns, "start", "TIMESTAMP", 2071, "2024-01-02T11:30:00", "2025-06-30T17:00:00");
        date(columns, "end", "TIMESTAMP", 2071, "2024-01-02T13:30:00", "2025-06-30T19:00:00");
        number(columns, "attendees", "BIGINT", 1, 24);
        number(columns, "price_charged_usd", "DOUBLE", 15, 480);
        category(columns, "cancelled", 6, "N", "Y", "no", "yes", "FALSE", "TRUE");
        category(columns, "catering", 2, "N", "Y");
        category(columns, "room_room_id", 10, "R102", "R202", "R101");
        category(columns, "room_name", 10, "Birch", "Elm", "Aspen");
        number(columns, "room_seats", "BIGINT", 2, 20);
        category(columns, "room_floor", 3, "1", "2", "3");
        number(columns, "room_hourly_rate", "DOUBLE", 15, 120);
        return catalog("coworking_bookings.json", "coworking_bookings", 2340, columns);
    }

    /** Yearly global temperature anomalies: a year from 1880 to 2023 and its temp, the only measure. */
    public static Catalog yearlyTemps() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "year").put("type", "BIGINT").put("semanticType", "numeric")
                .put("distinctCount", 144).put("min", 1880).put("max", 2023).putArray("topValues");
        number(columns, "temp", "DOUBLE", -0.48, 1.17);
        return catalog("global-temp.csv", "global_temp", 144, columns);
    }

    /** Blood donations: a donor's key, a blood type written several ways, a volume. */
    public static Catalog bloodDonations() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "donation_id", 2300);
        category(columns, "donorId", 1150, "BD50675", "BD50144");
        category(columns, "blood_type", 23, "O+", "A+", "o+", "O-", "A-", "AB+", "o- ");
        number(columns, "volume_ml", "BIGINT", 250, 500);
        return catalog("blood_donations.csv", "blood_donations", 2300, columns);
    }

    /** Blood donations with the donor's key an identifier and the date of each donation. */
    public static Catalog bloodDonationDates() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "donation_id", 2300);
        columns.addObject().put("name", "donorId").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 1150).putArray("topValues");
        date(columns, "donation_date", "DATE", 700, "2023-01-02", "2024-12-30");
        return catalog("blood_donations.csv", "blood_donations", 2300, columns);
    }

    /** Workouts of athletes (a key and a name each): an activity, a distance in km, calories. */
    public static Catalog athleteWorkouts() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "workout_id", 900);
        category(columns, "activity", 4, "Run", "Ride", "Swim", "Walk");
        number(columns, "distance_km", "DOUBLE", 0.5, 75.26);
        number(columns, "calories", "BIGINT", 40, 2400);
        category(columns, "athlete_id", 42, "A-01", "A-02", "A-03");
        category(columns, "athlete_name", 42, "Felix Larsen", "Ana Ruiz", "Mei Chen");
        return catalog("workouts.json", "workouts", 900, columns);
    }

    /** Returns of online orders: a product category and the amount refunded for each return. */
    public static Catalog productReturns() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "return_id", 2100);
        category(columns, "product_category", 7, "Apparel", "Footwear", "Electronics");
        number(columns, "refund_amount", "DOUBLE", 3, 2400);
        return catalog("ecommerce_returns.csv", "ecommerce_returns", 2100, columns);
    }

    /** Harvest load tickets: farm fields with an area each, a crop, a harvest date, each load's weight in kg. */
    public static Catalog harvestTickets() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "ticket_no", 1239);
        category(columns, "field_id", 80, "FLD-050", "FLD-007", "FLD-040");
        category(columns, "Farm Name", 29, "Oak Ridge", "Maple Hollow", "Willow Creek");
        number(columns, "field_area_ha", "DOUBLE", 5, 48);
        category(columns, "crop", 39, "Wheat", "Corn", "Soybeans", "wheat");
        date(columns, "harvest_date", "DATE", 245, "2022-07-01", "2024-11-20");
        number(columns, "load_weight_kg", "BIGINT", 4000, 103818);
        category(columns, "operator", 8, "A. Novak", "L. Duarte", "P. Harris");
        category(columns, "grade", 3, "A", "B", "C").put("nullCount", 43);
        return catalog("harvests.csv", "harvests", 1239, columns);
    }

    /**
     * Monthly utility bills per account: a household size the data repeats on every bill of an account (sql-tool's
     * look-up found it constant on "Account No"), billed, due and paid dates.
     */
    public static Catalog householdBills() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "Account No", 160, "ACC-20007", "ACC-20014", "ACC-20021");
        category(columns, "tariff_plan", 36, "Standard", "Green Saver", "Time-of-Use");
        number(columns, "household_size", "BIGINT", 1, 6);
        ((ObjectNode) columns.get(columns.size() - 1)).putArray("constantPer").add("Account No");
        category(columns, "has_solar", 4, "no", "N", "Y", "yes");
        date(columns, "billing_month", "DATE", 24, "2023-01-01", "2024-12-01");
        number(columns, "electricity_kwh", "BIGINT", 80, 1400);
        number(columns, "amount_usd", "DOUBLE", 20, 251);
        date(columns, "due_date", "DATE", 24, "2023-02-15", "2025-01-15");
        date(columns, "paid_date", "DATE", 484, "2023-02-01", "2025-02-20").put("nullCount", 70);
        return catalog("utility_bills.csv", "utility_bills", 3245, columns);
    }

    /** Car rentals: a pickup branch and a pickup time, both named "pickup"; the contract's total; odometer out and in. */
    public static Catalog rentalContracts() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "contract_id", 2600);
        category(columns, "customerId", 638, "C0313", "C0036", "C0177");
        category(columns, "pickupBranch", 39, "Airport", "Downtown", "Harbor");
        category(columns, "car_class", 38, "Economy", "Compact", "SUV");
        date(columns, "pickup_time", "TIMESTAMP", 2535, "2024-01-01 08:15:00", "2024-12-31 18:00:00");
        number(columns, "total_usd", "DOUBLE", 30, 2400);
        number(columns, "odometer_out_km", "BIGINT", 1200, 98000);
        number(columns, "odometer_in_km", "BIGINT", 1300, 99000);
        return catalog("car_rental_contracts.csv", "car_rental_contracts", 2600, columns);
    }

    /**
     * Course enrolments by learner country, written as codes, "IN" for India, once carelessly as "in "; enrolled and
     * completed times as a JSON export writes them ("2023-07-01T06:17:00"), which DuckDB 1.4 reads as text.
     */
    public static Catalog learnerEnrolments() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "enrolment_id", 1850);
        category(columns, "learner_country", 34, "US", "IN", "BR", "GB", "us", "in ");
        number(columns, "learner_age", "BIGINT", 16, 72);
        textTimes(columns, "enrolledAt", 0, "2023-07-01T06:17:00", "2023-07-01T12:21:00", "2024-12-22T13:55:00");
        columns.addObject().put("name", "completed").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).putArray("topValues").add(JSON.createObjectNode().put("value", true))
                .add(JSON.createObjectNode().put("value", false));
        textTimes(columns, "completedAt", 921, "2023-07-10T11:41:00", "2023-08-02T09:05:00", "2025-01-14T04:37:00");
        number(columns, "amount_paid_usd", "DOUBLE", 0, 149);
        return catalog("course_enrolments.json", "course_enrolments", 1850, columns);
    }

    /** Warehouse picking tasks: created, then started, then completed; a priority flag; quantities picked. */
    public static Catalog pickingTasks() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "taskId", 3600);
        category(columns, "zone", 5, "Ambient", "Chilled", "Frozen");
        number(columns, "qtyPicked", "BIGINT", 0, 40);
        date(columns, "createdAt", "TIMESTAMP", 3500, "2024-10-01 06:53:49", "2024-10-31 21:00:00");
        date(columns, "startedAt", "TIMESTAMP", 3590, "2024-10-01 07:20:50", "2024-10-31 21:30:00");
        date(columns, "completedAt", "TIMESTAMP", 3530, "2024-10-01 07:25:27", "2024-10-31 21:40:00").put("nullCount", 65);
        category(columns, "isPriority", 2, "N", "Y");
        category(columns, "pickerShift", 3, "Day", "Swing", "Night");
        return catalog("picking_tasks.csv", "picking_tasks", 3600, columns);
    }

    /** Restaurant inspections: a letter grade and a borough for each, dated. */
    public static Catalog inspections() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Inspection ID", 1200);
        category(columns, "Borough", 5, "Queens", "Brooklyn", "Bronx", "Manhattan", "Staten Island");
        category(columns, "Grade", 3, "A", "B", "C");
        date(columns, "Inspection Date", "DATE", 900, "2021-01-04", "2024-12-20");
        number(columns, "Score", "BIGINT", 0, 60);
        return catalog("food_inspections.csv", "food_inspections", 1200, columns);
    }

    /** Home sales: listed and sold on two dates, a sale price, a lot size, a neighborhood, how each was financed. */
    public static Catalog homeSales() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Sale ID", 1800);
        category(columns, "Neighborhood", 12, "Old Town", "Harbor Point", "Fairview");
        for (String date : new String[] {"list_date", "sale_date"}) {
            date(columns, date, "DATE", 880, "2022-01-03", "2025-06-27");
        }
        number(columns, "Sale Price", "BIGINT", 150_000, 2_400_000);
        number(columns, "Lot Size sqft", "BIGINT", 1200, 43_000);
        category(columns, "Financing", 4, "Conventional", "Cash", "FHA", "VA");
        return catalog("property_sales.csv", "property_sales", 1800, columns);
    }

    /** Library loans: checked out, due and returned (117 still out). */
    public static Catalog loans() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "loan_id", 2500);
        category(columns, "branch", 4, "Central", "Eastside", "Westside", "Northgate");
        for (String date : new String[] {"checkout_date", "due_date", "return_date"}) {
            date(columns, date, "DATE", 700, "2023-01-02", "2024-12-30")
                    .put("nullCount", date.equals("return_date") ? 117 : 0);
        }
        return catalog("library_loans.csv", "library_loans", 2500, columns);
    }

    /** Films known by their titles, all of them (as a look-up of distinct values gives them), among them "Made". */
    public static Catalog films() {
        ArrayNode columns = JSON.createArrayNode();
        String[] titles = new String[80];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = "Film " + (i + 1);
        }
        titles[40] = "Made";
        titles[41] = "Jaws";
        category(columns, "Title", titles.length, titles);
        number(columns, "Worldwide Gross", "BIGINT", 0, 2_700_000_000L);
        return catalog("films.json", "films", 80, columns);
    }

    /** Web sessions: a landing page, a device, whether the session converted (Y/N), a start time, a quarter's dates. */
    public static Catalog sessions() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "session_id", 3000);
        category(columns, "landing_page", 8, "/", "/pricing", "/blog", "/features");
        category(columns, "device", 3, "desktop", "mobile", "tablet");
        category(columns, "converted", 2, "N", "Y");
        columns.addObject().put("name", "session_start").put("type", "TIMESTAMP").put("semanticType", "datetime")
                .put("distinctCount", 3000).put("min", "2024-01-01 00:05:00").put("max", "2024-06-30 23:50:00")
                .putArray("topValues");
        columns.addObject().put("name", "signup_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 400).put("min", "2022-01-01").put("max", "2024-06-30").putArray("topValues");
        return catalog("web_sessions.csv", "web_sessions", 3000, columns);
    }

    /** Budget forecasts: the year a budget was made, the year it forecasts, and the forecast balance. */
    public static Catalog budgets() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "budgetYear", "BIGINT", 1980, 2016);
        number(columns, "forecastYear", "BIGINT", 1980, 2021);
        number(columns, "value", "DOUBLE", -1.4, 0.3);
        return catalog("budgets.json", "budgets", 546, columns);
    }

    /** Ad campaigns by day: a date, the campaign and its channel, impressions, clicks, conversions and spend. */
    public static Catalog campaigns() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 365).put("min", "2025-01-01").put("max", "2025-12-31").putArray("topValues");
        category(columns, "campaign_name", 6, "Spring Sale", "Brand Awareness", "Retargeting");
        category(columns, "channel", 4, "Search", "Social", "Display", "Email");
        number(columns, "impressions", "BIGINT", 100, 90000);
        number(columns, "clicks", "BIGINT", 0, 4000);
        number(columns, "conversions", "BIGINT", 0, 300);
        number(columns, "spend_usd", "DOUBLE", 5, 2500);
        return catalog("campaign_daily.csv", "campaign_daily", 1219, columns);
    }

    /** Anscombe's quartet: four series of eleven points, columns named by single letters. */
    public static Catalog anscombe() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "Series", 4, "I", "II", "III", "IV");
        number(columns, "X", "DOUBLE", 4, 19);
        number(columns, "Y", "DOUBLE", 3.1, 12.74);
        return catalog("anscombe.json", "anscombe", 44, columns);
    }

    /** Federal receipts by budget line: codes beside their names, and one column of dollars for each year. */
    public static Catalog budget() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "Source Category Code", "BIGINT", 5, 999);
        category(columns, "Source category name", 12, "Individual Income Taxes", "Corporation Income Taxes", "Excise Taxes");
        number(columns, "Agency code", "BIGINT", 1, 99);
        category(columns, "Agency name", 40, "Department of the Treasury", "Department of Labor", "Department of Defense");
        category(columns, "On- or off-budget", 2, "On-budget", "Off-budget");
        for (String year : new String[] {"2000", "2010", "2015", "2020"}) {
            number(columns, year, "BIGINT", -2_516_000, 1_478_026_000);
        }
        return catalog("budget.json", "budget", 237, columns);
    }

    /** English monarchs: a name, the years their reign started and ended, an index. */
    public static Catalog monarchs() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "name", 12, "Elizabeth", "James I", "Charles I", "Cromwell");
        columns.addObject().put("name", "commonwealth").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 1).put("nullCount", 11).putArray("topValues").addObject().put("value", "true").put("count", 1);
        number(columns, "start", "BIGINT", 1565, 1820);
        number(columns, "end", "BIGINT", 1603, 1837);
        number(columns, "index", "BIGINT", 0, 11);
        return catalog("monarchs.json", "monarchs", 12, columns);
    }

    /** Support tickets: opened and closed timestamps (open tickets have none closed), a priority and a channel. */
    public static Catalog tickets() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "ticket_id", 1500);
        columns.addObject().put("name", "Opened At").put("type", "TIMESTAMP").put("semanticType", "datetime")
                .put("distinctCount", 1500).put("min", "2024-01-01T13:03:07").put("max", "2025-12-30T10:00:00").putArray("topValues");
        columns.addObject().put("name", "Closed At").put("type", "TIMESTAMP").put("semanticType", "datetime")
                .put("distinctCount", 1443).put("nullCount", 57).put("min", "2024-01-02T02:16:26")
                .put("max", "2025-12-31T10:00:00").putArray("topValues");
        category(columns, "priority", 4, "Low", "Medium", "High", "Urgent");
        category(columns, "status", 3, "Closed", "Open", "Pending");
        category(columns, "channel", 3, "Chat", "Email", "Phone");
        number(columns, "reopened_count", "BIGINT", 0, 3);
        return catalog("support_tickets.csv", "support_tickets", 1500, columns);
    }

    /**
     * Hotel bookings with four dates: booked, arrival, departure (named like a flight's start, but after the arrival)
     * and a cancellation only canceled bookings have; plus a help desk's first response beside its resolution.
     */
    public static Catalog bookings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Booking Ref", 2000);
        date(columns, "booking_date", "DATE", 788, "2022-02-27", "2024-12-31");
        date(columns, "Arrival Date", "DATE", 691, "2023-01-01", "2024-12-31");
        date(columns, "departure_date", "DATE", 675, "2023-01-07", "2025-01-07");
        date(columns, "Cancellation Date", "DATE", 418, "2022-03-17", "2024-12-22").put("nullCount", 1412);
        category(columns, "market_segment", 4, "Online TA", "Groups", "Direct", "Corporate");
        category(columns, "Status", 3, "Canceled", "Check-Out", "No-Show");
        number(columns, "ADR", "DOUBLE", 58.65, 414.44);
        return catalog("hotel_bookings.csv", "hotel_bookings", 2000, columns);
    }

    /** Help-desk tickets with the time of the first response, the resolution and the SLA's due time. */
    public static Catalog helpdesk() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Ticket #", 1500);
        date(columns, "Opened At", "TIMESTAMP", 1500, "2024-01-02T01:16:56", "2024-06-30T22:41:14");
        date(columns, "First Response At", "TIMESTAMP", 1489, "2024-01-02T02:03:56", "2024-07-01T06:10:14")
                .put("nullCount", 11);
        date(columns, "Resolved At", "TIMESTAMP", 1440, "2024-01-02T12:39:17", "2024-07-01T05:01:49").put("nullCount", 60);
        date(columns, "SLA Due At", "TIMESTAMP", 1500, "2024-01-02T16:12:16", "2024-07-03T22:41:14");
        category(columns, "Priority", 4, "P1", "P2", "P3", "P4");
        return catalog("helpdesk_tickets.csv", "helpdesk_tickets", 1500, columns);
    }

    /** Air-quality readings: pollutants named with digits (pm2_5, pm10) under one prefix, some of them missing. */
    public static Catalog airReadings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "reading_id", 1000);
        category(columns, "station_city", 3, "Delhi", "Madrid", "Denver");
        number(columns, "pollutants_pm2_5", "DOUBLE", 2, 400);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 25);
        number(columns, "pollutants_pm10", "DOUBLE", 5, 600);
        ((ObjectNode) columns.get(columns.size() - 1)).put("nullCount", 40);
        number(columns, "pollutants_no2", "DOUBLE", 1, 120);
        return catalog("air_quality.json", "air_quality", 1000, columns);
    }

    /** A bird count: species named in two or more words, a state, a wingspan written as one word and a number of sightings. */
    public static Catalog birds() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "species", 4, "Northern Cardinal", "Blue Jay", "House Sparrow", "Red-winged Blackbird");
        category(columns, "state", 3, "Ohio", "Iowa", "Texas");
        number(columns, "wingspan_cm", "DOUBLE", 20, 45);
        number(columns, "sightings", "BIGINT", 0, 400);
        return catalog("birds.csv", "birds", 600, columns);
    }

    /** Wind vectors on a grid (vega-datasets' windvectors.csv): a camelCase category of directions and a speed. */
    public static Catalog wind() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "longitude", "DOUBLE", 0.125, 19.875);
        number(columns, "latitude", "DOUBLE", 45.125, 59.875);
        number(columns, "dir", "BIGINT", 0, 359);
        category(columns, "dirCat", 13, "240", "225", "270", "255");
        number(columns, "speed", "DOUBLE", 0.02, 12.18);
        return catalog("windvectors.csv", "windvectors", 4800, columns);
    }

    /** A daily index (open, high, low, close): "the highest close" is the close's maximum, not the high column. */
    public static Catalog index() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 5000).put("min", "2000-01-03").put("max", "2020-06-01").putArray("topValues");
        number(columns, "open", "DOUBLE", 676, 3380);
        number(columns, "high", "DOUBLE", 695, 3393);
        number(columns, "low", "DOUBLE", 666, 3378);
        number(columns, "close", "DOUBLE", 676, 3386);
        number(columns, "volume", "BIGINT", 1_000_000, 11_000_000_000L);
        return catalog("sp500-2000.csv", "sp500_2000", 5000, columns);
    }

    /** An HR export: an employee id and name, departments, offices, a hire date and a salary. */
    public static Catalog staff() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "employee_id", 320);
        columns.addObject().put("name", "full_name").put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", 318).putArray("topValues");
        category(columns, "department", 6, "Engineering", "Sales", "Support", "Finance", "Marketing", "HR");
        category(columns, "office", 4, "New York", "London", "Berlin", "Austin");
        columns.addObject().put("name", "hire_date").put("type", "DATE").put("semanticType", "datetime")
                .put("distinctCount", 300).put("min", "2015-01-05").put("max", "2023-12-20").putArray("topValues");
        number(columns, "salary", "BIGINT", 45000, 210000);
        return catalog("hr_export.csv", "hr_export", 320, columns);
    }

    /** A week of weather whose JSON objects became columns (vega-datasets' weekly-weather.json): record, normal, actual. */
    public static Catalog weekly() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "day", 5, "M", "T", "W", "F");
        for (String kind : new String[] {"record", "normal", "actual"}) {
            number(columns, kind + "_high", "BIGINT", 48, 67);
            number(columns, kind + "_low", "BIGINT", 15, 40);
        }
        number(columns, "id", "BIGINT", 0, 9);
        return catalog("weekly-weather.json", "weekly_weather", 10, columns);
    }

    /** Unemployment rates by county (vega-datasets' unemployment.tsv): a numeric county id and a rate. */
    public static Catalog countyRates() {
        ArrayNode columns = JSON.createArrayNode();
        columns.addObject().put("name", "id").put("type", "BIGINT").put("semanticType", "identifier")
                .put("distinctCount", 3219).put("min", 1001).put("max", 72153).putArray("topValues");
        number(columns, "rate", "DOUBLE", 0.017, 0.301);
        return catalog("unemployment.tsv", "unemployment", 3219, columns);
    }

    /** Sightings per county of a few species, each named and coded ("Barn Owl" is bBAOWx), and a share of habitat. */
    public static Catalog habitats() {
        ArrayNode columns = JSON.createArrayNode();
        category(columns, "common_name", 3, "Barn Owl", "Red Fox", "Gray Wolf");
        category(columns, "species_code", 3, "bBAOWx", "mREFOx", "mGRWOx");
        category(columns, "region", 3, "North", "South", "West");
        number(columns, "habitat_share", "DOUBLE", 0, 1);
        return catalog("habitats.csv", "habitats", 300, columns);
    }

    public static Tokenizer tokenizer() {
        return new Tokenizer(LEXICON);
    }

    /** A bike shop's repair jobs: stores written several ways, a date out left blank until the bike is collected. */
    public static Catalog bikeRepairs() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "job_id", 1650);
        date(columns, "Date In", "DATE", 600, "2023-01-02", "2024-12-30");
        date(columns, "date_out", "DATE", 600, "2023-01-04", "2025-01-06").put("nullCount", 96);
        identifier(columns, "customerId", 520);
        category(columns, "Bike Type", 18, "road", "ROAD", "hybrid", "MTB", "mountain", "ebike", "e-bike", "child",
                "Kids");
        category(columns, "mechanic", 13, "Marco Silva", "Lena Fischer", "Sam Novak", "Marco Silva ");
        number(columns, "labour_hrs", "DOUBLE", 0.1, 6.5);
        number(columns, "Parts Cost (USD)", "DOUBLE", 0, 320);
        number(columns, "total_invoice", "DOUBLE", 20, 650);
        category(columns, "store", 11, "Downtown", "DOWNTOWN", "DT", "EASTSIDE", "Eastside", "E-side", "east side",
                "Harbor", "harbour");
        return catalog("bike_repair_jobs.csv", "bike_repair_jobs", 1650, columns);
    }

    /** A locksmith's call-outs: a technician's notes beside their name, statuses written as synonyms. */
    public static Catalog locksmithCallouts() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "callout_id", 1150);
        date(columns, "received_at", "TIMESTAMP", 1150, "2024-01-02 08:10:00", "2025-12-30 21:40:00");
        date(columns, "arrived_at", "TIMESTAMP", 1000, "2024-01-02 09:00:00", "2025-12-30 22:30:00")
                .put("nullCount", 113);
        category(columns, "status", 9, "completed", "COMPLETE", "Completed", "done", "Cancelled", "cancelled",
                "No Access");
        category(columns, "service", 6, "lockout", "car lockout", "rekey", "Lock Change", "key cutting",
                "safe opening");
        category(columns, "tech_notes", 7, "upsold deadbolt", "customer not home on arrival", "broke key extracted",
                "took longer than quoted", "cylinder worn", "dog on premises", "gate code needed");
        category(columns, "technician_name", 10, "Grace Okafor", "Mia Chen", "Raj Patel", "Mia Chen ");
        number(columns, "technician_years_exp", "BIGINT", 2, 15);
        ((ObjectNode) columns.get(columns.size() - 1)).putArray("constantPer").add("technician_name");
        number(columns, "billing_callout_fee", "DOUBLE", 45, 150);
        number(columns, "billing_parts_usd", "DOUBLE", 0, 120);
        number(columns, "billing_labour_min", "BIGINT", 5, 240);
        return catalog("locksmith_callouts.json", "locksmith_callouts", 1150, columns);
    }

    /** Kayak rentals: a start and a return kept as times of day apart from the date, a guide flag left blank. */
    public static Catalog kayakRentals() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "rental_id", 1400);
        date(columns, "Rental Date", "DATE", 303, "2023-05-01", "2024-09-30");
        date(columns, "start_time", "TIME", 36, "08:00", "16:45");
        date(columns, "returnTime", "TIME", 570, "08:55", "20:59").put("nullCount", 45);
        category(columns, "boat_type", 15, "single kayak", "canoe", "tandem", "SUP");
        category(columns, "Boat ID", 39, "SU-05", "SI-05", "TA-02");
        number(columns, "Price (USD)", "DOUBLE", 25, 140);
        category(columns, "guide_included", 9, "No", "no", "0", "FALSE", "N", "YES", "true", "1", "Y")
                .put("nullCount", 139);
        return catalog("kayak_rentals.csv", "kayak_rentals", 1400, columns);
    }

    /** A dry cleaner's tickets: pieces counted in a quantity, a pick-up date left blank until collected. */
    public static Catalog dryCleaning() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "TicketNo", 2100);
        date(columns, "drop_off_ts", "TIMESTAMP", 2063, "2024-01-02 08:00:00", "2025-12-30 19:00:00");
        date(columns, "picked_up", "DATE", 534, "2024-01-04", "2026-01-10").put("nullCount", 180);
        category(columns, "branch", 11, "Main Street", "Riverside", "Mall Kiosk");
        category(columns, "garment", 21, "shirt", "Pants", "trousers", "Duvet");
        number(columns, "qty", "BIGINT", 1, 6);
        number(columns, "Unit Price ($)", "DOUBLE", 4.5, 28);
        category(columns, "Loyalty Tier", 5, "bronze", "None", "silver", "Gold", "none").put("nullCount", 253);
        return catalog("dry_cleaning_tickets.csv", "dry_cleaning_tickets", 2100, columns);
    }

    /** A farmers market's pitch rentals: a market beside the market date, a vendor's id beside their name. */
    public static Catalog marketStalls() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "rental_id", 1471);
        date(columns, "Market Date", "DATE", 61, "2023-04-01", "2024-10-26");
        category(columns, "market", 11, "Riverside", "Old Town", "Hillcrest", "riverside");
        identifier(columns, "vendor_id", 44);
        category(columns, "Vendor Name", 85, "Wild Dumplings", "Sunny Woodworks", "Copper Farm").put("semanticType",
                "identifier");
        number(columns, "Fee (USD)", "DOUBLE", 25, 70);
        category(columns, "electricity", 6, "yes", "TRUE", "Y", "no", "FALSE", "N").put("nullCount", 338);
        category(columns, "Paid?", 6, "TRUE", "YES", "y", "n", "no", "false").put("nullCount", 84);
        number(columns, "reported_sales_usd", "DOUBLE", 40, 2600);
        category(columns, "Weather", 10, "SUNNY", "Sunny", "Cloudy", "RAIN", "rainy");
        return catalog("market_stall_rentals.csv", "market_stall_rentals", 1471, columns);
    }

    /** A cinema's snack sales, one row a line of a transaction, its discount a percent of the price. */
    public static Catalog cinemaConcessions() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "line_id", "BIGINT", 1, 2737);
        identifier(columns, "TxnID", 1318);
        date(columns, "Sold At", "TIMESTAMP", 1318, "2024-01-01 12:02:33", "2024-06-30 21:40:00");
        category(columns, "screen_no", 6, "1", "2", "3");
        number(columns, "Screen Capacity (seats)", "BIGINT", 60, 220);
        category(columns, "category", 17, "Popcorn", "Hot Food", "Candy");
        category(columns, "itemName", 11, "Large Popcorn", "Nachos", "Bottled Water");
        number(columns, "qty", "BIGINT", 1, 4);
        number(columns, "Unit Price (USD)", "DOUBLE", 2.5, 9.5);
        number(columns, "discount_pct", "BIGINT", 10, 20);
        category(columns, "paymentMethod", 11, "CARD", "contactless", "Cash");
        return catalog("cinema_concessions.csv", "cinema_concessions", 2737, columns);
    }

    /** A piano tuner's visits: a fee and a travel surcharge beside the miles travelled. */
    public static Catalog pianoVisits() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "visit_id", 851);
        date(columns, "finished_at", "TIMESTAMP", 826, "2023-01-03 13:46:00", "2024-12-30 16:00:00");
        category(columns, "tuner", 3, "Ines Duarte", "Samuel Okoro", "Harriet Cole");
        category(columns, "town", 5, "Bath", "Bristol", "Frome");
        number(columns, "travel_miles", "DOUBLE", 0.5, 40);
        number(columns, "fee_amount_gbp", "DOUBLE", 60, 260);
        number(columns, "fee_travel_surcharge_gbp", "DOUBLE", 0, 35);
        return catalog("piano_tuning_visits.json", "piano_tuning_visits", 851, columns);
    }

    /** A pool's lesson register: one row a swimmer at a lesson, pools named with a verb's word ("Teach Pool"). */
    public static Catalog swimRegister() {
        ArrayNode columns = JSON.createArrayNode();
        number(columns, "record_id", "BIGINT", 1001, 3484);
        date(columns, "Lesson Date", "DATE", 229, "2024-01-08", "2025-03-31");
        category(columns, "Pool", 8, "Main Pool", "Teaching Pool", "Teach Pool", "Learner Pool");
        identifier(columns, "swimmer_id", 132);
        number(columns, "Price (USD)", "DOUBLE", 0, 13);
        category(columns, "instructor", 4, "Carla Nunes", "Dev Patel", "Ben Carter", "Ana Ruiz");
        columns.addObject().put("name", "makeup").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2);
        category(columns, "Instructor Notes", 12, "forgot kit", "needs goggles", "make-up slot", "left early");
        return catalog("swim_lesson_register.csv", "swim_lesson_register", 2484, columns);
    }

    /** An escape-room venue's sessions: a start and an end on the clock, rooms written with and without "The". */
    public static Catalog escapeRooms() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Booking ID", 1400);
        date(columns, "Session Date", "DATE", 700, "2023-01-01", "2024-12-31");
        date(columns, "Start Time", "TIME", 8, "10:00:00", "20:30:00");
        date(columns, "End Time", "TIME", 200, "10:41:00", "21:50:00");
        category(columns, "Room", 9, "The Vault", "Vault", "Pirate Ship", "Space Station", "the vault");
        category(columns, "Booking Channel", 6, "Website", "Web", "Phone", "Walk-in");
        columns.addObject().put("name", "Escaped?").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).put("nullCount", 56);
        number(columns, "Players", "BIGINT", 2, 8);
        number(columns, "Hints Used", "BIGINT", 0, 5);
        number(columns, "Price Paid", "DOUBLE", 40, 220);
        return catalog("escape_room_bookings.csv", "escape_room_bookings", 1400, columns);
    }

    /** A vending operator's restock visits: cash collected at each visit, a date of the visit. */
    public static Catalog vendingRestocks() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "restock_id", 1251);
        date(columns, "restock_date", "DATE", 600, "2023-01-02", "2024-12-31");
        category(columns, "machine_location", 24, "Westfield Gym", "Central Library Lobby");
        date(columns, "arrival_ts", "TIMESTAMP", 1250, "2023-01-02 07:04:00", "2024-12-31 16:40:00");
        date(columns, "departure_ts", "TIMESTAMP", 1250, "2023-01-02 07:31:00", "2024-12-31 17:02:00");
        number(columns, "units_loaded", "BIGINT", 5, 120);
        number(columns, "cash_collected", "DOUBLE", 3.5, 180);
        return catalog("vending_restocks.csv", "vending_restocks", 1251, columns);
    }

    /** A beekeepers' inspection log: honey in kg taken at some inspections, a yes/no of a treatment with blanks. */
    public static Catalog hiveInspections() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "inspectionId", 1017);
        identifier(columns, "hiveId", 30);
        category(columns, "apiary", 10, "Hilltop", "The Orchard", "Orchard", "Riverside");
        date(columns, "inspectionDate", "DATE", 300, "2023-04-01", "2024-10-31");
        number(columns, "honeyKg", "DOUBLE", 0.5, 18);
        columns.addObject().put("name", "treatmentApplied").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).put("nullCount", 66);
        return catalog("hive_inspections.csv", "hive_inspections", 1017, columns);
    }

    /** A phone-repair chain's tickets: received and completed as text, open ones with no completion; prices. */
    public static Catalog phoneRepairs() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "ticketId", 1300);
        textTimes(columns, "receivedAt", 0, "2023-01-01T09:12:00", "2024-03-05T13:40:00", "2024-12-31T17:55:00");
        textTimes(columns, "completedAt", 51, "2023-01-01T15:02:00", "2024-03-06T10:15:00", "2025-01-03T12:30:00");
        category(columns, "store", 10, "Downtown", "Riverside Mall", "Eastgate");
        number(columns, "rating", "BIGINT", 1, 5);
        number(columns, "price_labour", "DOUBLE", 0, 120);
        return catalog("phone_repairs.json", "phone_repairs", 1300, columns);
    }

    /**
     * A dog walker's jobs: a date, a start and an end time on the clock, walkers by key and by names written several
     * ways, walk types written several ways.
     */
    public static Catalog dogWalks() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "job_id", 1757);
        date(columns, "walk_date", "DATE", 500, "2024-01-02", "2025-06-30");
        date(columns, "start_time", "TIME", 60, "07:00:00", "18:30:00");
        date(columns, "end_time", "TIME", 120, "07:20:00", "19:45:00");
        identifier(columns, "walker_id", 10);
        category(columns, "walker_name", 19, "Robert Kowalski", "Bob Kowalski", "R. Kowalski", "Zoë Martin",
                "Zoe Martin", "Aisha Bello");
        category(columns, "walk_type", 7, "solo walk", "SOLO", "group", "pack", "Pack walk", "Drop-In", "drop in");
        number(columns, "distance_km", "DOUBLE", 0.5, 9.5);
        return catalog("dog_walks.csv", "dog_walks", 1757, columns);
    }

    /** A boat-tour operator's departures: a departure and a return time on the clock, none back for cancelled trips. */
    public static Catalog boatDepartures() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "DepID", 1014);
        date(columns, "DepDate", "DATE", 400, "2024-04-01", "2025-10-31");
        date(columns, "DepTime", "TIME", 12, "07:00:00", "19:30:00");
        date(columns, "ReturnTime", "TIME", 80, "08:30:00", "22:15:00").put("nullCount", 88);
        category(columns, "Vessel", 4, "Sea Otter", "Puffin II", "Kittiwake", "Gannet");
        columns.addObject().put("name", "Cancelled?").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2);
        number(columns, "AdultPax", "BIGINT", 0, 38);
        return catalog("boat_tour_departures.csv", "boat_tour_departures", 1014, columns);
    }

    /** A campsite's bookings: pitch types written several ways, one of them a word of another ("Pod"). */
    public static Catalog campsiteBookings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "bookingId", 1054);
        date(columns, "arrivalDate", "DATE", 300, "2024-03-15", "2025-10-31");
        category(columns, "pitch_type", 7, "Tent", "tent", "Tent Pitch", "Caravan", "CARAVAN", "glamping pod", "Pod");
        number(columns, "price_base", "DOUBLE", 20, 900);
        return catalog("campsite_bookings.json", "campsite_bookings", 1054, columns);
    }

    /** An ice rink's skate hires: a helmet yes/no, a late return written many ways, prices of a base and extras. */
    public static Catalog skateHires() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "hireId", 2150);
        date(columns, "sessionDate", "DATE", 700, "2023-01-01", "2024-12-31");
        columns.addObject().put("name", "helmet").put("type", "BOOLEAN").put("semanticType", "boolean")
                .put("distinctCount", 2).put("nullCount", 186);
        category(columns, "lateReturn", 6, "No", "N", "no", "FALSE", "TRUE", "Yes");
        category(columns, "rink", 3, "Main Rink", "Studio Rink", "Outdoor Rink");
        category(columns, "staff_name", 5, "Siobhán Ní Bhriain", "Lukas Brandt", "Maëlle Girard", "Amara Okafor",
                "Tomasz Zieliński");
        number(columns, "price_base", "DOUBLE", 6, 12);
        number(columns, "price_extras", "DOUBLE", 1.5, 5.5);
        return catalog("skate_hire.json", "skate_hire", 2150, columns);
    }

    /** A food bank's parcels: packed and collected at two times, a distribution point written British and American. */
    public static Catalog foodParcels() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "parcelId", 1928);
        date(columns, "packedAt", "TIMESTAMP", 1900, "2023-01-03T16:48:00", "2024-12-30T11:00:00");
        date(columns, "collectedAt", "TIMESTAMP", 1850, "2023-01-04T15:41:00", "2024-12-31T12:00:00");
        category(columns, "distributionPoint", 4, "St Mark's Hall", "Community Centre", "Community Center",
                "Elm Street Chapel");
        number(columns, "weightKg", "DOUBLE", 2, 26);
        return catalog("food_bank_parcels.csv", "food_bank_parcels", 1928, columns);
    }

    /** A window cleaner's jobs: a finish time on the clock some jobs lack, a price. */
    public static Catalog windowJobs() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "job_id", 1460);
        date(columns, "job_date", "DATE", 547, "2023-01-03", "2024-12-31");
        date(columns, "start_time", "TIME", 109, "07:30:00", "16:30:00");
        date(columns, "finish_time", "TIME", 519, "07:44:00", "18:15:00").put("nullCount", 28);
        category(columns, "cleaner_name", 7, "Priya Natarajan", "Dave Kowalski", "José Marín", "Marcus Hill");
        number(columns, "price", "DOUBLE", 12, 120);
        return catalog("window_cleaning_jobs.csv", "window_cleaning_jobs", 1460, columns);
    }

    /** Films by title: thousands of names, some starting "All", one of three capitals, none of them a totals row. */
    public static Catalog filmTitles() {
        ArrayNode columns = JSON.createArrayNode();
        List<String> titles = new java.util.ArrayList<>(List.of("All the King's Men", "All About the Benjamins",
                "All or Nothing", "PCU", "Pirates of the Caribbean: The Curse of the Black Pearl", "Avatar"));
        for (int i = 1; titles.size() < 80; i++) {
            titles.add("Sequel " + i);
        }
        category(columns, "Title", 3176, titles.toArray(String[]::new));
        category(columns, "MPAA Rating", 5, "R", "PG-13", "PG", "Not Rated", "G");
        date(columns, "Release Date", "DATE", 1600, "1928-12-31", "2046-12-31");
        return catalog("movies.json", "movies", 3201, columns);
    }

    /** A sign-language agency's bookings: a rate as text money, a client rating beside it, yes/no flags as text. */
    public static Catalog interpreterBookings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Booking Ref", 1850);
        date(columns, "Date", "DATE", 900, "2023-01-02", "2025-12-30");
        category(columns, "Interpreter ID", 14, "I01", "I02", "I03", "I05");
        category(columns, "Interpreter", 30, "Siobhan O'Neill", "Daniel Okoro", "Becky Hale", "R. Hale");
        category(columns, "Client Organisation", 40, "St Mary's Hospital", "Riverside College", "Crown Court Leeds");
        category(columns, "Rate (£/hr)", 40, "£45.50", "£41.50", "45.50", "38.00 GBP");
        category(columns, "Cancelled?", 12, "N", "No", "no", "Y", "Yes", "yes").put("nullCount", 572);
        category(columns, "Co-worker Needed?", 12, "N", "Y", "no", "yes", "No", "Yes").put("nullCount", 568);
        number(columns, "Client Rating (1-5)", "BIGINT", 1, 5);
        number(columns, "Billed Hours (hrs)", "DOUBLE", 0, 8);
        date(columns, "Start Time", "TIME", 40, "08:00:00", "17:00:00");
        date(columns, "End Time", "TIME", 60, "09:00:00", "20:00:00");
        return catalog("interpreter_assignments.csv", "interpreter_assignments", 1850, columns);
    }

    /** A chimney sweep's jobs: an arrival and a finish on the clock, prices as pounds written four ways. */
    public static Catalog sweepJobs() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "job_no", 1420);
        date(columns, "job_date", "DATE", 800, "2023-01-02", "2025-12-30");
        date(columns, "arrival", "TIME", 300, "08:00:00", "16:30:00");
        date(columns, "finished", "TIME", 400, "08:45:00", "18:40:00");
        category(columns, "sweep", 20, "Tom Harker", "Bernadette Quinn", "Rhys Llewellyn", "Priya Shah");
        category(columns, "appliance", 15, "Wood burner", "Open fire", "Gas fire", "Multi-fuel stove");
        category(columns, "price", 60, "£80", "£85.00", "85.00 GBP", "85");
        category(columns, "paid_by", 8, "card", "cash", "cheque", "check", "BACS", "bank transfer");
        category(columns, "cctv_survey", 6, "Y", "Yes", "N", "no", "TRUE", "FALSE").put("nullCount", 357);
        return catalog("chimney_sweep_jobs.csv", "chimney_sweep_jobs", 1420, columns);
    }

    /**
     * A community radio's ad slots: each slot holds a spot (a length of four values, a rate card in euros written three
     * ways), advertisers by an account number beside names written several ways, a discount as text percent.
     */
    public static Catalog radioSlots() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "slotId", 2240);
        date(columns, "airDate", "DATE", 700, "2024-01-01", "2025-12-31");
        category(columns, "show", 17, "Breakfast Show", "Drivetime", "Midday Mix", "Weekend Brunch");
        category(columns, "discount", 10, "0%", "10%", "5%", "15%", "10 %", "20 %").put("nullCount", 510);
        category(columns, "aired", 6, "yes", "Y", "N", "no", "TRUE", "FALSE");
        category(columns, "advertiser_name", 72, "Brady Motors", "BRADY MOTORS", "HSE", "Health Service Exec");
        identifier(columns, "advertiser_accountNo", 24);
        ObjectNode length = columns.addObject().put("name", "spot_lengthSec").put("type", "BIGINT")
                .put("semanticType", "numeric").put("distinctCount", 4).put("min", 10).put("max", 60);
        length.putArray("topValues");
        category(columns, "spot_rateCard", 186, "€26.25", "EUR 26.25", "26.25 EUR", "€40.00");
        date(columns, "booking_bookedOn", "DATE", 700, "2023-12-01", "2025-12-20");
        return catalog("radio_ad_slots.json", "radio_ad_slots", 2240, columns);
    }

    /** A pottery café's visits: amounts as text dollars, the drinks' often left empty, a member number most lack. */
    public static Catalog potteryVisits() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "VisitId", 1680);
        category(columns, "BisqueTotal", 213, "$36.00", "66.00 USD", "$54.00", "108.00 USD");
        category(columns, "DrinksTotal", 1108, "$31.52", "$3.03", "11.19 USD").put("min", "");
        textTimes(columns, "visit_start", 0, "2023-03-01T10:00:00", "2024-06-12T13:30:00", "2025-12-30T16:15:00");
        category(columns, "customer_name", 643, "Chloe Patel", "chloe patel", "Sam Reyes");
        ObjectNode member = columns.addObject().put("name", "customer_memberNo").put("type", "VARCHAR")
                .put("semanticType", "identifier").put("distinctCount", 58).put("nullCount", 1136);
        member.putArray("topValues");
        category(columns, "customer_loyaltyTier", 9, "Gold", "Silver", "Bronze", "gold");
        return catalog("pottery_cafe_visits.json", "pottery_cafe_visits", 1680, columns);
    }

    /** Auction bids: each lot's key repeated on its bids. */
    public static Catalog lotBids() {
        ArrayNode columns = JSON.createArrayNode();
        date(columns, "placed_at", "TIMESTAMP", 3000, "2024-01-02T09:00:00", "2024-12-30T18:00:00");
        number(columns, "amount", "DOUBLE", 5, 5000);
        category(columns, "channel", 3, "online", "phone", "floor");
        identifier(columns, "lot_id", 330);
        return catalog("auction_bids.json", "auction_bids", 3200, columns);
    }

    /**
     * A transit lost-property log: stations written several ways (one, "Airport", cut short and rarer than "Airport
     * Link"), piano-like kinds ("Grand", "Baby grand") and tiers ("Gold", "Gold Plus"), yes/no columns asked as
     * questions ("Claimed?", "ID Shown?"), a date found on every row, a value in dollars.
     */
    public static Catalog lostProperty() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Item Ref", 1931);
        date(columns, "Date Found", "DATE", 800, "2023-01-01", "2025-06-30");
        category(columns, "Station", 14, "Central Station", "Airport Link", "Harbour Road", "central station",
                "CENTRAL STATION", "Airport");
        category(columns, "Category", 37, "Phone", "Umbrella", "Headphones", "phone", "umbrella", "HEADPHONES");
        category(columns, "Style", 6, "Grand", "Upright", "grand", "Baby grand", "Gold", "Gold Plus");
        number(columns, "Est. Value", "DOUBLE", 2, 1450);
        category(columns, "Claimed?", 6, "Y", "N", "Yes", "no", "TRUE", "FALSE");
        category(columns, "ID Shown?", 4, "Y", "N", "yes", "no");
        category(columns, "Language", 6, "BSL", "British Sign Language", "bsl", "ISL", "Irish Sign Language", "isl");
        return catalog("lost_property_items.csv", "lost_property_items", 1931, columns);
    }

    /** Interpreting bookings whose settings, payments and people are written several ways, some by meaning alone. */
    public static Catalog messyBookings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Booking Ref", 1850);
        date(columns, "Date", "DATE", 775, "2023-01-01", "2025-12-31");
        category(columns, "Setting", 8, "Medical", "Legal", "Education", "medical", "Law", "Sport", "Rugby",
                "Football");
        category(columns, "Paid By", 5, "card", "Card", "cheque", "cash", "check");
        category(columns, "Segment", 5, "Adult", "Child", "adult", "Senior", "Kids");
        category(columns, "Interpreter", 9, "Bernadette Quinn", "Tom Harker", "Gareth Moss", "Gaz Moss",
                "bernadette quinn", "Bernie Quinn", "B. Quinn", "Tommy H", "G. Moss");
        category(columns, "Office", 5, "North Depot", "South Depot", "north depot", "Northgate Depot", "Nor Depot");
        category(columns, "Item", 6, "Phone", "Card", "phone", "Headphones", "Poster", "--");
        number(columns, "Billed Hours", "DOUBLE", 1, 12);
        return catalog("bookings.csv", "bookings", 1850, columns);
    }

    /** Weighbridge tickets of a scrap yard: gross and tare weights in kg, no net weight. */
    public static Catalog weighbridge() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Ticket No", 2341);
        date(columns, "Date", "DATE", 900, "2023-01-03", "2025-09-30");
        category(columns, "Yard", 3, "Riverside", "Northgate", "Eastfield");
        category(columns, "Material", 8, "Steel", "Copper", "Brass", "copper", "Cu", "Lead");
        number(columns, "Gross (kg)", "BIGINT", 900, 12000);
        number(columns, "Tare (kg)", "BIGINT", 800, 11000);
        number(columns, "Price (£/kg)", "DOUBLE", 0.1, 7.5);
        number(columns, "Amount Paid", "DOUBLE", 1, 9000);
        return catalog("scrap_metal_purchases.csv", "scrap_metal_purchases", 2341, columns);
    }

    /** Beach lifeguard incidents: clock times named by what was done, a patrol length repeated per beach. */
    public static Catalog lifeguardIncidents() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "incidentId", 2027);
        date(columns, "Date", "DATE", 270, "2023-06-01", "2025-09-15");
        date(columns, "time_logged", "TIME", 600, "09:00:00", "19:30:00");
        date(columns, "Time Cleared", "TIME", 600, "09:05:00", "21:10:00");
        category(columns, "Beach", 4, "North Bay", "Long Strand", "South Sands", "Harbour Cove");
        number(columns, "beachPatrolLength_km", "DOUBLE", 0.8, 3.6);
        category(columns, "Type", 4, "First Aid", "Rescue", "Lost Child", "Jellyfish Sting");
        category(columns, "guard_name", 14, "Aoife Brennan", "Daniel Walsh", "Ciara Byrne", "Sean Kelly");
        return catalog("lifeguard_incidents.json", "lifeguard_incidents", 2027, columns);
    }

    /** A council's pothole reports, each reported, then repaired, by a crew lead named several ways. */
    public static Catalog potholes() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "defect_ref", 1701);
        date(columns, "reported_date", "DATE", 900, "2023-01-02", "2025-10-30");
        category(columns, "ward", 6, "Ashby", "Brookside", "Castlegate", "BROOKSIDE", "Dunmore", "brookside");
        category(columns, "road_class", 4, "A road", "B road", "C road", "Unclassified");
        category(columns, "crew_lead", 9, "Robert Hale", "Katherine Doyle", "Daniel Price", "Kate Doyle", "Dan Price",
                "daniel price");
        date(columns, "repaired_date", "DATE", 800, "2023-01-10", "2025-10-30");
        number(columns, "repair_cost", "DOUBLE", 40, 900);
        category(columns, "permanent_fix?", 4, "Y", "N", "yes", "no");
        return catalog("pothole_repairs.csv", "pothole_repairs", 1701, columns);
    }

    /** Court hearings: each case filed on one day, heard in a session on a later one. */
    public static Catalog hearings() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "hearingId", 1488);
        date(columns, "filedDate", "DATE", 700, "2023-01-03", "2025-11-28");
        category(columns, "caseType", 5, "Debt", "Property Damage", "Contract", "Landlord-Tenant");
        date(columns, "session_start", "TIMESTAMP", 1400, "2023-06-01 09:00:00", "2025-12-19 15:30:00");
        date(columns, "session_end", "TIMESTAMP", 1400, "2023-06-01 09:40:00", "2025-12-19 17:10:00");
        return catalog("court_hearings.json", "court_hearings", 1488, columns);
    }

    /** An egg farm's daily collections per shed: sheds written several ways, a price per dozen as text. */
    public static Catalog eggCollections() {
        ArrayNode columns = JSON.createArrayNode();
        date(columns, "Date", "DATE", 730, "2024-01-01", "2025-12-31");
        counted(category(columns, "Shed", 15, "Orchard Shed", "South Shed", "North Shed", "N. Shed", "North",
                "Sth Shed", "ORCHARD (FR)", "orchard", "South"), 345, 339, 333, 94, 89, 89, 85, 81, 78);
        number(columns, "Eggs Collected (count)", "BIGINT", 1500, 6000);
        number(columns, "Feed Used (kg)", "DOUBLE", 150, 700);
        category(columns, "Collected By", 20, "Priya Nair", "Tom Baker", "Ana Sousa", "T. Baker", "P. Nair");
        number(columns, "Dozens Sold", "BIGINT", 50, 500);
        category(columns, "Price/Dozen", 17, "£1.85", "£2.05", "1.85", "GBP 1.85", "2.60 GBP");
        return catalog("egg_farm_collections.csv", "egg_farm_collections", 2066, columns);
    }

    /** A county's fishing licence sales: outlets with a word added on some rows, prices as text. */
    public static Catalog licenceSales() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "sale_id", 2241);
        date(columns, "sale_date", "DATE", 1000, "2023-01-02", "2025-12-30");
        date(columns, "sale_time", "TIME", 500, "07:00:00", "19:00:00");
        counted(category(columns, "outlet", 25, "Riverside Tackle", "Online", "Lakeview Marina", "Town Hall Kiosk",
                "Riverside Tackle Shop", "riverside tackle", "Lakeview Marina Shop"), 393, 354, 157, 128, 90, 73, 35);
        counted(category(columns, "water_type", 14, "Coarse", "Game", "Sea", "coarse", "Game (trout)", "Trout"),
                619, 417, 253, 172, 65, 62);
        category(columns, "licence_type", 25, "Day", "Season", "Week", "Senior Season", "Junior Season");
        number(columns, "rods", "BIGINT", 1, 3);
        category(columns, "price", 200, "£6.50", "£9.00", "6.5", "GBP 6.50", "45");
        return catalog("fishing_licence_sales.csv", "fishing_licence_sales", 2241, columns);
    }

    /**
     * A passport office's appointments: arrival, call and finish times as text, a few minutes apart in the profile's
     * sample rows; offices written with a word added on some rows.
     */
    public static Catalog passportVisits() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "apptRef", 2080);
        date(columns, "bookedOn", "DATE", 1000, "2022-12-03", "2025-12-20");
        counted(category(columns, "office_name", 20, "Central", "Northside", "Harbour Road", "Airport",
                "Central office", "northside office", "Harbour Road Office"), 418, 262, 222, 145, 110, 59, 38);
        counted(category(columns, "serviceType", 25, "Adult renewal", "Child passport", "Renewal (Adult)"), 436, 253,
                101);
        textTimes(columns, "visit_arrived", 200, "2023-01-02T09:47:00", "2024-06-03T11:56:00", "2025-12-31T16:22:00");
        textTimes(columns, "visit_called", 270, "2023-01-02T09:55:00", "2024-06-03T12:39:00", "2025-12-31T16:46:00");
        textTimes(columns, "visit_finished", 271, "2023-01-02T10:06:00", "2024-06-03T12:51:00", "2025-12-31T17:02:00");
        ArrayNode rows = JSON.createArrayNode();
        String[][] visits = {{"2023-01-02T11:56:00", "2023-01-02T12:39:00", "2023-01-02T12:51:00"},
                {"2023-01-02T09:47:00", "2023-01-02T09:55:00", "2023-01-02T10:06:00"},
                {"2023-01-02T16:00:00", "2023-01-02T16:14:00", "2023-01-02T16:28:00"},
                {"2023-01-03T14:25:00", "2023-01-03T14:54:00", "2023-01-03T15:13:00"}};
        for (String[] v : visits) {
            rows.addObject().put("visit_arrived", v[0]).put("visit_called", v[1]).put("visit_finished", v[2]);
        }
        return catalog("passport_office_appointments.json", "passport_office_appointments", 2080, columns, rows);
    }

    /** A shearing contractor's tallies: rates and pay as text in NZ dollars, farms and shearers by id. */
    public static Catalog shearingTallies() {
        ArrayNode columns = JSON.createArrayNode();
        date(columns, "JobDate", "DATE", 600, "2023-01-09", "2025-12-19");
        category(columns, "Breed", 20, "Romney", "Merino", "Corriedale", "Perendale", "Coopworth");
        number(columns, "SheepShorn", "BIGINT", 20, 380);
        number(columns, "LambsShorn", "BIGINT", 0, 120);
        category(columns, "RatePerHead", 40, "$3.35", "$3.20", "NZ$3.35", "3.20", "$6.25");
        category(columns, "Pay", 1300, "$1,026.30", "NZ$1,181.40", "NZD 691.35", "948.50");
        category(columns, "Farm_Name", 60, "Mossburn Farm", "Waikaia Station", "Strath Taieri", "Tarras Station");
        category(columns, "Farm_Region", 18, "Otago", "Southland", "Canterbury", "Hawke's Bay");
        category(columns, "Shearer_Id", 12, "S02", "S09", "S06", "S08", "S01");
        date(columns, "Hours_Start", "TIME", 30, "05:30:00", "08:00:00");
        date(columns, "Hours_Finish", "TIME", 40, "13:00:00", "17:30:00");
        return catalog("shearing_tallies.json", "shearing_tallies", 1410, columns);
    }

    /** Recycling pickups: an actual pickup time blank on just the rows marked missed, 157 of them. */
    public static Catalog recyclingPickups() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "pickup_id", 2323);
        category(columns, "Crew Lead", 8, "Elif Kaya", "Dev Patel", "Frank Moore", "Ana Ortiz");
        date(columns, "scheduled_date", "DATE", 700, "2024-01-02", "2025-06-30");
        date(columns, "actual_pickup_ts", "TIMESTAMP", 2100, "2024-01-02 06:10:00", "2025-06-30 15:00:00")
                .put("nullCount", 157);
        counted(category(columns, "missed", 6, "FALSE", "no", "N", "Y", "TRUE", "yes"), 748, 736, 682, 53, 53, 51);
        number(columns, "weight_kg", "DOUBLE", 100, 9000);
        return catalog("recycling_pickups.csv", "recycling_pickups", 2323, columns);
    }

    /**
     * A quarry's weighbridge tickets: a gross, a tare and a vehicle's maximum gross in tonnes, a price per tonne, a
     * yes/no said of the load, drivers by nickname, products numbered ("Type 1", "Type1", "Type 1 Sub-base").
     */
    public static Catalog weighbridgeTickets() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "Ticket No", 2086);
        date(columns, "Ticket Date", "DATE", 780, "2023-01-03", "2025-12-31");
        category(columns, "Site", 6, "Hill Quarry", "North Pit", "hill quarry");
        counted(category(columns, "Driver", 43, "Robert Kerr", "Mark Rowe", "M. Rowe", "Marky Rowe", "Rob Kerr"),
                137, 122, 33, 25, 24);
        number(columns, "Max Gross (t)", "DOUBLE", 18, 44);
        counted(category(columns, "Product", 30, "Type 1 Sub-base", "Sharp Sand", "type 1", "Type1", "Quarry Dust"),
                331, 234, 39, 35, 155);
        number(columns, "Gross (t)", "DOUBLE", 12, 44);
        number(columns, "Tare (t)", "DOUBLE", 8, 15);
        number(columns, "Price per Tonne (GBP)", "DOUBLE", 18, 46);
        category(columns, "Load Sheeted?", 6, "Y", "Yes", "yes", "N", "no", "No");
        return catalog("quarry_weighbridge_tickets.csv", "quarry_weighbridge_tickets", 2086, columns);
    }

    /**
     * A dive centre's log, a row per diver per boat trip: a trip's key each of its divers' rows repeats, entry and exit
     * on the clock, sites written the long way round ("Wreck of the Maria").
     */
    public static Catalog diveLog() {
        ArrayNode columns = JSON.createArrayNode();
        ObjectNode trip = columns.addObject().put("name", "tripId").put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 413).put("min", "T23-001").put("max", "T25-137");
        trip.putArray("topValues").addObject().put("value", "T23-080").put("count", 9);
        trip.putArray("sampleValues").add("T23-001").add("T23-002");
        date(columns, "tripDate", "DATE", 367, "2023-03-04", "2025-11-30");
        counted(category(columns, "siteName", 20, "Coral Gardens", "Seal Rocks", "Maria Wreck", "Blue Hole",
                "coral gardens", "Wreck of the Maria"), 372, 319, 299, 215, 78, 34);
        category(columns, "guide", 18, "Thomas Reyes", "Aroha Ngata", "Lucia Ferri");
        number(columns, "diverId", "BIGINT", 1001, 1147);
        category(columns, "certLevel", 14, "Advanced", "Open Water", "Rescue", "Divemaster", "Dive Master");
        date(columns, "entryTime", "TIME", 300, "07:40:00", "15:10:00");
        date(columns, "exitTime", "TIME", 300, "08:20:00", "16:05:00");
        number(columns, "maxDepthM", "DOUBLE", 5, 30);
        return catalog("dive_centre_log.csv", "dive_centre_log", 2233, columns);
    }

    /**
     * A county's ambulance calls, nested: each row a call received, units numbered several ways ("Medic 2", "M2",
     * "Medic 02"), priorities too ("P1", "Priority 1", "PRI-1", "1"), a patient of an age and a sex.
     */
    public static Catalog ambulanceCalls() {
        ArrayNode columns = JSON.createArrayNode();
        identifier(columns, "IncidentNo", 2385);
        date(columns, "CallReceived", "TIMESTAMP", 2385, "2023-01-01 00:41:00", "2025-12-31 22:10:00");
        counted(category(columns, "Priority", 12, "P2", "P1", "P3", "Priority 2", "1", "Priority 1", "PRI-1", "2"),
                574, 547, 349, 146, 117, 113, 110, 109);
        counted(category(columns, "Hospital", 5, "St. Mary's Hospital", "County General", ""), 383, 335, 245);
        number(columns, "Miles", "DOUBLE", 0.5, 40);
        counted(category(columns, "Unit_Callsign", 32, "Medic 2", "Medic 7", "Medic 1", "Medic 02", "M2", "M7",
                "Medic 07", "MEDIC 7", "Engine 2"), 257, 216, 215, 57, 44, 40, 36, 33, 12);
        number(columns, "Patient_Age", "BIGINT", 0, 99);
        category(columns, "Patient_Sex", 4, "M", "F", "Male", "female");
        return catalog("ambulance_dispatches.json", "ambulance_dispatches", 2385, columns);
    }

    /** The values' counts, in the order {@link #category} took the values. */
    private static ObjectNode counted(ObjectNode column, long... counts) {
        for (int k = 0; k < counts.length; k++) {
            ((ObjectNode) column.path("topValues").get(k)).put("count", counts[k]);
        }
        return column;
    }

    /** The catalog of a profile that also holds some of the data's rows as they are, in {@code sampleRows}. */
    private static Catalog catalog(String name, String table, long rows, ArrayNode columns, ArrayNode sampleRows) {
        return Catalog.of(record(name, table, rows, columns, sampleRows), JSON, tokenizer());
    }

    private static Catalog catalog(String name, String table, long rows, ArrayNode columns) {
        return Catalog.of(record(name, table, rows, columns), JSON, tokenizer());
    }

    private static DatasetRecord record(String name, String table, long rows, ArrayNode columns) {
        return record(name, table, rows, columns, JSON.createArrayNode());
    }

    private static DatasetRecord record(String name, String table, long rows, ArrayNode columns, ArrayNode sampleRows) {
        ObjectNode dna = JSON.createObjectNode();
        dna.set("columns", columns);
        dna.set("sampleRows", sampleRows);
        return new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), null, name, table, rows, dna.toString(),
                Instant.EPOCH);
    }

    private static void identifier(ArrayNode columns, String name, int distinct) {
        columns.addObject().put("name", name).put("type", "VARCHAR").put("semanticType", "identifier")
                .put("distinctCount", distinct).putArray("topValues");
    }

    private static ObjectNode category(ArrayNode columns, String name, int distinct, String... values) {
        ObjectNode c = columns.addObject().put("name", name).put("type", "VARCHAR").put("semanticType", "category")
                .put("distinctCount", distinct);
        ArrayNode top = c.putArray("topValues");
        for (String v : List.of(values)) {
            top.addObject().put("value", v).put("count", 10);
        }
        return c;
    }

    /** Timestamps written as text, the first and last given, with {@code blanks} missing. */
    private static void textTimes(ArrayNode columns, String name, int blanks, String first, String sample, String last) {
        ObjectNode c = columns.addObject().put("name", name).put("type", "VARCHAR").put("semanticType", "text")
                .put("distinctCount", 1800).put("nullCount", blanks).put("min", first).put("max", last);
        c.putArray("topValues");
        c.putArray("sampleValues").add(first).add(sample).add(last);
    }

    /** A column of dates (or timestamps) from {@code min} to {@code max}; the caller may add its missing count. */
    private static ObjectNode date(ArrayNode columns, String name, String type, int distinct, String min, String max) {
        ObjectNode c = columns.addObject().put("name", name).put("type", type).put("semanticType", "datetime")
                .put("distinctCount", distinct).put("min", min).put("max", max);
        c.putArray("topValues");
        return c;
    }

    static void number(ArrayNode columns, String name, String type, double min, double max) {
        ObjectNode c = columns.addObject().put("name", name).put("type", type).put("semanticType", "numeric")
                .put("distinctCount", 100);
        if (type.equals("BIGINT")) {
            c.put("min", (long) min).put("max", (long) max);
        } else {
            c.put("min", min).put("max", max);
        }
        c.putArray("topValues");
    }
}
