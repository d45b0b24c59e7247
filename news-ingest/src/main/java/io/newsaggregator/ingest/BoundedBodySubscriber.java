package io.newsaggregator.ingest;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into one array, stopping at a byte limit. Past the limit it either
 * fails with {@link BodyTooLargeException} or, in truncating mode, keeps what it has; both cancel
 * the subscription so the rest is never read.
 */
final class BoundedBodySubscriber implements BodySubscriber<byte[]> {

    private static final int DEFAULT_INITIAL_CAPACITY = 16 * 1024;

    private final int limit;
    private final boolean truncate;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private byte[] buffer;
    private int size;

    /**
     * @param expectedLength Content-Length when the server sent one, else -1; sizes the buffer
     *                       so a well-behaved response is read without regrowing
     */
    BoundedBodySubscriber(int limit, boolean truncate, long expectedLength) {
        this.limit = limit;
        this.truncate = truncate;
        long initial = expectedLength >= 0 ? Math.min(expectedLength, limit) : Math.min(DEFAULT_INITIAL_CAPACITY, limit);
        this.buffer = new byte[(int) initial];
    }

    /** A subscriber that refuses the body before reading it, for a Content-Length over the limit. */
    static BodySubscriber<byte[]> rejecting(BodyTooLargeException reason) {
        return new BodySubscriber<>() {
            private final CompletableFuture<byte[]> result = new CompletableFuture<>();

            @Override
            public CompletionStage<byte[]> getBody() {
                return result;
            }

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.cancel();
                result.completeExceptionally(reason);
            }

            @Override
            public void onNext(List<ByteBuffer> item) {
                // cancelled in onSubscribe
            }

            @Override
            public void onError(Throwable throwable) {
                result.completeExceptionally(reason);
            }

            @Override
            public void onComplete() {
                result.completeExceptionally(reason);
            }
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (n > limit - size) {
                subscription.cancel();
                if (truncate) {
                    item.get(ensureCapacity(limit), size, limit - size);
                    size = limit;
                    result.complete(trimmed());
                } else {
                    result.completeExceptionally(new BodyTooLargeException(
                            "body larger than " + ByteSize.format(limit) + " limit", limit, false));
                }
                return;
            }
            item.get(ensureCapacity(size + n), size, n);
            size += n;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(trimmed());
    }

    private byte[] ensureCapacity(int needed) {
        if (needed > buffer.length) {
            long doubled = Math.max((long) buffer.length * 2, 1024);
            buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(needed, doubled)));
        }
        return buffer;
    }

    private byte[] trimmed() {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }
}
