package io.insightx.orchestrator.agent.accuracy;

import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.offline.link.CaseVariants;
import io.insightx.orchestrator.agent.offline.link.ValueForms;

/**
 * Grades one answer against the truth's result: {@code value} (the truth's single cell is in the answer's first
 * row), {@code rows} (same count, every truth row inside some answer row), {@code top} (the first N rows in order),
 * {@code name} (the first row or the text names the truth's first cell, with its value), {@code figure} (a chart
 * artifact) and {@code refuse} (the analyst said it did not understand, or that no row holds what was asked).
 */
final class AnswerGrader {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private AnswerGrader() {
    }

    static Grade grade(AnalystCase c, JsonNode truth, Answer answer) {
        if ("refuse".equals(c.expect())) {
            if ("none".equals(answer.understood()) || answer.error() != null && answer.fin() == null) {
                return Grade.RIGHT;
            }
            if ("partial".equals(answer.understood())) {
                return answer.sqlResult() == null ? Grade.RIGHT : Grade.PARTIAL;
            }
            // the data holds nothing to answer with ("cars from 1981" where there are none), and the answer says so
            return noFigure(answer.sqlResult()) ? Grade.RIGHT : Grade.WRONG;
        }
        if (answer.fin() != null && !"none".equals(answer.understood()) && right(c.expect(), truth, answer)) {
            return Grade.RIGHT;
        }
        if ("partial".equals(answer.understood())) {
            return Grade.PARTIAL;
        }
        if ("none".equals(answer.understood()) || answer.error() != null) {
            return Grade.REFUSED;
        }
        return Grade.WRONG;
    }

    private static boolean noFigure(JsonNode result) {
        JsonNode rows = result == null ? null : result.path("rows");
        return rows != null && (rows.isEmpty() || rows.size() == 1 && rows.get(0).size() == 1 && rows.get(0).get(0).isNull());
    }

    private static boolean right(String expect, JsonNode truth, Answer answer) {
        JsonNode expected = truth.path("rows");
        JsonNode got = answer.sqlResult() == null ? null : answer.sqlResult().path("rows");
        return switch (expect) {
            case "figure" -> answer.hasFigure();
            case "value" -> got != null && got.size() > 0 && expected.size() > 0
                    && containsCell(got.get(0), expected.get(0).get(0));
            case "rows" -> got != null && got.size() == expected.size() && allRowsFound(expected, got);
            case "top" -> got != null && got.size() >= expected.size() && inOrder(expected, got);
            case "name" -> named(expected, got, answer.content());
            default -> false;
        };
    }

    private static boolean allRowsFound(JsonNode expected, JsonNode got) {
        for (JsonNode row : expected) {
            boolean found = false;
            for (JsonNode candidate : got) {
                found = found || rowInside(row, candidate);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The truth's rows in the answer's order, where rows that tie on the ranked figure (the last cell) may come in
     * either order: neither the truth nor the analyst orders within a tie, and DuckDB need not give it twice alike.
     */
    static boolean inOrder(JsonNode expected, JsonNode got) {
        int start = 0;
        while (start < expected.size()) {
            int end = start + 1;
            while (end < expected.size() && tied(expected.get(start), expected.get(end))) {
                end++;
            }
            for (int i = start; i < end; i++) {
                boolean found = false;
                for (int j = start; j < end && !found; j++) {
                    found = rowInside(expected.get(i), got.get(j));
                }
                if (!found) {
                    return false;
                }
            }
            start = end;
        }
        return true;
    }

    private static boolean tied(JsonNode a, JsonNode b) {
        return a.size() > 1 && a.size() == b.size() && a.get(a.size() - 1).equals(b.get(b.size() - 1));
    }

    private static boolean named(JsonNode expected, JsonNode got, String content) {
        if (expected.size() == 0) {
            return false;
        }
        JsonNode truthRow = expected.get(0);
        if (got != null && got.size() > 0 && rowInside(truthRow, got.get(0))) {
            return true;
        }
        String text = content.toLowerCase(Locale.ROOT).replace(",", "");
        for (JsonNode cell : truthRow) {
            if (cell.isNull()) {
                continue;
            }
            String want = cell.isNumber() ? shortNumber(cell.asDouble()) : cell.asText().toLowerCase(Locale.ROOT);
            if (!text.contains(want)) {
                return false;
            }
        }
        return true;
    }

    private static String shortNumber(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
    }

    /**
     * Every cell of the truth row equals some cell of the answer row (any column order). A period label holds its
     * parts: "2022-Q1" answers a truth row (2022, 1, …) as well as a year column and a quarter column would, or one
     * that names the quarter by its first day ("2022-01-01").
     */
    static boolean rowInside(JsonNode truthRow, JsonNode answerRow) {
        JsonNode cells = withPeriodParts(answerRow);
        for (JsonNode cell : truthRow) {
            if (!containsCell(cells, cell)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode withPeriodParts(JsonNode row) {
        com.fasterxml.jackson.databind.node.ArrayNode cells = row.deepCopy();
        for (JsonNode cell : row) {
            java.util.regex.Matcher quarter = QUARTER.matcher(cell.asText());
            if (cell.isTextual() && quarter.matches()) {
                cells.add(Integer.parseInt(quarter.group(1)));
                cells.add(Integer.parseInt(quarter.group(2)));
                cells.add(String.format("%s-%02d-01", quarter.group(1), 3 * Integer.parseInt(quarter.group(2)) - 2));
            }
        }
        return cells;
    }

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])");

    static boolean containsCell(JsonNode row, JsonNode want) {
        for (JsonNode cell : row) {
            if (same(want, cell)) {
                return true;
            }
        }
        return false;
    }

    static boolean same(JsonNode want, JsonNode got) {
        if (want == null || want.isNull()) {
            return got == null || got.isNull();
        }
        if (got == null || got.isNull()) {
            return false;
        }
        Double w = number(want);
        Double g = number(got);
        if (w != null && g != null) {
            // truths are rounded to two decimals (the writers' rule): a figure that rounds to the truth is it
            boolean roundedTruth = want.asText().matches("-?\\d+(\\.\\d{1,2})?");
            return Math.abs(w - g) <= 1e-6 || Math.abs(w - g) <= 0.005 * Math.abs(w)
                    || roundedTruth && Math.abs(w - g) <= 0.005 + 1e-9;
        }
        String ws = want.asText().strip().toLowerCase(Locale.ROOT);
        String gs = got.asText().strip().toLowerCase(Locale.ROOT);
        if (isYear(want) && DATE.matcher(gs).matches()) {
            return gs.startsWith(ws.substring(0, 4)) && gs.startsWith("-01-01", 4);
        }
        if (isYear(got) && DATE.matcher(ws).matches()) {
            return ws.startsWith(gs.substring(0, 4)) && ws.startsWith("-01-01", 4);
        }
        Month month = monthNamed(ws);
        if (month != null && gs.matches("\\d{4}-\\d{2}")) {
            return Integer.parseInt(gs.substring(5)) == month.getValue(); // "March" of data within one year, as "2015-03"
        }
        if (ws.matches("[1-4]") && gs.matches("\\d{4}-q[1-4]")) {
            return gs.endsWith(ws); // a quarter as the analyst keys it ("2023-Q1") against its number
        }
        ws = TruthDates.iso(ws);
        if (DATE.matcher(ws).matches() && ws.startsWith("-01", 7) && gs.matches("\\d{4}-\\d{2}")) {
            return ws.startsWith(gs); // a month as the analyst keys it ("2007-10") against its first day
        }
        if (DATE.matcher(ws).matches() && DATE.matcher(gs).matches()) {
            return dateOnly(ws).equals(dateOnly(gs));
        }
        return ws.equals(gs) || negative(ws).equals(negative(gs)) || oneValue(ws, gs);
    }

    /**
     * One label in two spellings: the truth's writer and the analyst may name a value each by another of the forms the
     * data writes it in ("elm st" and "Elm Street", "roses" and "rose"), as the analyst's own rules read them.
     */
    private static boolean oneValue(String want, String got) {
        boolean labels = want.matches(".*\\p{L}.*") && got.matches(".*\\p{L}.*");
        return labels && (CaseVariants.normal(want).equals(CaseVariants.normal(got))
                || ValueForms.sameValue(want, got, List.of(), true));
    }

    /** The rows without a yes/no, however a label says so: "no surge", "non-surge" and "not surge" are one group. */
    private static String negative(String label) {
        return label.replaceFirst("^(no|non|not)[- ]", "no ");
    }

    /** A date, or a timestamp to the minute: "2015-01-01t01:00" (Java's ISO form) is "2015-01-01 01:00:00". */
    private static String dateOnly(String s) {
        String t = s.replace('t', ' ').replaceAll("(\\d{2}:\\d{2})(:00(\\.0+)?)?$", "$1:00");
        return t.endsWith(" 00:00:00") || t.length() == 10 ? t.substring(0, 10) : t;
    }

    private static Month monthNamed(String s) {
        for (Month m : Month.values()) {
            if (m.name().equalsIgnoreCase(s)) {
                return m;
            }
        }
        return null;
    }

    private static boolean isYear(JsonNode v) {
        String s = v.asText().strip();
        return s.matches("[12]\\d{3}");
    }

    private static Double number(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        String s = v.asText().strip();
        if (DATE.matcher(s).matches() || !NUMBER.matcher(s).matches()) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
