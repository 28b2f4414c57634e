package io.insightx.keymanager.api;

import io.insightx.keymanager.support.FakeUpstream;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RotationTest} against the packaged application: the jar here, the native binary under -Pnative. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = FakeUpstream.class, restrictToAnnotatedClass = true)
class RotationIT extends RotationTest {
}
