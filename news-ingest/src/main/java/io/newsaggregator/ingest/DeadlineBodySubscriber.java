package io.newsaggregator.ingest;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds the time a body may take: the request timeout of the JDK client only covers the wait for
 * the headers. Past the deadline the body fails with a {@link TimeoutException} and the
 * subscription is cancelled, so the rest of the body is never read.
 */
final class DeadlineBodySubscriber<T> implements BodySubscriber<T> {

    private final BodySubscriber<T> delegate;
    private final CompletableFuture<T> body;
    private volatile Flow.Subscription subscription;

    DeadlineBodySubscriber(BodySubscriber<T> delegate, long remainingNanos) {
        this.delegate = delegate;
        this.body = delegate.getBody().toCompletableFuture()
                .orTimeout(Math.max(1, remainingNanos), TimeUnit.NANOSECONDS);
        body.whenComplete((value, failure) -> {
            Flow.Subscription current = subscription;
            if (failure instanceof TimeoutException && current != null) {
                current.cancel();
            }
        });
    }

    @Override
    public CompletionStage<T> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        delegate.onSubscribe(subscription);
        if (body.isCompletedExceptionally()) {
            subscription.cancel();
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
        delegate.onComplete();
    }
}
