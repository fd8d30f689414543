package confine.orm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link Api} session talks to its controller. Immutable; made with
 * {@link #builder()}.
 *
 * <pre>
 * ApiOptions options = ApiOptions.builder()
 *         .maxInFlightPerHost(16)                  // requests under way at once to one host
 *         .identityMapExpiry(Duration.ofMinutes(5)) // or noIdentityMapExpiry()
 *         .credentials("vct", "vct")               // log in on first retrieval
 *         .build();
 * Api api = Api.of(URI.create("http://127.0.0.1:8080/confine/api/"), options);
 * </pre>
 */
public final class ApiOptions {

    private static final ApiOptions DEFAULTS = builder().build();

    private final int maxInFlightPerHost;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration retryBackoff;
    private final Duration identityMapExpiry;
    private final boolean serverSideFiltering;
    private final boolean patchOnSave;
    private final int pageSize;
    private final String username;
    private final String password;
    private final String token;

    private ApiOptions(Builder b) {
        this.maxInFlightPerHost = b.maxInFlightPerHost;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.maxRetries = b.maxRetries;
        this.retryBackoff = b.retryBackoff;
        this.identityMapExpiry = b.identityMapExpiry;
        this.serverSideFiltering = b.serverSideFiltering;
        this.patchOnSave = b.patchOnSave;
        this.pageSize = b.pageSize;
        this.username = b.username;
        this.password = b.password;
        this.token = b.token;
    }

    /** 8 requests in flight per host, 10 s to connect, 30 s per request, 3 retries from 100 ms, 60 s expiry. */
    public static ApiOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxInFlightPerHost = maxInFlightPerHost;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.maxRetries = maxRetries;
        b.retryBackoff = retryBackoff;
        b.identityMapExpiry = identityMapExpiry;
        b.serverSideFiltering = serverSideFiltering;
        b.patchOnSave = patchOnSave;
        b.pageSize = pageSize;
        b.username = username;
        b.password = password;
        b.token = token;
        return b;
    }

    /** Requests under way at once to one host (scheme, host and port); more wait their turn. */
    public int maxInFlightPerHost() {
        return maxInFlightPerHost;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long one attempt of one request may take before it fails (or is retried). */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Retries of an idempotent request (GET, PUT, DELETE) after a 502, 503, 504 or an I/O error; never of a POST. */
    public int maxRetries() {
        return maxRetries;
    }

    /** The wait before the first retry; it doubles on each further one. */
    public Duration retryBackoff() {
        return retryBackoff;
    }

    /** How long a resource object stays fresh; empty when entries never expire. */
    public Optional<Duration> identityMapExpiry() {
        return Optional.ofNullable(identityMapExpiry);
    }

    /** Whether equality lookups are sent to the controller as query parameters (where it supports them). */
    public boolean serverSideFiltering() {
        return serverSideFiltering;
    }

    /** Whether {@code save()} sends a PATCH of the changed fields (true) or a PUT of the whole resource. */
    public boolean patchOnSave() {
        return patchOnSave;
    }

    /** The page size asked of the controller ({@code per_page}); 0 leaves it to the controller. */
    public int pageSize() {
        return pageSize;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    @Override
    public String toString() {
        return "ApiOptions[maxInFlightPerHost=" + maxInFlightPerHost + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", maxRetries=" + maxRetries + ", retryBackoff=" + retryBackoff
                + ", identityMapExpiry=" + (identityMapExpiry == null ? "never" : identityMapExpiry)
                + ", serverSideFiltering=" + serverSideFiltering + ", patchOnSave=" + patchOnSave + ", pageSize=" + pageSize
                + ", username=" + username + ", token=" + (token == null ? "none" : "***") + "]";
    }

    /** Builds {@link ApiOptions}; every setter checks its argument. */
    public static final class Builder {
        private int maxInFlightPerHost = 8;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int maxRetries = 3;
        private Duration retryBackoff = Duration.ofMillis(100);
        private Duration identityMapExpiry = Duration.ofSeconds(60);
        private boolean serverSideFiltering = true;
        private boolean patchOnSave = true;
        private int pageSize;
        private String username;
        private String password;
        private String token;

        private Builder() {
        }

        public Builder maxInFlightPerHost(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxInFlightPerHost must be at least 1: " + max);
            }
            this.maxInFlightPerHost = max;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        public Builder retryBackoff(Duration backoff) {
            Objects.requireNonNull(backoff, "retryBackoff");
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("retryBackoff must not be negative: " + backoff);
            }
            this.retryBackoff = backoff;
            return this;
        }

        /** Entries older than this are refreshed when next reached. */
        public Builder identityMapExpiry(Duration expiry) {
            this.identityMapExpiry = positive(expiry, "identityMapExpiry");
            return this;
        }

        /** Entries never expire: a resource is fetched again only on {@code refresh()}. */
        public Builder noIdentityMapExpiry() {
            this.identityMapExpiry = null;
            return this;
        }

        public Builder serverSideFiltering(boolean enabled) {
            this.serverSideFiltering = enabled;
            return this;
        }

        public Builder patchOnSave(boolean patch) {
            this.patchOnSave = patch;
            return this;
        }

        /** Ask the controller for pages of this many resources (pages are followed); 0 leaves it to the controller. */
        public Builder pageSize(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("pageSize must not be negative: " + size);
            }
            this.pageSize = size;
            return this;
        }

        /** Log in with these on the first retrieval of the Api. */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Send this token from the first request on. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public ApiOptions build() {
            return new ApiOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
