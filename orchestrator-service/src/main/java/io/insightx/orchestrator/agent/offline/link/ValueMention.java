package io.insightx.orchestrator.agent.offline.link;

import java.util.List;

/** A value of a column the question names ("Adelie", "sunny" → sun), and whether it is negated ("not in Alaska"). */
public record ValueMention(DataColumn column, String value, List<Integer> tokens, boolean negated) {
}
