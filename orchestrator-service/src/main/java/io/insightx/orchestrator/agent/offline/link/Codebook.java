package io.insightx.orchestrator.agent.offline.link;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legend some tables write into a coded column's name: "priority (1=urgent 2=normal 3=routine)",
 * "smoker (0 = no, 1 = yes)". It names the codes, so "urgent visits" is {@code priority = 1}; without a legend
 * the codes mean nothing the analyst could know.
 */
public final class Codebook {

    private static final Pattern LEGEND = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern ENTRY = Pattern.compile("(-?\\w{1,6})\\s*[=:]\\s*([\\p{L}][\\p{L} '-]*?)\\s*(?=[,;/]|\\s+-?\\w{1,6}\\s*[=:]|$)");

    private Codebook() {
    }

    /** The codes and their labels written in a column's name, in order; empty when the name holds no legend. */
    public static Map<String, String> of(String columnName) {
        Map<String, String> codes = new LinkedHashMap<>();
        Matcher legend = LEGEND.matcher(columnName);
        while (legend.find()) {
            Matcher entry = ENTRY.matcher(legend.group(1).strip());
            while (entry.find()) {
                codes.put(entry.group(1), entry.group(2).strip());
            }
        }
        return codes.size() >= 2 ? codes : Map.of();
    }
}
