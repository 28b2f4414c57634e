package io.insightx.sqltool.dataset;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lines of a CSV that repeat its header after the first, as an export stitched together from pages writes them:
 * left out before DuckDB reads the file, or every column would be typed as text to hold the header's words and no
 * figure could be summed. Only a line equal to the header line, outside any quoted field, is such a line. The file is
 * streamed a character at a time and no more of a line is held than the header's length, so a line of a gigabyte
 * costs no memory.
 */
final class RepeatedHeaders {

    /** Longer header lines are left to DuckDB as they are. */
    private static final int LONGEST_HEADER = 1 << 20;

    /** The file to read on (a copy without the repeated lines, or the file itself) and how many lines were left out. */
    record Read(Path file, int left) {
    }

    private RepeatedHeaders() {
    }

    /** {@code utf8} is the upload as UTF-8 text; a copy, when one is needed, is written as {@code copy}. */
    static Read leftOut(Path utf8, Path copy) throws IOException {
        int repeated = scan(utf8, Writer.nullWriter());
        if (repeated == 0) {
            return new Read(utf8, 0);
        }
        try (BufferedWriter out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            scan(utf8, out);
        }
        return new Read(copy, repeated);
    }

    /** Counts the lines after the first that repeat it, writing every other line to {@code out}. */
    private static int scan(Path file, Writer out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = header(in);
            if (header == null) {
                return 0;
            }
            out.write(header); // as written, its "\r" too: the copy keeps the file's line breaks
            out.write('\n');
            String plain = header.replaceFirst("\r$", "");
            Line line = new Line(plain.startsWith("\uFEFF") ? plain.substring(1) : plain, out);
            int repeated = 0;
            char[] chunk = new char[1 << 16];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        repeated += line.end(true);
                    } else {
                        line.add(chunk[i]);
                    }
                }
            }
            return repeated + line.end(false);
        }
    }

    /** The first line without its "\n", or null when it is too long, empty or ends inside a quoted field. */
    private static String header(BufferedReader in) throws IOException {
        StringBuilder header = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (header.length() == LONGEST_HEADER) {
                return null;
            }
            header.append((char) c);
        }
        String line = header.toString();
        return line.isBlank() || line.chars().filter(c -> c == '"').count() % 2 != 0 ? null : line;
    }

    /** The line being read: held while it may still equal the header, written through as soon as it cannot. */
    private static final class Line {
        private final String header;
        private final Writer out;
        private final StringBuilder held = new StringBuilder();
        private boolean any;
        private boolean unlike; // longer than the header or unlike it
        private boolean quoted; // inside a quoted field, which may run on to the next line
        private boolean startedQuoted;

        Line(String header, Writer out) {
            this.header = header;
            this.out = out;
        }

        void add(char c) throws IOException {
            any = true;
            quoted ^= c == '"';
            if (unlike) {
                out.write(c);
                return;
            }
            int at = held.length();
            held.append(c);
            if (!(at < header.length() && header.charAt(at) == c || c == '\r' && at == header.length())) {
                out.append(held);
                held.setLength(0);
                unlike = true;
            }
        }

        /**
         * Ends the line at its line break, or at the end of the file ({@code broken} false): 1 when it repeated the
         * header and was left out, else 0 once it is written as it was.
         */
        int end(boolean broken) throws IOException {
            if (!broken && !any) {
                return 0;
            }
            boolean repeat = !unlike && !startedQuoted && held.toString().replaceFirst("\r$", "").equals(header);
            if (!repeat) {
                out.append(held);
                if (broken) {
                    out.write('\n');
                }
            }
            held.setLength(0);
            any = false;
            unlike = false;
            startedQuoted = quoted;
            return repeat ? 1 : 0;
        }
    }
}
