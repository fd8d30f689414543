package occi.infrastructure.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.log.Logger;

/** An OSGi {@link Logger} that keeps what was logged at error and warn level, for assertions. */
final class RecordingLogger {

    final List<String> problems = new CopyOnWriteArrayList<>();

    Logger logger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "error", "warn" -> problems.add(method.getName() + ": " + args[0]);
                case "getName" -> {
                    return "test";
                }
                case "isErrorEnabled", "isWarnEnabled", "isInfoEnabled", "isDebugEnabled", "isTraceEnabled" -> {
                    return true;
                }
                default -> {
                    // info, debug, trace: not asserted on
                }
            }
            return null;
        });
    }
}
