package io.insightx.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.orchestrator.support.Scripts.WEATHER_DATASET;
import static io.insightx.orchestrator.support.Scripts.jsonBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/** A new session holding the Seattle weather dataset, uploaded through the public API to the scripted sql-tool. */
public final class WeatherSession {

    private WeatherSession() {
    }

    /** The new session's id. */
    public static String create(WireMockServer services) {
        services.stubFor(post(urlEqualTo("/v1/datasets")).willReturn(jsonBody(201, WEATHER_DATASET)));
        String sessionId = given().contentType("application/json").body("{}").post("/api/sessions").then()
                .statusCode(201).extract().path("id");
        given().multiPart("file", "seattle-weather.csv", "date,weather\n2012-01-01,rain\n".getBytes())
                .post("/api/sessions/" + sessionId + "/datasets").then().statusCode(201)
                .body("tableName", equalTo("seattle_weather")).body("dna.rowCount", equalTo(1461));
        return sessionId;
    }
}
