package io.newsaggregator.domain.port.out;

/**
 * Proof of life of ingest processes across every process sharing the store: a running ingest holds
 * a lease for as long as its process lives (on PostgreSQL, an advisory lock on a session of its
 * own, which the server drops the moment the process or its connection dies). Another process
 * asks whether a run's lease is still held to tell a live run from one whose process is gone.
 */
public interface RunLeases {

    /** Takes a new lease, held until {@link Lease#close()} or until the process dies. */
    Lease hold();

    /** Whether some live process holds the lease with this key. */
    boolean isHeld(int key);

    /** A held lease. */
    interface Lease extends AutoCloseable {
        /** The key to record on the run. */
        int key();

        /** Releases the lease; never throws. */
        @Override
        void close();
    }
}
