package io.insightx.orchestrator.agent.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.StepResult;

/**
 * Checks that every number an answer states comes from its results: a cell, a row count, a column's total or mean,
 * or the difference, ratio or change between two values, as shown (rounded to the digits
 * written, scaled by k/M/bn or %). Years, list numbers, 0, 1 and 100, and numbers the question or the query itself
 * holds need no support. What is left is unsupported: made up. (Public for deploy/bench/GroundingBench.)
 */
public final class Grounding {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])([-−]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?(%|k\\b|K\\b|M\\b|million\\b|bn\\b|billion\\b))?");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*\\d+[.)]\\s");
    /** Values taken two at a time for differences and ratios: only the first few, or every number would have a pair. */
    private static final int PAIRED_VALUES = 24;

    private final double[] values;
    private final double[] paired;

    private Grounding(Set<Double> sources, Set<Double> cells) {
        this.values = sources.stream().mapToDouble(Double::doubleValue).toArray();
        this.paired = cells.stream().limit(PAIRED_VALUES).mapToDouble(Double::doubleValue).toArray();
    }

    /** The numbers the results (and the question and the queries that made them) support. */
    public static Grounding of(String question, List<StepResult> results) {
        Set<Double> sources = new LinkedHashSet<>();
        Set<Double> cells = new LinkedHashSet<>();
        numbersIn(question, sources);
        for (StepResult r : results) {
            numbersIn(r.input(), sources);
            JsonNode out = r.output();
            if (out.has("rowCount")) {
                sources.add(out.path("rowCount").asDouble());
            }
            columns(out.path("rows"), sources, cells);
            for (JsonNode table : out.path("tables")) {
                columns(table.path("rows"), sources, cells);
            }
            walk(out.path("result"), sources);
            numbersIn(out.path("stdout").asText(""), sources);
        }
        return new Grounding(sources, cells);
    }

    /** The numbers of {@code answer}, as written, that nothing supports. */
    public List<String> unsupported(String answer) {
        List<String> unsupported = new ArrayList<>();
        String text = LIST_MARKER.matcher(answer).replaceAll(" ");
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(2).replace(",", "");
            String decimals = m.group(3) == null ? "" : m.group(3);
            double shown = Double.parseDouble(digits + decimals) * (m.group(1).isEmpty() ? 1 : -1);
            double tolerance = 0.5 * Math.pow(10, -Math.max(0, decimals.length() - 1));
            String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            double scale = switch (unit) {
                case "k" -> 1e3;
                case "m", "million" -> 1e6;
                case "bn", "billion" -> 1e9;
                default -> 1;
            };
            if (!needsNoSupport(shown, decimals, unit) && !supported(shown * scale, tolerance * scale)
                    && !("%".equals(unit) && supported(shown / 100, tolerance / 100))) {
                unsupported.add(m.group().strip());
            }
        }
        return unsupported;
    }

    private static boolean needsNoSupport(double shown, String decimals, String unit) {
        boolean whole = decimals.isEmpty() && unit.isEmpty();
        return whole && (Math.abs(shown) <= 1 || shown == 100 || shown >= 1800 && shown <= 2100);
    }

    private boolean supported(double shown, double tolerance) {
        for (double v : values) {
            if (Math.abs(v - shown) <= tolerance) {
                return true;
            }
        }
        for (double a : paired) {
            for (double b : paired) {
                if (a != b && (near(a - b, shown, tolerance) || b != 0 && (near(a / b, shown, tolerance)
                        || near((a - b) / b * 100, shown, tolerance)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(double value, double shown, double tolerance) {
        return Math.abs(Math.abs(value) - Math.abs(shown)) <= tolerance;
    }

    /** Each cell (also kept apart in {@code cells}, for pairs), and each numeric column's total and mean. */
    private static void columns(JsonNode rows, Set<Double> sources, Set<Double> cells) {
        int width = rows.path(0).size();
        for (int c = 0; c < width; c++) {
            double sum = 0;
            int count = 0;
            for (JsonNode row : rows) {
                JsonNode cell = row.path(c);
                walk(cell, sources);
                if (cell.isNumber()) {
                    cells.add(cell.asDouble());
                    sum += cell.asDouble();
                    count++;
                }
            }
            if (count > 0) {
                sources.add(sum);
                sources.add(sum / count);
            }
        }
    }

    private static void walk(JsonNode node, Set<Double> sources) {
        if (node.isNumber()) {
            sources.add(node.asDouble());
        } else if (node.isTextual()) {
            numbersIn(node.asText(), sources);
        } else {
            node.forEach(child -> walk(child, sources));
        }
    }

    private static void numbersIn(String text, Set<Double> sources) {
        if (text == null) {
            return;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
            sources.add(m.group(1).isEmpty() ? value : -value);
        }
    }
}
