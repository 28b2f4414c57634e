package io.insightx.sqltool.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.insightx.sqltool.config.SqlToolConfig;

/**
 * What is checked in Java before DuckDB reads an upload, so that the cheap refusals come first and DuckDB only
 * ever sees UTF-8 text of a bounded shape: a JSON file's depth and width, a CSV's encoding and its header's width,
 * and no line of a CSV repeating its header.
 */
final class UploadInspection {

    private static final int HEADER_SCAN_CHARS = 4 << 20;

    /**
     * The file DuckDB is to read (a UTF-8 copy when the upload was not UTF-8, or repeated its header), its encoding,
     * its header and how many lines repeating the header were left out.
     */
    record Inspected(Path file, String encoding, List<String> header, int repeatedHeaders) {

        Inspected(Path file) {
            this(file, null, List.of(), 0);
        }
    }

    private UploadInspection() {
    }

    /** {@code scratch} is a directory of the caller's, removed by it, where a UTF-8 copy may be written. */
    static Inspected inspect(Path upload, DatasetFormat format, SqlToolConfig.Upload limits, Path scratch)
            throws IOException {
        switch (format) {
            case JSON, NDJSON -> {
                new JsonShape(limits.jsonMaxDepth(), limits.maxColumns()).check(upload);
                return new Inspected(upload);
            }
            case CSV, TSV -> {
                TextEncoding.Decoded text = TextEncoding.toUtf8(upload, scratch.resolve("utf8." + format.label()));
                CsvHeader header = CsvHeader.of(head(text.file()), format);
                if (header.names().size() > limits.maxColumns()) {
                    throw DatasetException.tooManyColumns("The header has " + header.names().size()
                            + " fields; at most " + limits.maxColumns() + " columns are accepted.");
                }
                RepeatedHeaders.Read read = RepeatedHeaders.leftOut(text.file(),
                        scratch.resolve("no-repeated-header." + format.label()));
                return new Inspected(read.file(), text.encoding(), header.names(), read.left());
            }
            default -> {
                return new Inspected(upload);
            }
        }
    }

    private static String head(Path utf8) throws IOException {
        char[] chars = new char[HEADER_SCAN_CHARS];
        try (Reader reader = Files.newBufferedReader(utf8, StandardCharsets.UTF_8)) {
            int n = reader.read(chars);
            return n < 0 ? "" : new String(chars, 0, n);
        }
    }
}
