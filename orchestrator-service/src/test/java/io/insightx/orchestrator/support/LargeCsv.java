package io.insightx.orchestrator.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated CSV of about the size asked for (sales by city and day), for upload tests and benchmarks. */
public final class LargeCsv {

    private static final String[] CITIES = {"Lyon", "Oslo", "Porto", "Gdansk", "Ghent", "Bergen", "Turin", "Malmo"};

    private LargeCsv() {
    }

    /** Writes the file and returns its row count. */
    public static long write(Path file, long bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        long rows = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "order_id,city,day,quantity,amount\n";
            out.write(header);
            written += header.length();
            while (written < bytes) {
                String line = rows + "," + CITIES[(int) (rows % CITIES.length)] + ",2024-" + twoDigits(1 + rows % 12) + "-"
                        + twoDigits(1 + rows % 28) + "," + (1 + rows % 9) + "," + (rows * 37 % 10_000) / 100.0 + "\n";
                out.write(line);
                written += line.length();
                rows++;
            }
        }
        return rows;
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }
}
