package io.newsaggregator.app;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries on the classpath, keeping its data in a directory
 * so that the next run finds what this one stored, and shared by every command that uses that
 * directory at the same time.
 *
 * <p>A lock file beside the data directory ({@code <dir>.lock}) holds two locks: a short exclusive
 * "gate" taken while a command decides to start, join or stop the server, and a shared "user" lock
 * each command holds while it uses the server. The first command starts the server; the others join
 * it (its port is in {@code postmaster.pid}); the last one to leave stops it. A server whose command
 * was killed ({@code kill -9}) is an orphan nobody holds: the next command joins it and, being its
 * last user, stops it cleanly when done. An orphan that no longer answers is stopped before a new
 * server is started.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final long GATE = 0;
    private static final long USERS = 1;
    private static final Duration GATE_WAIT = Duration.ofSeconds(120);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** Commands of one JVM share one server handle per directory (file locks are per process). */
    private static final Map<Path, EmbeddedDatabase> OPEN = new HashMap<>();

    private final Path dataDir;
    private final FileChannel lockFile;
    private final FileLock userLock;
    private final EmbeddedPostgres started;
    private final int port;
    private final Thread shutdownHook;
    private int users = 1;

    private EmbeddedDatabase(Path dataDir, FileChannel lockFile, FileLock userLock, EmbeddedPostgres started, int port) {
        this.dataDir = dataDir;
        this.lockFile = lockFile;
        this.userLock = userLock;
        this.started = started;
        this.port = port;
        // Ctrl-C ends the JVM without unwinding the command; the server is still left as it should be
        this.shutdownHook = new Thread(this::leave, "embedded-postgres-leave");
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            EmbeddedDatabase open = OPEN.get(dir);
            if (open != null) {
                open.users++;
                return open;
            }
            EmbeddedDatabase db = join(dir);
            OPEN.put(dir, db);
            Runtime.getRuntime().addShutdownHook(db.shutdownHook);
            return db;
        }
    }

    private static EmbeddedDatabase join(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigurationException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
        Path lockPath = dir.resolveSibling(dir.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new ConfigurationException("cannot open lock file " + lockPath + ": " + e.getMessage(), e);
        }
        try (FileLock gate = gate(channel, lockPath)) {
            EmbeddedPostgres started = null;
            Optional<Integer> running = runningPort(dir);
            int port;
            if (running.isPresent()) {
                port = running.get();
                log.info("Joining the embedded PostgreSQL already running on port {} with data in {}", port, dir);
            } else {
                started = startServer(dir);
                port = started.getPort();
            }
            FileLock user = channel.lock(USERS, 1, true);
            return new EmbeddedDatabase(dir, channel, user, started, port);
        } catch (IOException e) {
            close(channel);
            throw new DataStoreUnavailableException("cannot lock " + lockPath + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static FileLock gate(FileChannel channel, Path lockPath) throws IOException {
        long deadline = System.nanoTime() + GATE_WAIT.toNanos();
        while (true) {
            FileLock gate = channel.tryLock(GATE, 1, false);
            if (gate != null) {
                return gate;
            }
            if (System.nanoTime() > deadline) {
                throw new DataStoreUnavailableException("another news-app has been starting or stopping the embedded "
                        + "PostgreSQL for " + GATE_WAIT.toSeconds() + " s (lock " + lockPath + "); is it stuck?", null);
            }
            sleep(200);
        }
    }

    /**
     * The port of a server already running on this directory and answering, if any. A server that is
     * running but does not answer is stopped; a {@code postmaster.pid} left by a dead server is left to
     * PostgreSQL, which recognises it as stale.
     */
    private static Optional<Integer> runningPort(Path dir) {
        Optional<Postmaster> postmaster = Postmaster.of(dir);
        if (postmaster.isEmpty()) {
            return Optional.empty();
        }
        Postmaster found = postmaster.get();
        if (found.answers()) {
            return Optional.of(found.port());
        }
        log.warn("The PostgreSQL of {} (pid {}) is running but does not answer on port {}; stopping it", dir, found.pid(),
                found.port());
        found.stop();
        return Optional.empty();
    }

    private static EmbeddedPostgres startServer(Path dir) {
        long begun = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", postgres.getPort(), dir,
                    (System.nanoTime() - begun) / 1_000_000);
            return postgres;
        } catch (IOException | IllegalStateException e) {
            throw new DataStoreUnavailableException("embedded PostgreSQL did not start with data directory " + dir
                    + ": " + e.getMessage(), e);
        }
    }

    JdbcTarget target() {
        return new JdbcTarget("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
    }

    @Override
    public void close() {
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(dataDir);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it leaves instead
            return;
        }
        leave();
    }

    /** Stops the server when this process is its last user; otherwise leaves it to the others. */
    private synchronized void leave() {
        if (!lockFile.isOpen()) {
            return;
        }
        try (FileLock gate = gate(lockFile, dataDir)) {
            userLock.release();
            FileLock alone = lockFile.tryLock(USERS, 1, false);
            if (alone == null) {
                log.info("Other commands still use the embedded PostgreSQL of {}; leaving it running", dataDir);
                return;
            }
            alone.release();
            if (started != null) {
                started.close();
            } else {
                Postmaster.of(dataDir).ifPresent(Postmaster::stop);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The embedded PostgreSQL of {} did not stop cleanly: {}", dataDir, e.getMessage());
        } finally {
            close(lockFile);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Closing the lock file failed", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataStoreUnavailableException("interrupted while waiting for the embedded PostgreSQL", e);
        }
    }

    /** The server process {@code postmaster.pid} names, when it is alive. */
    record Postmaster(long pid, int port) {
        static Optional<Postmaster> of(Path dir) {
            Path pidFile = dir.resolve("postmaster.pid");
            List<String> lines;
            try {
                lines = Files.readAllLines(pidFile);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (lines.size() < 4) {
                return Optional.empty();
            }
            try {
                long pid = Long.parseLong(lines.get(0).strip());
                int port = Integer.parseInt(lines.get(3).strip());
                // a pid from before a reboot may belong to another program now: only a postgres counts
                boolean postgres = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .flatMap(process -> process.info().command())
                        .map(command -> command.endsWith("postgres") || command.endsWith("postgres.exe")).orElse(false);
                return postgres ? Optional.of(new Postmaster(pid, port)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean answers() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 2_000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** SIGTERM: PostgreSQL's "smart" shutdown, which ends once no session is left. */
        void stop() {
            ProcessHandle.of(pid).ifPresent(process -> {
                process.destroy();
                try {
                    process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new DataStoreUnavailableException("the PostgreSQL server (pid " + pid + ") did not stop within "
                            + STOP_WAIT.toSeconds() + " s; stop it, then run the command again", e);
                }
            });
        }
    }
}
