import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.agent.llm.PromptData;
import io.insightx.orchestrator.agent.llm.Tokens;
import io.insightx.orchestrator.persistence.DatasetRecord;
import io.insightx.orchestrator.persistence.Insight;
import io.insightx.orchestrator.persistence.Message;

/**
 * The size of what one prompt quotes (Data DNA and context), in estimated tokens, for tables of 6, 50 and 200
 * columns, a follow-up question in a chat of 12 turns and 30 insights, under the default budget of 3,000 tokens.
 * Run by prompts.sh.
 */
public class PromptSizeBench {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) {
        int budget = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        PromptData data = new PromptData(JSON, budget, 20);
        System.out.printf("budget %d tokens (estimated at 4 characters a token)%n", budget);
        System.out.printf("%-8s %10s %10s %10s %14s %12s%n", "columns", "profile", "context", "total",
                "shown whole", "names only");
        for (int width : new int[] {6, 50, 200}) {
            Question q = new Question("and for 2015 only, the average precipitation by weather?",
                    List.of(table(width)), insights(30), history(12));
            String context = data.context(q);
            String profile = data.profiles(q, Tokens.estimate(context));
            int whole = profile.split("\"semantic\"", -1).length - 1;
            int named = profile.contains("\"moreColumns\"") ? width - whole : 0;
            System.out.printf("%-8d %10d %10d %10d %14d %12d%n", width, Tokens.estimate(profile),
                    Tokens.estimate(context), Tokens.estimate(profile) + Tokens.estimate(context), whole, named);
        }
    }

    static DatasetRecord table(int width) {
        ObjectNode dna = JSON.createObjectNode();
        ArrayNode columns = dna.putArray("columns");
        String[] base = {"date", "weather", "temp_max", "temp_min", "precipitation", "wind"};
        for (int i = 0; i < width; i++) {
            String name = i < base.length ? base[i] : "sensor_" + i + "_reading";
            ObjectNode c = columns.addObject().put("name", name).put("type", i == 1 ? "VARCHAR" : "DOUBLE")
                    .put("semanticType", i == 1 ? "category" : "numeric").put("nullCount", i % 7)
                    .put("distinctCount", 100 + i).put("min", -1.6).put("max", 35.6).put("mean", 16.4);
            ArrayNode top = c.putArray("topValues");
            for (String v : i == 1 ? new String[] {"rain", "sun", "fog", "drizzle", "snow"} : new String[] {"0.0", "10.6"}) {
                top.addObject().put("value", v).put("count", 100);
            }
        }
        dna.putArray("warnings").addObject().put("code", "mostly-null").put("message", "'sensor_9_reading' is 92% empty.");
        return new DatasetRecord(UUID.randomUUID(), UUID.randomUUID(), "t", "weather.csv", "weather", 1461,
                dna.toString(), Instant.now());
    }

    static List<Insight> insights(int n) {
        List<Insight> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Insight(UUID.randomUUID(), null, null, "Insight " + i + ": rain days average 13.5 °C, "
                    + "sun days 17.5 °C, and precipitation peaks in November.", Instant.now()));
        }
        return out;
    }

    static List<Message> history(int turns) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            out.add(new Message(UUID.randomUUID(), null, "user", "question " + i + ": average temp_max by weather",
                    null, Instant.now()));
            out.add(new Message(UUID.randomUUID(), null, "assistant", "**Sun** days are warmest: 17.5 °C. "
                    + "x".repeat(400), null, Instant.now()));
        }
        return out;
    }
}
