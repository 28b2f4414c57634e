package io.insightx.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.insightx.orchestrator.client.UploadStoppedException;
import org.junit.jupiter.api.Test;

/** The streaming multipart reader: fields on either side of the file, the file's hash and the size cap. */
class IncomingUploadTest {

    static final String TYPE = "multipart/form-data; boundary=XyZ";
    static final String CSV = "city,amount\nLyon,3\nOslo,4\n";

    @Test
    void readsTheFileAsAStreamAndTheFieldsAroundIt() throws Exception {
        IncomingUpload upload = IncomingUpload.open(body("before", CSV, "after"), TYPE, 1_000).orElseThrow();

        assertThat(upload.fileName()).isEqualTo("sales.csv");
        assertThat(new String(upload.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV);
        assertThat(upload.fields()).containsEntry("note", "before").containsEntry("name", "after");
        assertThat(upload.bytes()).isEqualTo(CSV.length());
        assertThat(upload.sha256()).isEqualTo(upload.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(CSV.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void stopsPastTheCap() throws Exception {
        IncomingUpload upload = IncomingUpload.open(body("x", CSV, "y"), TYPE, 10).orElseThrow();

        assertThatThrownBy(() -> upload.content().readAllBytes()).isInstanceOf(UploadStoppedException.class);
        assertThat(upload.tooLarge()).isTrue();
    }

    @Test
    void aBodyWithoutAFileHasNone() throws Exception {
        String onlyField = "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--XyZ--\r\n";
        assertThat(IncomingUpload.open(stream(onlyField), TYPE, 1_000)).isEmpty();
    }

    private static InputStream body(String before, String file, String after) {
        return stream("--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + before + "\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sales.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + file + "\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + after + "\r\n--XyZ--\r\n");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
