package io.insightx.orchestrator.agent.offline.plan;

import java.time.LocalDate;
import java.util.Set;

import io.insightx.orchestrator.agent.offline.lang.Token;
import io.insightx.orchestrator.agent.offline.link.Catalog;

/**
 * Questions no figure of the data answers, however well read: a forecast ("predict how many visits next march") and
 * an opinion asked of data that records only what people did ("which tutor do students like best"). They are refused
 * with the reason, never answered from the past or from counts.
 */
final class BeyondTheData {

    private static final Set<String> FORECASTS = Set.of("predict", "predicted", "prediction", "predictions", "forecast",
            "forecasts", "forecasted", "extrapolate", "projected", "projection", "projections");
    private static final Set<String> FUTURE = Set.of("will", "gonna", "likely", "expect", "expected", "going");

    private static final Set<String> LIKING = Set.of("like", "love", "prefer", "enjoy", "dislike", "hate");
    private static final Set<String> DEGREE = Set.of("best", "most", "least", "more", "less");
    /** Words of columns that hold what people think: a rating, a score, a review. */
    private static final Set<String> OPINIONS = Set.of("rating", "ratings", "rated", "score", "scores", "satisfaction",
            "review", "reviews", "stars", "feedback", "nps", "csat", "sentiment", "likes");

    /**
     * "predict how many visits we get next march", "which customers will churn next year": a forecast asked, which no
     * figure of the data answers; "the next day" of the data's own rows stays a question of what happened, and a
     * forecast the data holds (forecastYear) is read as its column.
     */
    static boolean forecast(Reading r, Catalog catalog) {
        // "budget year 2000 forecast year 2005": the data's own forecasts, named by a column
        if (r.tokens.stream().anyMatch(t -> t.isAny(FORECASTS) && !catalog.holds(t))) {
            return true;
        }
        boolean future = r.tokens.stream().anyMatch(t -> t.isAny(FUTURE) || t.lower().endsWith("'ll"));
        if (future && yearAfterTheData(r, catalog)) {
            return true; // "how many requests will we get in 2026" of data that ends in 2025
        }
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            Token next = r.at(i + 1);
            boolean month = next.lower().length() >= 3 && java.util.Arrays.stream(java.time.Month.values())
                    .anyMatch(m -> m.name().toLowerCase(java.util.Locale.ROOT).startsWith(next.lower()));
            boolean period = Vocabulary.grain(next) != null || month;
            if (r.at(i).is("next") && period && future) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question names a year after the last of the data's dates. */
    private static boolean yearAfterTheData(Reading r, Catalog catalog) {
        LocalDate last = catalog.time().map(t -> Catalog.edge(t, true)).orElse(null);
        return last != null && r.tokens.stream().anyMatch(t -> t.looksLikeYear() && t.number() > last.getYear());
    }

    /**
     * "which tutor do students like best": what people think, asked of data that records only what they did; a
     * rating or a review column would answer it, and the question is then read as usual.
     */
    static boolean opinion(Reading r, Catalog catalog) {
        boolean rated = catalog.columns().stream().anyMatch(c -> c.words().stream().anyMatch(OPINIONS::contains));
        for (int i = 1; i + 1 < r.tokens.size() && !rated; i++) {
            if (r.at(i).isAny(LIKING) && r.at(i + 1).isAny(DEGREE)
                    && r.tokens.subList(0, i).stream().anyMatch(t -> t.isAny(Set.of("do", "does", "did")))) {
                return true;
            }
        }
        return false;
    }

    private BeyondTheData() {
    }
}
