package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.Part;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Lets the web console's bundle upload form work. The console reads the form's
 * fields ({@code action}, {@code bundlestart}) with {@code getParameter}, but Felix
 * HTTP 4.2 parses multipart bodies only in {@code getParts()}, so the console saw no
 * action and answered 405. This filter, on the console's servlet context only,
 * exposes a multipart request's text fields as parameters as well.
 */
@Component(service = Filter.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=org.apache.felix.webconsole)")
@HttpWhiteboardFilterPattern("/*")
public class ConsoleUploadFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && isMultipartForm(http)) {
            chain.doFilter(new MultipartFormFields(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean isMultipartForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equalsIgnoreCase(request.getMethod())
                && type != null && type.toLowerCase().startsWith("multipart/form-data");
    }

    /** The request, with the text fields of its multipart body among its parameters. */
    static final class MultipartFormFields extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        MultipartFormFields(HttpServletRequest request) throws IOException, ServletException {
            super(request);
            Map<String, List<String>> merged = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> merged.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values)));
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null) {
                    String value = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    merged.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(value);
                }
            }
            Map<String, String[]> result = new LinkedHashMap<>();
            merged.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(result);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
