package io.insightx.sqltool.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TableNamesTest {

    @Test
    void derivesReadableIdentifiers() {
        assertThat(TableNames.base("Seattle Weather.csv")).isEqualTo("seattle_weather");
        assertThat(TableNames.base("flightsPerDay.parquet")).isEqualTo("flights_per_day");
        assertThat(TableNames.base("  Café—Sales (2024).ndjson ")).isEqualTo("cafe_sales_2024");
        assertThat(TableNames.base("???.csv")).isEqualTo("dataset");
        assertThat(TableNames.base("2024.csv")).isEqualTo("t_2024");
        assertThat(TableNames.base("x".repeat(100))).hasSize(48);
    }

    @Test
    void avoidsReservedWordsAndTakenNames() {
        assertThat(TableNames.derive("order.csv", Set.of("order"), Set.of())).isEqualTo("order_data");
        assertThat(TableNames.derive("a.csv", Set.of(), Set.of("a", "a_2"))).isEqualTo("a_3");
    }
}
