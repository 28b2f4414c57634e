package io.insightx.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The web workspace is served by this service at /, with no separate server and no CDN, behind security headers. */
@QuarkusTest
class WorkspaceTest {

    static final List<String> MODULES = List.of("app", "util", "icons", "markdown", "results", "dna", "answer", "stream");

    @Test
    void theWorkspaceIsServedWithItsAssets() {
        String page = given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"))
                .body(not(containsString("http://"))).body(not(containsString("https://"))).extract().asString();
        Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+|app\\.css)\"").matcher(page);
        int found = 0;
        while (assets.find()) {
            given().get(assets.group(1).startsWith("/") ? assets.group(1) : "/" + assets.group(1)).then().statusCode(200);
            found++;
        }
        assertThat(found).as("vega ×3, marked, DOMPurify, highlight.js ×2, sql-formatter, app.css").isEqualTo(9);
        MODULES.forEach(module -> given().get("/js/" + module + ".js").then().statusCode(200)
                .contentType(containsString("javascript")));
        given().get("/js/stream.js").then().body(containsString("/api/chat/stream")).body(containsString("Last-Event-ID"));
        given().get("/examples/seattle-weather.csv").then().statusCode(200).body(containsString("date,precipitation"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/js/app.js", "/webjars/marked/lib/marked.umd.js", "/api/sessions/nope", "/q/health")) {
            ValidatableResponse response = given().get(path).then();
            response.header("Content-Security-Policy", equalTo(SecurityHeaders.POLICY))
                    .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer")
                    .header("X-Content-Type-Options", "nosniff");
        }
        assertThat(SecurityHeaders.POLICY).contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'").doesNotContain("*");
    }

    @Test
    void modelTextReachesThePageOnlyThroughDomPurify() {
        // innerHTML is set in one place for Markdown (sanitised) and one for highlight.js (which escapes its input).
        for (String module : MODULES) {
            String source = given().get("/js/" + module + ".js").then().extract().asString();
            Matcher assignments = Pattern.compile("innerHTML = ([^;]+);").matcher(source);
            while (assignments.find()) {
                assertThat(assignments.group(1)).as(module).matches("DOMPurify\\.sanitize\\(.*|hljs\\.highlight\\(.*");
            }
        }
    }
}
