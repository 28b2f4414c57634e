package io.insightx.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.insightx.orchestrator.support.RealToolServices;
import io.insightx.orchestrator.support.WorkspaceBrowser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Two datasets in one session, in a real Chromium: both shown in the Data DNA, and a question that needs both
 * answered from their join, which the answer names. The figures are summed by hand.
 */
@QuarkusTest
@QuarkusTestResource(value = RealToolServices.class, restrictToAnnotatedClass = true)
class WorkspaceJoinBrowserTest extends WorkspaceBrowser {

    @Test
    void aQuestionOverTwoDatasetsIsAnsweredFromTheirJoin() throws IOException {
        Path orders = write("orders.csv", "order_id,customer_id,amount\n1,1,100\n2,1,50\n3,2,200\n4,3,25\n5,3,75\n6,4,10\n");
        Path customers = write("customers.csv", "customer_id,region,name\n1,North,Ann\n2,South,Bob\n3,North,Cid\n4,West,Dee\n");
        chromium.openNewSession(workspace.toString());
        chromium.upload(orders);
        chromium.waitFor(d -> chromium.text("dna").contains("orders"));
        chromium.upload(customers);
        chromium.waitFor(d -> chromium.text("dna").contains("customers"));

        chromium.ask("total amount by region");
        String answer = chromium.lastAnswer().getText();
        // North: orders 1, 2, 4, 5 = 250; South: order 3 = 200; West: order 6 = 10.
        assertThat(answer).contains("Joined orders.csv and customers.csv on customer_id", "North", "250", "South",
                "200", "West");
        chromium.shot("44-join-answer");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    private static Path write(String name, String csv) throws IOException {
        Path file = Path.of("target", "uploads", "join", name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, csv);
    }
}
