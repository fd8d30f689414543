package occi.server.itest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import occi.server.itest.deployed.DeployedBackend;

/** Writes a real backend bundle: {@link DeployedBackend} with a Declarative Services descriptor, importing only the OCCI API. */
final class BackendBundle {

    static final String COMPONENT = "occi.itest.deployed.backend";

    private BackendBundle() {}

    static Path write(Path file, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "occi.api;version=\"[1.0,2)\",occi.api.backend;version=\"[1.0,2)\"");
        main.putValue("Service-Component", "OSGI-INF/backend.xml");
        String classFile = DeployedBackend.class.getName().replace('.', '/') + ".class";
        String descriptor = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + COMPONENT + "\" immediate=\"true\">\n"
                + "  <implementation class=\"" + DeployedBackend.class.getName() + "\"/>\n"
                + "  <service><provide interface=\"occi.api.backend.KindBackend\"/></service>\n"
                + "</scr:component>\n";
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest);
                InputStream code = DeployedBackend.class.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry(classFile));
            code.transferTo(jar);
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("OSGI-INF/backend.xml"));
            jar.write(descriptor.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }
}
