package confine.controller.internal.osgi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

/**
 * The controller's body limit, applied in front of the JAX-RS runtime, before anything reads the
 * body. The controller checks the limit itself too, but when it answers early (a 413, or a 403 to
 * an anonymous write) the JAX-RS runtime (CXF) first copies the rest of the body to a temporary
 * file: up to the platform's own, larger bound. Here a declared {@code Content-Length} over the
 * limit is answered 413 without reading anything, and a body without one (chunked) ends one byte
 * past the limit, so that the controller can tell it is too large and nothing copies the rest; the
 * answer asks to close the connection, as the rest of the body is not read as a body.
 */
final class BodyBoundFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LongSupplier maxBytes;

    /** The limit is read per request: the configuration may change it. */
    BodyBoundFilter(LongSupplier maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = maxBytes.getAsLong();
        if (http.getContentLengthLong() > limit) {
            byte[] body = JSON.writeValueAsBytes(Map.of("detail", "The request body is larger than this controller accepts ("
                    + limit + " bytes; the configuration's body.max.bytes)."));
            answer.setStatus(413);
            answer.setHeader("Connection", "close");
            answer.setContentType("application/json");
            answer.setContentLength(body.length);
            answer.getOutputStream().write(body);
            return;
        }
        chain.doFilter(new Bounded(http, answer, limit), response);
    }

    /** The request with a body that ends one byte past the limit. */
    static final class Bounded extends HttpServletRequestWrapper {
        private final HttpServletResponse response;
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, HttpServletResponse response, long limit) {
            super(request);
            this.response = response;
            this.limit = limit;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new EndingStream(super.getInputStream(), limit + 1, () -> {
                    if (!response.isCommitted()) {
                        response.setHeader("Connection", "close"); // the rest of the body stays unread
                    }
                });
            }
            return stream;
        }
    }

    /**
     * A body stream that ends (-1) after {@code end} bytes instead of failing: a reader that stops
     * at the end is the controller's (it has read one byte more than it accepts and answers 413), or
     * the JAX-RS runtime's copy of what is left, which then copies nothing.
     */
    static final class EndingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long end;
        private final Runnable onEnd;
        private long read;

        EndingStream(ServletInputStream in, long end, Runnable onEnd) {
            this.in = in;
            this.end = end;
            this.onEnd = onEnd;
        }

        @Override
        public int read() throws IOException {
            if (atEnd()) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (atEnd()) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, end - read));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        /** Marks the answer at once when the end is reached, before anyone answers. */
        private void counted(int n) {
            read += n;
            if (read >= end) {
                onEnd.run();
            }
        }

        private boolean atEnd() {
            return read >= end;
        }

        @Override
        public boolean isFinished() {
            return read >= end || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return read >= end || in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
