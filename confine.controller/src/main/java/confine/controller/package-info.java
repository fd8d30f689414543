/**
 * The local CONFINE controller: an in-memory development testbed that answers the CONFINE
 * REST API (base resource and its Link relations, collections, resources, actions, token
 * authentication, filters and paging) so that clients can be developed and tested without a
 * real testbed.
 *
 * <p>Inside the platform's container a component serves it on the JAX-RS whiteboard at
 * {@code /confine/api/} and registers a {@link confine.controller.ConfineController} service.
 * Outside OSGi, {@link confine.controller.LocalController} starts one on the JDK's HTTP server,
 * in-process (tests) or as a plain process ({@code main}).
 *
 * <pre>
 * try (LocalController controller = LocalController.start(ControllerOptions.defaults())) {
 *     URI base = controller.baseUri();                     // http://127.0.0.1:PORT/confine/api/
 *     controller.testbed().generate(100, 10, 3);           // 100 nodes, 10 slices, 3 slivers each
 *     controller.testbed().addCollection("gateway", "gateways");   // a new relation: gateway-list
 *     ObjectNode sliver = controller.testbed().create("slivers", fields);  // URIs relative to base
 *     controller.faults().failNext(2, 503);                 // the next two requests answer 503
 *     controller.faults().latency(Duration.ofMillis(50));   // every request waits 50 ms
 *     String token = controller.testbed().token("vct");     // or POST to do-get-auth-token
 * }
 * </pre>
 *
 * Documents handed to and returned by {@link confine.controller.Testbed} are the API's JSON
 * documents with every URI relative to the API base ({@code {"uri": "groups/2/"}}); over HTTP the
 * controller makes them absolute from the request's host and the configured base path.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package confine.controller;
