package io.insightx.orchestrator.agent.offline.plan;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as people write them: no trailing zeros, thousands separated, years and codes left alone. */
public final class Numbers {

    private static final DecimalFormat GROUPED = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    private static final DecimalFormat PLAIN = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private Numbers() {
    }

    public static String plain(double v) {
        return PLAIN.format(v);
    }

    public static String grouped(double v) {
        return Math.abs(v) < 0.01 && v != 0 ? PLAIN.format(v) : GROUPED.format(v);
    }
}
