package io.insightx.orchestrator.agent.offline.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people write them: no trailing zeros, thousands separated, years and codes left alone, and a fraction
 * with three significant digits (a median of 0.085 is not the 0.09 of a mean of 0.0899). A DecimalFormat is made per
 * call: it is not safe to share between the threads that answer at once.
 */
public final class Numbers {

    private static final MathContext SIGNIFICANT = new MathContext(3);

    private Numbers() {
    }

    public static String plain(double v) {
        return new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    public static String grouped(double v) {
        if (Math.abs(v) < 1 && v != 0 && Double.isFinite(v)) {
            return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
