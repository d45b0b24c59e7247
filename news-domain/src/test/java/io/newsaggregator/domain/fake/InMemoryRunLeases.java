package io.newsaggregator.domain.fake;

import io.newsaggregator.domain.port.out.RunLeases;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Leases held in memory; {@link #forget(int)} plays a process that died without releasing its lease. */
public final class InMemoryRunLeases implements RunLeases {
    private final AtomicInteger keys = new AtomicInteger();
    private final Set<Integer> held = ConcurrentHashMap.newKeySet();

    @Override
    public Lease hold() {
        int key = keys.incrementAndGet();
        held.add(key);
        return new Lease() {
            @Override
            public int key() {
                return key;
            }

            @Override
            public void close() {
                held.remove(key);
            }
        };
    }

    @Override
    public boolean isHeld(int key) {
        return held.contains(key);
    }

    /** Drops a lease as the death of its process would. */
    public void forget(int key) {
        held.remove(key);
    }
}
