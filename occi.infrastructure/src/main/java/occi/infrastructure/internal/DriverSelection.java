package occi.infrastructure.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import occi.api.CategoryId;
import occi.infrastructure.spi.InfrastructureDriver;
import org.osgi.framework.Constants;
import org.osgi.util.converter.Converters;

/**
 * The drivers bound right now and, for each kind, the one in charge: the highest
 * {@code service.ranking}, ties to the lowest {@code service.id} (the OSGi rule). Safe
 * under concurrent bind, update, unbind and lookups: the list is copied on write and every
 * lookup reads one snapshot.
 */
final class DriverSelection {

    /** A bound driver with the service properties that decide the choice. */
    record Candidate(InfrastructureDriver driver, long serviceId, int ranking, Set<String> kinds) {

        static Candidate of(InfrastructureDriver driver, Map<String, ?> properties) {
            return new Candidate(driver, ((Number) properties.get(Constants.SERVICE_ID)).longValue(),
                    properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0,
                    Set.copyOf(strings(properties.get(InfrastructureDriver.DRIVES))));
        }

        boolean drives(CategoryId kind) {
            return kinds.contains(kind.toString());
        }

        /** A string, an array or a collection of kinds, read by the OSGi Converter; blanks name no kind. */
        private static List<String> strings(Object value) {
            return Arrays.stream(Converters.standardConverter().convert(value).to(String[].class))
                    .filter(s -> !s.isBlank()).toList();
        }
    }

    /** Best first: higher ranking, then lower service id. */
    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::ranking).reversed()
            .thenComparingLong(Candidate::serviceId);

    private final List<Candidate> candidates = new CopyOnWriteArrayList<>();

    /** Adds a driver, or replaces its entry when its properties changed. */
    void bind(Candidate candidate) {
        candidates.removeIf(c -> c.serviceId() == candidate.serviceId());
        candidates.add(candidate);
    }

    void unbind(long serviceId) {
        candidates.removeIf(c -> c.serviceId() == serviceId);
    }

    /** The driver in charge of a kind, if any. */
    Optional<Candidate> driverFor(CategoryId kind) {
        return candidates.stream().filter(c -> c.drives(kind)).min(PREFERENCE);
    }

    /** Every bound driver, best first. */
    List<Candidate> all() {
        return candidates.stream().sorted(PREFERENCE).toList();
    }
}
