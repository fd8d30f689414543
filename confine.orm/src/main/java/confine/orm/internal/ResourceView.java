package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.RelatedCollection;
import confine.orm.Resource;
import confine.orm.ResourceCollection;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** The proxy behind {@link Resource#as(Class)}: method names become field names, return types conversions. */
final class ResourceView implements InvocationHandler {

    private final ResourceImpl resource;

    private ResourceView(ResourceImpl resource) {
        this.resource = resource;
    }

    static <T> T of(ResourceImpl resource, Class<T> view) {
        if (!view.isInterface()) {
            throw new IllegalArgumentException("A view is an interface: " + view.getName());
        }
        return view.cast(Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[] {view}, new ResourceView(resource)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Class<?> declaring = method.getDeclaringClass();
        if (declaring == Object.class || declaring == Resource.class) {
            try {
                return method.invoke(resource, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        String field = snake(method.getName());
        if (args != null && args.length == 1) {
            resource.set(field, args[0] != null && Proxy.isProxyClass(args[0].getClass())
                    && Proxy.getInvocationHandler(args[0]) instanceof ResourceView v ? v.resource : args[0]);
            return method.getReturnType().isInstance(proxy) ? proxy : null;
        }
        return convert(field, method.getReturnType());
    }

    private Object convert(String field, Class<?> type) {
        if (type == String.class) {
            return resource.string(field);
        }
        if (type == long.class || type == Long.class) {
            Long n = resource.number(field);
            // not `n == null && primitive ? 0L : n`: that ternary is a long, and unboxes a null n
            return n != null ? n : type.isPrimitive() ? Long.valueOf(0L) : null;
        }
        if (type == int.class || type == Integer.class) {
            Long n = resource.number(field);
            return n == null ? (type.isPrimitive() ? 0 : null) : Math.toIntExact(n);
        }
        if (type == boolean.class || type == Boolean.class) {
            Boolean b = resource.bool(field);
            return b != null ? b : type.isPrimitive() ? Boolean.FALSE : null;
        }
        if (type == JsonNode.class) {
            return resource.get(field);
        }
        if (type == RelatedCollection.class || type == ResourceCollection.class) {
            return resource.related(field);
        }
        if (type == Resource.class) {
            return resource.resource(field);
        }
        if (type.isInterface()) {
            Resource target = resource.resource(field);
            return target == null ? null : target.as(type);
        }
        throw new UnsupportedOperationException("A view cannot return " + type.getName() + " (field " + field + ")");
    }

    /** {@code mgmtNet} gives {@code mgmt_net}; {@code setState} gives {@code set_state}. */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
