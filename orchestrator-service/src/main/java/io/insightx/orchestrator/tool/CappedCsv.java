package io.insightx.orchestrator.tool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a CSV export (header first) up to a byte cap, keeping whole records only: past the cap the file is cut after
 * the last record that fits, so the reader on the other side never sees half a row. A newline inside a quoted field
 * is part of its record, not the end of one.
 */
final class CappedCsv {

    private CappedCsv() {
    }

    static PythonInput read(InputStream in, long capBytes) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        boolean quoted = false;
        long records = 0;
        int lastEnd = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (kept.size() >= capBytes) {
                    byte[] whole = Arrays.copyOf(kept.toByteArray(), lastEnd);
                    return new PythonInput(whole, Math.max(0, records - 1), true, capBytes);
                }
                kept.write(b);
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    records++;
                    lastEnd = kept.size();
                }
            }
        }
        byte[] all = kept.toByteArray();
        if (all.length > lastEnd) {
            // A last record without its newline is still a record.
            records++;
        }
        return new PythonInput(all, Math.max(0, records - 1), false, capBytes);
    }
}
