package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A new user read a median of 0.085 as "0.09", the same as the mean 0.0899 beside it. */
class NumbersTest {

    @Test
    void fractionsKeepThreeSignificantDigitsAndLargeNumbersTheirSeparators() {
        assertThat(Numbers.grouped(0.085)).isEqualTo("0.085");
        assertThat(Numbers.grouped(0.0899)).isEqualTo("0.0899");
        assertThat(Numbers.grouped(0.301)).isEqualTo("0.301");
        assertThat(Numbers.grouped(-0.5)).isEqualTo("-0.5");
        assertThat(Numbers.grouped(0.000123456)).isEqualTo("0.000123");
        assertThat(Numbers.grouped(1234567.891)).isEqualTo("1,234,567.89");
        assertThat(Numbers.grouped(0)).isEqualTo("0");
    }
}
