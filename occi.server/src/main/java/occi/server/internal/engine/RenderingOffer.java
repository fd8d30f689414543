package occi.server.internal.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import occi.api.rendering.Rendering;

/**
 * A rendering service present now: the media types its service properties name, and a
 * way to get the service for one request (prototype renderings give a fresh instance;
 * the lease gives it back).
 *
 * @param name     how the log names it
 * @param produces media types of responses, preferred first
 * @param consumes media types of request bodies it reads
 * @param leases   gets the service for one request; empty when it has just gone away
 */
public record RenderingOffer(String name, List<String> produces, List<String> consumes, Supplier<Optional<Lease>> leases) {

    public RenderingOffer {
        Objects.requireNonNull(name, "name");
        produces = produces.stream().map(Negotiation::mediaTypeOf).filter(Objects::nonNull).toList();
        consumes = consumes.stream().map(Negotiation::mediaTypeOf).filter(Objects::nonNull).toList();
        Objects.requireNonNull(leases, "leases");
    }

    /** A rendering held for one request; closing it gives it back. */
    public interface Lease extends AutoCloseable {
        Rendering rendering();

        @Override
        void close();
    }

    /** An offer of an object that needs no giving back (tests, singletons). */
    public static RenderingOffer of(String name, List<String> produces, List<String> consumes, Rendering rendering) {
        Lease lease = new Lease() {
            @Override
            public Rendering rendering() {
                return rendering;
            }

            @Override
            public void close() {
                // a plain object has nothing to give back
            }
        };
        return new RenderingOffer(name, produces, consumes, () -> Optional.of(lease));
    }
}
