package io.insightx.pythontool.execution;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ExecutionTest} against the packaged application: the jar here, the native binary under -Pnative. */
@QuarkusIntegrationTest
class ExecutionIT extends ExecutionTest {
}
