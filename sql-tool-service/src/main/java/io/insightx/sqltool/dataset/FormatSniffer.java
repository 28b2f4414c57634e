package io.insightx.sqltool.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells an upload's format from its first bytes; the file name only settles CSV versus TSV. */
public final class FormatSniffer {

    private static final int HEAD = 64 * 1024;

    private FormatSniffer() {
    }

    public static DatasetFormat detect(Path file, String fileName) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length == 0) {
            throw DatasetException.unreadable("The file is empty.");
        }
        if (startsWith(head, "PAR1")) {
            return DatasetFormat.PARQUET;
        }
        if (startsWith(head, "PK\u0003\u0004")) {
            throw DatasetException.unsupportedFormat(
                    "Spreadsheets and zip archives are not supported; export the sheet as CSV and upload that.");
        }
        for (byte b : head) {
            if (b == 0) {
                throw DatasetException.unsupportedFormat(
                        "The file is binary, not CSV, TSV, JSON, NDJSON or Parquet.");
            }
        }
        String text = new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
        if (text.isEmpty()) {
            throw DatasetException.unreadable("The file holds only white space.");
        }
        if (text.charAt(0) == '[') {
            return DatasetFormat.JSON;
        }
        if (text.charAt(0) == '{') {
            return DatasetFormat.NDJSON;
        }
        return isTabSeparated(fileName, text) ? DatasetFormat.TSV : DatasetFormat.CSV;
    }

    private static boolean isTabSeparated(String fileName, String text) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return true;
        }
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 && firstLine.indexOf(';') < 0;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
