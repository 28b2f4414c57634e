package io.insightx.sqltool.query;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link QueryTest} against the packaged application: the jar here, the native binary under -Pnative. */
@QuarkusIntegrationTest
class QueryIT extends QueryTest {
}
