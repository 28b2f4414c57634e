package io.insightx.orchestrator.agent.offline.lang;

import java.time.LocalDate;
import java.util.List;

/**
 * A span of time the question names: from (inclusive) and to (exclusive), either open; or a month of every year
 * ("in December"). {@code words} is how the question said it, {@code tokens} the positions it used.
 */
public record Period(LocalDate from, LocalDate to, Integer monthOfYear, String words, List<Integer> tokens) {

    public boolean wholeYears() {
        return (from == null || from.getDayOfYear() == 1) && (to == null || to.getDayOfYear() == 1);
    }
}
