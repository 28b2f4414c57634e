package io.insightx.orchestrator.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.insightx.orchestrator.client.UploadStoppedException;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * A {@code multipart/form-data} upload read as it arrives (Commons FileUpload's streaming parser): the fields
 * before the {@code file} part, then the file's bytes as a stream that counts them, stops past the size cap and
 * hashes them (SHA-256) on the way through. Nothing of the file is kept here.
 */
final class IncomingUpload {

    private static final int MAX_FIELD_BYTES = 4096;

    private final FileItemInputIterator parts;
    private final Map<String, String> fields;
    private final String fileName;
    private final Metered content;
    private String sha256;

    private IncomingUpload(FileItemInputIterator parts, Map<String, String> fields, FileItemInput file, long maxBytes)
            throws IOException {
        this.parts = parts;
        this.fields = fields;
        this.fileName = file.getName();
        this.content = new Metered(file.getInputStream(), maxBytes);
    }

    /** Reads up to the {@code file} part; empty when the body has none. */
    static Optional<IncomingUpload> open(InputStream body, String contentType, long maxBytes)
            throws IOException {
        FileItemInputIterator parts = new Parser().getItemIterator(new Body(body, contentType));
        Map<String, String> fields = new LinkedHashMap<>();
        while (parts.hasNext()) {
            FileItemInput part = parts.next();
            if (part.isFormField()) {
                fields.put(part.getFieldName(), field(part));
            } else if ("file".equals(part.getFieldName())) {
                return Optional.of(new IncomingUpload(parts, fields, part, maxBytes));
            }
        }
        return Optional.empty();
    }

    String fileName() {
        return fileName;
    }

    /** The file's bytes, as they arrive. */
    InputStream content() {
        return content;
    }

    /** Every form field, those after the file included: call once the file is through. */
    Map<String, String> fields() {
        try {
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (part.isFormField()) {
                    fields.putIfAbsent(part.getFieldName(), field(part));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    boolean tooLarge() {
        return content.tooLarge;
    }

    long bytes() {
        return content.count;
    }

    /** The file's SHA-256, hex: known once the file is through. */
    String sha256() {
        if (sha256 == null) {
            sha256 = HexFormat.of().formatHex(content.digest.digest());
        }
        return sha256;
    }

    private static String field(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** Counts, caps and hashes what passes through. */
    private static final class Metered extends FilterInputStream {

        final MessageDigest digest;
        final long maxBytes;
        long count;
        boolean tooLarge;

        Metered(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every JVM has SHA-256", e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                throw new UploadStoppedException("The upload stopped before its end.", e);
            }
            if (n > 0) {
                count += n;
                if (count > maxBytes) {
                    tooLarge = true;
                    throw new UploadStoppedException("The upload is over " + maxBytes + " bytes.");
                }
                digest.update(buffer, offset, n);
            }
            return n;
        }
    }

    /** The request body as Commons FileUpload reads it. */
    private record Body(InputStream getInputStream, String getContentType) implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** Commons FileUpload's streaming parser over a plain body (its servlet flavours need a servlet request). */
    private static final class Parser extends AbstractFileUpload<Body, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(Body body) throws FileUploadException, IOException {
            return getItemIterator((RequestContext) body);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Body body) {
            throw new UnsupportedOperationException("Uploads are streamed, never stored whole");
        }

        @Override
        public List<DiskFileItem> parseRequest(Body body) {
            throw new UnsupportedOperationException("Uploads are streamed, never stored whole");
        }
    }
}
