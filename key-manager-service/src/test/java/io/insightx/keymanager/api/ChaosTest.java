package io.insightx.keymanager.api;

import static io.insightx.keymanager.support.Gateway.CHAT;
import static io.insightx.keymanager.support.Gateway.api;
import static io.insightx.keymanager.support.Gateway.chat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import io.insightx.keymanager.support.ChaosUpstream;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** 2,000 requests from 20 callers against a provider that fails 30 % of calls: every request must succeed. */
@QuarkusTest
@QuarkusTestResource(value = ChaosUpstream.class, restrictToAnnotatedClass = true)
class ChaosTest {

    @Test
    void everyRequestSucceedsAndOnlyTheRevokedKeyIsLost() {
        ExecutorService callers = Executors.newFixedThreadPool(20);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 2000; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> chat(CHAT).statusCode(), callers));
            }
            Map<Integer, Long> statuses = calls.stream().map(CompletableFuture::join)
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertThat(statuses).isEqualTo(Map.of(200, 2000L));
        } finally {
            callers.shutdown();
        }
        JsonPath keys = new JsonPath(api().get("/v1/keys").then().statusCode(200).extract().asString());
        assertThat(keys.getString("find { it.id == 'k4' }.state")).isEqualTo("disabled");
        assertThat(keys.getList("findAll { it.id != 'k4' }.state")).doesNotContain("disabled");
    }
}
