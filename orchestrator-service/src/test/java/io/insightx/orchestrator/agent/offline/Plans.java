package io.insightx.orchestrator.agent.offline;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;

/** The planner the tests of the offline analyst ask, and the SQL of a plan: one fixture, not one per test class. */
final class Plans {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    private Plans() {
    }

    static Plan plan(String question, Catalog catalog) {
        return PLANNER.plan(question, catalog);
    }

    static String sql(Plan plan) {
        return SqlWriter.write(plan).sql();
    }
}
