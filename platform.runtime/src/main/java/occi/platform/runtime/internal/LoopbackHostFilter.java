package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
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
 * DNS rebinding protection. On loopback the platform serves anonymous callers and the web console
 * takes its shipped {@code admin}/{@code admin}; a page of any web site can reach it there by having
 * its own name resolve to 127.0.0.1 for a moment: the browser then takes the platform for that
 * site, sends its {@code Origin} and {@code Host} alike (so the same-origin check passes), lets the
 * page read the answers and set {@code Authorization} itself. What gives such a request away is its
 * {@code Host}: the other site's name. A request that arrived on a loopback address is therefore
 * served only when its {@code Host} names loopback ({@code localhost}, {@code *.localhost},
 * {@code 127.0.0.0/8}, {@code [::1]}) or one of the configured {@code allowed.hosts} (a reverse proxy
 * on this host that forwards its own public name); otherwise {@code 421} with a message saying why.
 * Requests that arrived on another address are not looked at: there credentials are required.
 */
@Component(service = Filter.class, configurationPid = LoopbackHostFilter.PID,
        property = Constants.SERVICE_RANKING + ":Integer=" + LoopbackHostFilter.RANKING)
@Designate(ocd = LoopbackHostFilter.Config.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterPattern("/*")
public class LoopbackHostFilter implements Filter {

    static final String PID = "occi.platform.hosts";
    /** After the syntax check, before everything that looks at who is asking. */
    static final int RANKING = Integer.MAX_VALUE - 200;
    static final int MISDIRECTED = 421;

    @ObjectClassDefinition(name = "Platform host names on loopback", description = "Requests that arrive on a loopback "
            + "address are served only for a loopback Host (localhost, 127.0.0.1, [::1]) or one of these names: a page of "
            + "another site reaching the platform through DNS rebinding is refused.")
    public @interface Config {
        @AttributeDefinition(name = "Allowed host names", required = false,
                description = "Further Host names (without port) served on loopback, e.g. the public name a reverse proxy on this host forwards.")
        String[] allowed_hosts() default {};
    }

    private volatile Set<String> allowed = Set.of();

    @Activate
    public LoopbackHostFilter(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        allowed = Stream.of(config.allowed_hosts()).map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && Loopback.host(http.getLocalAddr())) {
            Optional<String> refusal = refusal(Collections.list(http.getHeaders("Host")), allowed);
            if (refusal.isPresent()) {
                byte[] body = refusal.get().getBytes(StandardCharsets.UTF_8);
                answer.setStatus(MISDIRECTED);
                answer.setContentType("text/plain;charset=UTF-8");
                answer.setContentLength(body.length);
                answer.getOutputStream().write(body);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Why a request that arrived on loopback with these Host headers is refused, if it is. */
    static Optional<String> refusal(List<String> hosts, Set<String> allowed) {
        for (String host : hosts) {
            String name = name(host);
            if (!name.isEmpty() && !Loopback.host(name) && !name.endsWith(".localhost") && !allowed.contains(name)) {
                return Optional.of("Host " + ClientErrorMapper.shown(host) + " is not a name of this server: on loopback it"
                        + " answers to localhost, 127.0.0.1 and [::1] only, so that a page of another site cannot reach it"
                        + " by DNS rebinding. To serve this name (a reverse proxy on this host), add it to allowed.hosts"
                        + " (configuration " + PID + ").");
            }
        }
        return Optional.empty();
    }

    /** The host of a Host header, lower case, without port or the final dot of a fully qualified name. */
    static String name(String host) {
        String value = host.strip().toLowerCase(Locale.ROOT);
        String name;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            name = end < 0 ? value : value.substring(0, end + 1);
        } else {
            int colon = value.lastIndexOf(':');
            name = colon < 0 ? value : value.substring(0, colon);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
