package io.insightx.orchestrator.chat;

import io.insightx.orchestrator.support.EmbeddedPostgresResource;
import io.insightx.orchestrator.support.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ChatStreamTest} against the packaged application: the jar here, the native binary under -Pnative. */
@QuarkusIntegrationTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class ChatStreamIT extends ChatStreamTest {
}
