package io.insightx.sqltool.dataset;

import java.time.Duration;

import io.insightx.sqltool.api.ProblemException;

/** Why a dataset could not be found or accepted. */
public class DatasetException extends ProblemException {

    private DatasetException(int status, String code, String title, String detail) {
        super(status, code, title, detail);
    }

    public static DatasetException notFound(String id) {
        return new DatasetException(404, "dataset-not-found", "Dataset not found", "No dataset has the id '" + id + "'.");
    }

    public static DatasetException unsupportedFormat(String detail) {
        return new DatasetException(415, "unsupported-format", "Unsupported format", detail);
    }

    public static DatasetException unreadable(String detail) {
        return new DatasetException(422, "unreadable-dataset", "Unreadable dataset", detail);
    }

    public static DatasetException tooLarge(long maxBytes) {
        return new DatasetException(413, "upload-too-large", "Upload too large",
                "Uploads may be at most " + maxBytes + " bytes.");
    }

    public static DatasetException jsonTooDeep(String detail) {
        return new DatasetException(422, "json-too-deep", "JSON nested too deeply", detail);
    }

    public static DatasetException tooManyColumns(String detail) {
        return new DatasetException(422, "too-many-columns", "Too many columns", detail);
    }

    public static DatasetException conversionCrashed(int exitCode) {
        return new DatasetException(422, "conversion-crashed", "Conversion crashed",
                "Reading the file crashed the converter (exit code " + exitCode + "); nothing was stored. "
                        + "The file is probably malformed: check it, or save it again from the program that made it.");
    }

    public static DatasetException timedOut(Duration limit) {
        return new DatasetException(422, "upload-timeout", "Upload took too long",
                "Reading the file took longer than " + limit.toSeconds() + " s and was stopped; nothing was stored.");
    }

    public static DatasetException undecodable(String detail) {
        return new DatasetException(422, "undecodable-text", "Undecodable text", detail);
    }

    public static DatasetException badRequest(String detail) {
        return new DatasetException(400, "invalid-request", "Invalid request", detail);
    }
}
