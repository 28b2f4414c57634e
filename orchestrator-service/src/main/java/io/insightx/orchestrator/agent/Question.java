package io.insightx.orchestrator.agent;

import java.util.List;

import io.insightx.orchestrator.persistence.DatasetRecord;
import io.insightx.orchestrator.persistence.Insight;
import io.insightx.orchestrator.persistence.Message;

/** What the agents know when they answer: the question, the session's datasets, insights and the chat so far. */
public record Question(String text, List<DatasetRecord> datasets, List<Insight> insights, List<Message> history) {
}
