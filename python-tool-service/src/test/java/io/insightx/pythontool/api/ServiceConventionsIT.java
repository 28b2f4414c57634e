package io.insightx.pythontool.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ServiceConventionsTest} against the packaged application: the jar here, the native binary under -Pnative. */
@QuarkusIntegrationTest
class ServiceConventionsIT extends ServiceConventionsTest {
}
