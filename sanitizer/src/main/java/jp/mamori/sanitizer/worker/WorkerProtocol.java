package jp.mamori.sanitizer.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;

/**
 * The length-prefixed wire format between the pool and a worker, over the worker's stdin and stdout.
 *
 * <p>Request: {@code int job, string name, bytes content}. Response: {@code int magic, string detectedType,
 * bool blocked, (string reason | string mediaType, string extension, bytes content), int n, n × finding}.
 * A string is {@code int length + UTF-8}; bytes are {@code int length + raw}. Lengths are checked against a
 * cap on read, because the worker is the side that handles hostile input and may be subverted.
 */
final class WorkerProtocol {
    static final int RESPONSE_MAGIC = 0x4D414D52; // "MAMR": catches a worker that wrote stray output
    private static final int MAX_STRING_BYTES = 64 * 1024;
    private static final int MAX_FINDINGS = 100_000;

    private WorkerProtocol() {
    }

    record Request(int job, String name, byte[] content) {
    }

    static void writeRequest(DataOutputStream out, Request request) throws IOException {
        out.writeInt(request.job());
        writeString(out, request.name());
        writeBytes(out, request.content());
        out.flush();
    }

    /** Null at a clean end of input (the pool closed the pipe). */
    static Request readRequest(DataInputStream in, int maxBytes) throws IOException {
        int job;
        try {
            job = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        return new Request(job, readString(in), readBytes(in, maxBytes));
    }

    static void writeResponse(DataOutputStream out, Disarmed result) throws IOException {
        out.writeInt(RESPONSE_MAGIC);
        writeString(out, result.detectedType());
        out.writeBoolean(result.isBlocked());
        if (result.isBlocked()) {
            writeString(out, result.blockReason());
        } else {
            writeString(out, result.mediaType());
            writeString(out, result.extension());
            writeBytes(out, result.content());
        }
        out.writeInt(result.findings().size());
        for (Finding f : result.findings()) {
            writeString(out, f.location());
            writeString(out, f.kind().name());
            writeString(out, f.action().name());
            writeString(out, f.detail());
        }
        out.flush();
    }

    static Disarmed readResponse(DataInputStream in, int maxBytes) throws IOException {
        if (in.readInt() != RESPONSE_MAGIC) {
            throw new IOException("worker response out of frame");
        }
        String detectedType = readString(in);
        boolean blocked = in.readBoolean();
        String reason = null;
        String mediaType = null;
        String extension = null;
        byte[] content = null;
        if (blocked) {
            reason = readString(in);
        } else {
            mediaType = readString(in);
            extension = readString(in);
            content = readBytes(in, maxBytes);
        }
        int n = in.readInt();
        if (n < 0 || n > MAX_FINDINGS) {
            throw new IOException("implausible finding count " + n);
        }
        List<Finding> findings = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            try {
                findings.add(new Finding(readString(in), FindingKind.valueOf(readString(in)),
                        Action.valueOf(readString(in)), readString(in)));
            } catch (IllegalArgumentException unknownName) {
                throw new IOException("unknown finding kind or action from worker", unknownName);
            }
        }
        return new Disarmed(detectedType, content, mediaType, extension, findings, reason);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > MAX_STRING_BYTES) {
            // Truncate on a character boundary so the reader never sees broken UTF-8.
            String cut = s.substring(0, Math.min(s.length(), MAX_STRING_BYTES / 4));
            b = cut.getBytes(StandardCharsets.UTF_8);
        }
        writeBytes(out, b);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in, MAX_STRING_BYTES), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("frame length " + n + " outside 0.." + max);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
