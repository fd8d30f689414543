package occi.bench.bare.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Response bodies of a given size, made once and shared: the bare endpoints must cost
 * nothing but the HTTP stack they run on, so they never build a body per request.
 */
final class Bodies {

    /** Larger bodies than any OCCI listing the benchmark compares with are refused. */
    static final int MAX_SIZE = 64 * 1024 * 1024;

    private static final byte[] LINE = "X-OCCI-Location: http://127.0.0.1/compute/00000000-0000-0000-0000-000000000000\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final ConcurrentMap<Integer, byte[]> bySize = new ConcurrentHashMap<>();

    /** A text body of exactly {@code size} bytes. */
    byte[] ofSize(int size) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE + ": " + size);
        }
        return bySize.computeIfAbsent(size, Bodies::make);
    }

    /** Parses the {@code size} query parameter; absent means a small default body. */
    static int parseSize(String size) {
        if (size == null || size.isEmpty()) {
            return LINE.length;
        }
        return Integer.parseInt(size);
    }

    private static byte[] make(int size) {
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = LINE[i % LINE.length];
        }
        return body;
    }
}
