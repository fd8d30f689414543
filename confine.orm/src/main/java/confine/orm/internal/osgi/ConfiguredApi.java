package confine.orm.internal.osgi;

import confine.orm.Api;
import confine.orm.ApiOptions;
import confine.orm.internal.ApiImpl;
import java.net.URI;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One {@link Api} service per factory configuration {@code confine.orm.api~<name>}
 * (for example {@code conf/confine.orm.api~testbed.cfg} with {@code base.url=...}).
 * Nothing is fetched until the service is used.
 */
@Designate(ocd = ApiConfig.class, factory = true)
@Component(configurationPid = "confine.orm.api", configurationPolicy = ConfigurationPolicy.REQUIRE, service = Api.class)
public class ConfiguredApi extends ApiImpl {

    @Activate
    public ConfiguredApi(ApiConfig config) {
        super(URI.create(config.base_url()), options(config));
    }

    static ApiOptions options(ApiConfig config) {
        ApiOptions.Builder b = ApiOptions.builder()
                .maxInFlightPerHost(config.max_in_flight_per_host())
                .requestTimeout(Duration.ofSeconds(config.request_timeout_seconds()))
                .maxRetries(config.max_retries());
        if (config.identity_map_expiry_seconds() > 0) {
            b.identityMapExpiry(Duration.ofSeconds(config.identity_map_expiry_seconds()));
        } else {
            b.noIdentityMapExpiry();
        }
        if (!config._token().isEmpty()) {
            b.token(config._token());
        } else if (!config.username().isEmpty()) {
            b.credentials(config.username(), config._password());
        }
        return b.build();
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
