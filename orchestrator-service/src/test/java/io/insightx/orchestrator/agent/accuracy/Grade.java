package io.insightx.orchestrator.agent.accuracy;

/** How an answer fared: right, honestly partial, refused, or confidently wrong. */
enum Grade {
    RIGHT, PARTIAL, REFUSED, WRONG
}
