package occi.bench.servlet.internal;

import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The container's own {@code ProtocolEngine}, reached through the {@code OcciServer} service
 * object. The engine's classes are private to {@code occi.server} (this experiment must not
 * change the container), so their public methods are called through method handles looked
 * up once per server object; they are public classes of an unnamed module, so no access check
 * stands in the way. The cost of a handle call is a few nanoseconds against tens of
 * microseconds per request.
 */
final class EngineHandle {

    private static final String ENGINE = "occi.server.internal.engine.";

    private final Object server;
    private final MethodHandle engine;
    private final MethodHandle handle;
    private final MethodHandle newCall;
    private final MethodHandle settings;
    private final MethodHandle maxBodyBytes;
    private final MethodHandle status;
    private final MethodHandle headers;
    private final MethodHandle contentLength;
    private final MethodHandle sendsBody;
    private final MethodHandle writeBody;

    EngineHandle(Object server) throws ReflectiveOperationException {
        this.server = server;
        ClassLoader loader = server.getClass().getClassLoader();
        Class<?> engineClass = loader.loadClass(ENGINE + "ProtocolEngine");
        Class<?> callClass = loader.loadClass(ENGINE + "HttpCall");
        Class<?> answerClass = loader.loadClass(ENGINE + "Answer");
        Class<?> settingsClass = loader.loadClass(ENGINE + "ServerSettings");
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        engine = generic(lookup.findVirtual(server.getClass(), "engine", MethodType.methodType(engineClass)));
        handle = generic(lookup.findVirtual(engineClass, "handle", MethodType.methodType(answerClass, callClass)));
        newCall = generic(lookup.findConstructor(callClass, MethodType.methodType(void.class, String.class, String.class, Map.class,
                Map.class, byte[].class, URI.class, String.class, Map.class)));
        settings = generic(lookup.findVirtual(engineClass, "settings", MethodType.methodType(settingsClass)));
        maxBodyBytes = generic(lookup.findVirtual(settingsClass, "maxBodyBytes", MethodType.methodType(long.class)));
        status = generic(lookup.findVirtual(answerClass, "status", MethodType.methodType(int.class)));
        headers = generic(lookup.findVirtual(answerClass, "headers", MethodType.methodType(List.class)));
        contentLength = generic(lookup.findVirtual(answerClass, "contentLength", MethodType.methodType(long.class)));
        sendsBody = generic(lookup.findVirtual(answerClass, "sendsBody", MethodType.methodType(boolean.class)));
        writeBody = generic(lookup.findVirtual(answerClass, "writeBody", MethodType.methodType(void.class, OutputStream.class)));
    }

    /** Object in place of the engine's own classes, so that the handles can be called from here. */
    private static MethodHandle generic(MethodHandle target) {
        MethodType type = target.type();
        for (int i = 0; i < type.parameterCount(); i++) {
            if (!type.parameterType(i).isPrimitive() && type.parameterType(i).getName().startsWith(ENGINE)
                    || i == 0 && type.parameterType(0).getName().startsWith("occi.server.")) {
                type = type.changeParameterType(i, Object.class);
            }
        }
        if (!type.returnType().isPrimitive() && type.returnType().getName().startsWith("occi.server.")) {
            type = type.changeReturnType(Object.class);
        }
        return target.asType(type);
    }

    Object server() {
        return server;
    }

    long maxBodyBytes() throws Throwable {
        return (long) maxBodyBytes.invoke(settings.invoke(engine.invoke(server)));
    }

    /** The engine's answer to one request: an {@code Answer}, to be read with the methods below and closed. */
    Object handle(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headerLines,
            byte[] body, URI root, String principal, Map<String, Object> extras) throws Throwable {
        Object call = newCall.invoke(method, path, query, headerLines, body, root, principal, extras);
        return handle.invoke(engine.invoke(server), call);
    }

    int status(Object answer) throws Throwable {
        return (int) status.invoke(answer);
    }

    @SuppressWarnings("unchecked")
    List<Map.Entry<String, String>> headers(Object answer) throws Throwable {
        return (List<Map.Entry<String, String>>) headers.invoke(answer);
    }

    long contentLength(Object answer) throws Throwable {
        return (long) contentLength.invoke(answer);
    }

    boolean sendsBody(Object answer) throws Throwable {
        return (boolean) sendsBody.invoke(answer);
    }

    void writeBody(Object answer, OutputStream out) throws Throwable {
        writeBody.invoke(answer, out);
    }
}
