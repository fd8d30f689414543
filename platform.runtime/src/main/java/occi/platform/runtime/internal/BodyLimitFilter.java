package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One bound on every request body, below the applications' own (smaller) limits. A body declared
 * larger is answered 413 here, before anything reads it; a body without a declared length stops
 * being readable past the bound. Without it the JAX-RS runtime (CXF), when an application answers
 * before reading a body (a 401, 403 or 413), copies the rest of the body to a temporary file
 * before it sends the answer: a client announcing gigabytes kept a worker busy and filled the disk.
 */
@Component(service = Filter.class, configurationPid = BodyLimitFilter.PID,
        property = Constants.SERVICE_RANKING + ":Integer=" + BodyLimitFilter.RANKING)
@Designate(ocd = BodyLimitFilter.Config.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterPattern("/*")
public class BodyLimitFilter implements Filter {

    static final String PID = "occi.platform.body";
    /** After the exposure guard and the same-origin check. */
    static final int RANKING = 500;

    @ObjectClassDefinition(name = "Platform request body limit", description = "The largest request body any "
            + "servlet of the platform reads (applications have their own, smaller limits).")
    public @interface Config {
        @AttributeDefinition(name = "Largest request body (bytes)", min = "0",
                description = "Bodies declared larger get 413 before they are read; others stop being readable past it.")
        long max_bytes() default 64L * 1024 * 1024;
    }

    private volatile long maxBytes;

    @Activate
    public BodyLimitFilter(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.maxBytes = Math.max(0, config.max_bytes());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = maxBytes;
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            if (http.getContentLengthLong() > limit) {
                answer.setStatus(413);
                answer.setHeader("Connection", "close");
                answer.setContentType("text/plain;charset=UTF-8");
                byte[] body = ("The request body is larger than this server accepts (" + limit + " bytes).")
                        .getBytes(StandardCharsets.UTF_8);
                answer.setContentLength(body.length);
                answer.getOutputStream().write(body);
                return;
            }
            chain.doFilter(new Bounded(http, limit), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request with a body stream that fails past the bound. */
    static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            check();
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                read += n;
            }
            return n;
        }

        /** One byte past the limit may be read (so that a reader can tell "too large"), none after it. */
        private void check() throws IOException {
            if (read > limit) {
                throw new IOException("the request body is larger than this server accepts (" + limit + " bytes)");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
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
