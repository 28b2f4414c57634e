package io.insightx.sqltool.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Reads text uploads in the encoding they were written in. UTF-8 (and its ASCII subset) is kept as it is; anything
 * else is detected with ICU's {@link CharsetDetector} and rewritten as UTF-8, the only encoding DuckDB reads.
 * Bytes the detected encoding cannot decode are refused with the line they are on.
 */
final class TextEncoding {

    private static final int DETECTION_SAMPLE = 1 << 20;
    private static final int BUFFER = 1 << 16;

    private TextEncoding() {
    }

    /** The upload as UTF-8 text: the file itself when it already is, else a UTF-8 copy written to {@code copy}. */
    record Decoded(Path file, String encoding) {
        boolean converted() {
            return !StandardCharsets.UTF_8.name().equals(encoding);
        }
    }

    static Decoded toUtf8(Path source, Path copy) throws IOException {
        if (decodes(source, StandardCharsets.UTF_8)) {
            return new Decoded(source, StandardCharsets.UTF_8.name());
        }
        Charset charset = detect(source);
        transcode(source, charset, copy);
        return new Decoded(copy, charset.name());
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                strict(charset)), BUFFER)) {
            char[] buffer = new char[BUFFER];
            while (reader.read(buffer) >= 0) {
                // Reading is the check: a malformed sequence throws.
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset detect(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(DETECTION_SAMPLE);
        }
        CharsetMatch match = new CharsetDetector().setText(sample).detect();
        if (match == null || !Charset.isSupported(match.getName())) {
            throw DatasetException.undecodable("The file is not UTF-8 and its encoding could not be told; "
                    + "save it as UTF-8 and upload it again.");
        }
        return Charset.forName(match.getName());
    }

    /** Decodes strictly, buffer by buffer, counting lines so that a malformed byte is reported with its line. */
    private static void transcode(Path source, Charset charset, Path target) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER * 2);
        long line = 1;
        try (ReadableByteChannel channel = Files.newByteChannel(source);
                Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end);
                    out.flip();
                    line += newlines(out);
                    writer.append(out);
                    out.clear();
                    if (result.isError()) {
                        throw DatasetException.undecodable("The file reads as " + charset.name() + ", but line "
                                + line + " holds bytes that are not " + charset.name()
                                + "; save the file as UTF-8 and upload it again.");
                    }
                } while (result.isOverflow());
                in.compact();
            }
            decoder.flush(out);
            out.flip();
            writer.append(out);
        }
    }

    private static long newlines(CharBuffer chars) {
        long count = 0;
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
