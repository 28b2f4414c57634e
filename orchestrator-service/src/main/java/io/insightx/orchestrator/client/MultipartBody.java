package io.insightx.orchestrator.client;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A {@code multipart/form-data} body made while its file is still arriving: the file part streams through, and
 * the form fields follow it, read only once the file is through (a sender may put them after the file). Field
 * names are ours; field values travel in the body as they are, never inside a header.
 */
final class MultipartBody {

    private final String boundary = "insightx-" + UUID.randomUUID();

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    InputStream stream(String fileName, InputStream file, Supplier<Map<String, String>> fields) {
        Iterator<Supplier<InputStream>> parts = List.<Supplier<InputStream>>of(
                () -> bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + headerSafe(fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
                () -> file,
                () -> bytes("\r\n" + fieldParts(fields.get()) + "--" + boundary + "--\r\n")).iterator();
        return new SequenceInputStream(new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return parts.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return parts.next().get();
            }
        });
    }

    private String fieldParts(Map<String, String> fields) {
        StringBuilder parts = new StringBuilder();
        fields.forEach((name, value) -> parts.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        return parts.toString();
    }

    /** The file name as a header may carry it: letters, digits and {@code . _ -} kept, anything else '_'. */
    static String headerSafe(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.substring(0, Math.min(name.length(), 120));
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
