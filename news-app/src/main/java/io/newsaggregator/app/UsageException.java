package io.newsaggregator.app;

/**
 * A command line that cannot be carried out as given (a value out of range, options that exclude
 * each other, a portal that is not stored): exit code 2 with the message as its one line. Only this,
 * picocli's own parse errors and a {@code ConfigurationException} mean "usage"; any other
 * {@code IllegalArgumentException} is a fault of the program and exits 1.
 */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
