import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.agent.llm.Grounding;

/**
 * What checking an answer's numbers against its results costs: Grounding.of (reading the results) plus
 * unsupported (checking each number), per answer, for results of 3, 50 and 1,000 rows and an answer of about 120
 * words with 12 numbers (4 made up, the worst case: each is tried against every value and pair). Run by grounding.sh.
 */
public class GroundingBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int WARMUP = 3_000;
    static final int RUNS = 20_000;

    public static void main(String[] args) {
        System.out.printf("%-10s %-8s %12s %12s%n", "rows", "numbers", "µs/answer", "unsupported");
        for (int rows : new int[] {3, 50, 1000}) {
            StepResult result = result(rows);
            String answer = answer(result);
            List<String> found = List.of();
            for (int i = 0; i < WARMUP; i++) {
                found = Grounding.of("average temp_max by weather in 2015", List.of(result)).unsupported(answer);
            }
            long start = System.nanoTime();
            for (int i = 0; i < RUNS; i++) {
                found = Grounding.of("average temp_max by weather in 2015", List.of(result)).unsupported(answer);
            }
            double micros = (System.nanoTime() - start) / 1_000.0 / RUNS;
            System.out.printf("%-10d %-8d %12.1f %12s%n", rows, 12, micros, found);
        }
    }

    static StepResult result(int rows) {
        Random random = new Random(42);
        ObjectNode out = JSON.createObjectNode().put("rowCount", rows);
        ArrayNode columns = out.putArray("columns");
        for (String name : new String[] {"date", "weather", "temp_max", "precipitation", "days"}) {
            columns.addObject().put("name", name);
        }
        ArrayNode data = out.putArray("rows");
        for (int r = 0; r < rows; r++) {
            data.addArray().add("2015-01-" + (r % 28 + 1)).add(r % 2 == 0 ? "sun" : "rain")
                    .add(Math.round(random.nextDouble() * 3500) / 100.0).add(Math.round(random.nextDouble() * 500) / 10.0)
                    .add(random.nextInt(700));
        }
        return new StepResult("run_sql", "SELECT date, weather, temp_max, precipitation, count(*) AS days FROM t "
                + "GROUP BY ALL LIMIT 1000", out);
    }

    /** Eight numbers taken from the result (rounded as people write them) and four made up. */
    static String answer(StepResult result) {
        ArrayNode rows = (ArrayNode) result.output().path("rows");
        List<String> real = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            real.add(String.format("%.1f", rows.get(i % rows.size()).get(2).asDouble()));
        }
        return "**Sun** is warmest at " + real.get(0) + " °C on average, against " + real.get(1) + " °C for rain. "
                + "Across the year the range runs from " + real.get(2) + " to " + real.get(3) + " °C, and "
                + real.get(4) + " mm of rain fell on the wettest days; " + real.get(5) + " and " + real.get(6)
                + " °C mark the quartiles, with a median of " + real.get(7) + " °C. Fog days average 87.123 °C, "
                + "snow 94.987 °C, with 12,345 days recorded and 77.77% of them dry, which is worth checking "
                + "against the table above before drawing any conclusion about the seasons in 2015.";
    }
}
