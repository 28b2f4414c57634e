package io.insightx.orchestrator.agent.accuracy;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each dataset file uploaded once into a session of its own, found in the test data or the shared data folder. */
final class DatasetUploads {

    private static final List<Path> DATA_DIRS = List.of(Path.of("src", "test", "resources", "analyst", "data"),
            Path.of("..", "..", "shared", "data"), Path.of("..", "shared", "data"));

    /** A dataset file and the session that holds its upload, or why the upload failed. */
    record Upload(Path file, String session, String failure) {
    }

    private final Map<String, Upload> uploads = new HashMap<>();

    /** One upload at a time: RestAssured is not made for threads. */
    synchronized Upload of(String dataset) {
        return uploads.computeIfAbsent(dataset, DatasetUploads::upload);
    }

    private static Upload upload(String dataset) {
        Path file = DATA_DIRS.stream().map(d -> d.resolve(dataset)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("dataset " + dataset + " not found in " + DATA_DIRS));
        String session = given().contentType("application/json").body("{}").post("/api/sessions").then().statusCode(201)
                .extract().path("id");
        var response = given().multiPart("file", file.toFile()).post("/api/sessions/" + session + "/datasets");
        if (response.statusCode() != 201) {
            System.out.println("  UPLOAD FAILED " + dataset + ": " + response.statusCode() + " " + response.asString());
            return new Upload(file, null, response.statusCode() + " " + response.asString());
        }
        return new Upload(file, session, null);
    }
}
