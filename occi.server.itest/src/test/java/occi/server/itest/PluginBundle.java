package occi.server.itest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes a real plugin bundle as a third party ships one: one class of {@code
 * occi.server.itest.deployed} with a Declarative Services descriptor providing one OCCI
 * service interface with the given properties, importing only the OCCI API.
 */
final class PluginBundle {

    private PluginBundle() {}

    static Path write(Path file, String symbolicName, Class<?> implementation, Class<?> service, Map<String, String> properties)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "occi.api;version=\"[1.0,2)\",occi.api.backend;version=\"[1.0,2)\","
                + "occi.api.rendering;version=\"[1.0,2)\"");
        main.putValue("Service-Component", "OSGI-INF/component.xml");
        StringBuilder descriptor = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + symbolicName + "\" immediate=\"true\">\n"
                + "  <implementation class=\"" + implementation.getName() + "\"/>\n");
        properties.forEach((name, value) -> descriptor.append("  <property name=\"").append(name).append("\" value=\"").append(value)
                .append("\"/>\n"));
        descriptor.append("  <service><provide interface=\"").append(service.getName()).append("\"/></service>\n</scr:component>\n");
        String classFile = implementation.getName().replace('.', '/') + ".class";
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest);
                InputStream code = implementation.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            code.transferTo(jar);
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
            jar.write(descriptor.toString().getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }
}
