package io.newsaggregator.domain.error;

/** Configuration (a catalog file, a setting, a flag) is invalid; the message names the file and field. */
public class ConfigurationException extends NewsException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
