package io.insightx.sqltool.dataset;

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

    public static DatasetException badRequest(String detail) {
        return new DatasetException(400, "invalid-request", "Invalid request", detail);
    }
}
