package io.newsaggregator.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Immutable settings of {@link JdkHttpPageFetcher}. Start from {@link #defaults()} (or
 * {@link #builder()}) and change what you need with the {@code withX} methods or the builder.
 *
 * @param userAgent           User-Agent header; its product token (the part before the first
 *                            {@code /}) is the name matched against robots.txt groups
 * @param connectTimeout      time allowed to open a connection
 * @param requestTimeout      time allowed for one attempt, from sending until the body is read
 * @param maxBodyBytes        largest body accepted as sent on the wire
 * @param maxDecodedBytes     largest body accepted after gzip/deflate decoding
 * @param maxRedirects        redirects followed before giving up
 * @param maxAttempts         attempts per URL for retryable failures (timeouts, connection
 *                            failures, 429, 5xx); 1 disables retries
 * @param backoffBase         first backoff ceiling; doubles per attempt, full jitter
 * @param backoffMax          largest backoff ceiling
 * @param maxRetryAfter       longest {@code Retry-After} we are willing to wait; a longer one
 *                            fails the fetch at once
 * @param perHostConcurrency  requests in flight to one host at a time
 * @param perHostMinInterval  minimum time between the starts of two requests to one host
 * @param robotsEnforced      whether robots.txt is fetched and honoured
 * @param robotsCacheTtl      how long a fetched robots.txt is trusted
 * @param robotsFailureTtl    how long a site whose robots.txt answered 5xx or was unreachable is
 *                            treated as disallowed before robots.txt is tried again
 * @param maxCrawlDelay       cap on a robots.txt {@code Crawl-delay}
 * @param allowedNetworks     CIDRs (for example {@code 127.0.0.0/8} in tests, or an intranet)
 *                            exempt from the address policy; everything else non-public stays refused
 */
public record HttpFetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxBodyBytes,
        int maxDecodedBytes,
        int maxRedirects,
        int maxAttempts,
        Duration backoffBase,
        Duration backoffMax,
        Duration maxRetryAfter,
        int perHostConcurrency,
        Duration perHostMinInterval,
        boolean robotsEnforced,
        Duration robotsCacheTtl,
        Duration robotsFailureTtl,
        Duration maxCrawlDelay,
        List<String> allowedNetworks) {

    /** The default User-Agent. */
    public static final String DEFAULT_USER_AGENT = "news-aggregator/0.1 (+https://github.com/news-aggregator)";

    private static final int MAX_BUFFER = Integer.MAX_VALUE - 16;

    public HttpFetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requireRange(maxBodyBytes, 0, MAX_BUFFER, "maxBodyBytes");
        requireRange(maxDecodedBytes, 0, MAX_BUFFER, "maxDecodedBytes");
        requireRange(maxRedirects, 0, 50, "maxRedirects");
        requireRange(maxAttempts, 1, 20, "maxAttempts");
        requireNotNegative(backoffBase, "backoffBase");
        requireNotNegative(backoffMax, "backoffMax");
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
        requireRange(perHostConcurrency, 1, 1000, "perHostConcurrency");
        requireNotNegative(perHostMinInterval, "perHostMinInterval");
        requireNotNegative(robotsCacheTtl, "robotsCacheTtl");
        requireNotNegative(robotsFailureTtl, "robotsFailureTtl");
        requireNotNegative(maxCrawlDelay, "maxCrawlDelay");
        allowedNetworks = List.copyOf(Objects.requireNonNull(allowedNetworks, "allowedNetworks"));
        for (String cidr : allowedNetworks) {
            Cidr.parse(cidr); // fail fast on a typo, not on the first fetch
        }
    }

    /** Defaults fit for crawling public news sites politely. */
    public static HttpFetchSettings defaults() {
        return new HttpFetchSettings(
                DEFAULT_USER_AGENT,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                10 * 1024 * 1024,
                20 * 1024 * 1024,
                5,
                3,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                Duration.ofSeconds(120),
                2,
                Duration.ofSeconds(1),
                true,
                Duration.ofHours(24),
                Duration.ofMinutes(30),
                Duration.ofSeconds(30),
                List.of());
    }

    /** The lower-case product token of the User-Agent, used to pick the robots.txt group. */
    public String robotsAgentToken() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    public HttpFetchSettings withUserAgent(String value) {
        return toBuilder().userAgent(value).build();
    }

    public HttpFetchSettings withConnectTimeout(Duration value) {
        return toBuilder().connectTimeout(value).build();
    }

    public HttpFetchSettings withRequestTimeout(Duration value) {
        return toBuilder().requestTimeout(value).build();
    }

    public HttpFetchSettings withMaxBodyBytes(int value) {
        return toBuilder().maxBodyBytes(value).build();
    }

    public HttpFetchSettings withMaxDecodedBytes(int value) {
        return toBuilder().maxDecodedBytes(value).build();
    }

    public HttpFetchSettings withMaxRedirects(int value) {
        return toBuilder().maxRedirects(value).build();
    }

    public HttpFetchSettings withMaxAttempts(int value) {
        return toBuilder().maxAttempts(value).build();
    }

    public HttpFetchSettings withMaxRetryAfter(Duration value) {
        return toBuilder().maxRetryAfter(value).build();
    }

    public HttpFetchSettings withPerHostConcurrency(int value) {
        return toBuilder().perHostConcurrency(value).build();
    }

    public HttpFetchSettings withPerHostMinInterval(Duration value) {
        return toBuilder().perHostMinInterval(value).build();
    }

    public HttpFetchSettings withRobotsEnforced(boolean value) {
        return toBuilder().robotsEnforced(value).build();
    }

    public HttpFetchSettings withRobotsCacheTtl(Duration value) {
        return toBuilder().robotsCacheTtl(value).build();
    }

    public HttpFetchSettings withRobotsFailureTtl(Duration value) {
        return toBuilder().robotsFailureTtl(value).build();
    }

    public HttpFetchSettings withMaxCrawlDelay(Duration value) {
        return toBuilder().maxCrawlDelay(value).build();
    }

    public HttpFetchSettings withBackoff(Duration base, Duration max) {
        return toBuilder().backoffBase(base).backoffMax(max).build();
    }

    /** Replaces the allowed networks, e.g. {@code withAllowedNetworks("127.0.0.0/8")}. */
    public HttpFetchSettings withAllowedNetworks(String... cidrs) {
        return toBuilder().allowedNetworks(List.of(cidrs)).build();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return Builder.from(this);
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** Mutable builder of {@link HttpFetchSettings}; {@link #build()} validates. */
    public static final class Builder {
        private String userAgent;
        private Duration connectTimeout;
        private Duration requestTimeout;
        private int maxBodyBytes;
        private int maxDecodedBytes;
        private int maxRedirects;
        private int maxAttempts;
        private Duration backoffBase;
        private Duration backoffMax;
        private Duration maxRetryAfter;
        private int perHostConcurrency;
        private Duration perHostMinInterval;
        private boolean robotsEnforced;
        private Duration robotsCacheTtl;
        private Duration robotsFailureTtl;
        private Duration maxCrawlDelay;
        private List<String> allowedNetworks;

        private Builder() {
        }

        private static Builder from(HttpFetchSettings settings) {
            Builder b = new Builder();
            b.userAgent = settings.userAgent;
            b.connectTimeout = settings.connectTimeout;
            b.requestTimeout = settings.requestTimeout;
            b.maxBodyBytes = settings.maxBodyBytes;
            b.maxDecodedBytes = settings.maxDecodedBytes;
            b.maxRedirects = settings.maxRedirects;
            b.maxAttempts = settings.maxAttempts;
            b.backoffBase = settings.backoffBase;
            b.backoffMax = settings.backoffMax;
            b.maxRetryAfter = settings.maxRetryAfter;
            b.perHostConcurrency = settings.perHostConcurrency;
            b.perHostMinInterval = settings.perHostMinInterval;
            b.robotsEnforced = settings.robotsEnforced;
            b.robotsCacheTtl = settings.robotsCacheTtl;
            b.robotsFailureTtl = settings.robotsFailureTtl;
            b.maxCrawlDelay = settings.maxCrawlDelay;
            b.allowedNetworks = settings.allowedNetworks;
            return b;
        }

        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder maxBodyBytes(int value) {
            this.maxBodyBytes = value;
            return this;
        }

        public Builder maxDecodedBytes(int value) {
            this.maxDecodedBytes = value;
            return this;
        }

        public Builder maxRedirects(int value) {
            this.maxRedirects = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        public Builder backoffBase(Duration value) {
            this.backoffBase = value;
            return this;
        }

        public Builder backoffMax(Duration value) {
            this.backoffMax = value;
            return this;
        }

        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = value;
            return this;
        }

        public Builder perHostConcurrency(int value) {
            this.perHostConcurrency = value;
            return this;
        }

        public Builder perHostMinInterval(Duration value) {
            this.perHostMinInterval = value;
            return this;
        }

        public Builder robotsEnforced(boolean value) {
            this.robotsEnforced = value;
            return this;
        }

        public Builder robotsCacheTtl(Duration value) {
            this.robotsCacheTtl = value;
            return this;
        }

        public Builder robotsFailureTtl(Duration value) {
            this.robotsFailureTtl = value;
            return this;
        }

        public Builder maxCrawlDelay(Duration value) {
            this.maxCrawlDelay = value;
            return this;
        }

        public Builder allowedNetworks(List<String> value) {
            this.allowedNetworks = value;
            return this;
        }

        public HttpFetchSettings build() {
            return new HttpFetchSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, maxDecodedBytes, maxRedirects, maxAttempts, backoffBase, backoffMax, maxRetryAfter, perHostConcurrency, perHostMinInterval, robotsEnforced, robotsCacheTtl, robotsFailureTtl, maxCrawlDelay, allowedNetworks);
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    private static void requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
